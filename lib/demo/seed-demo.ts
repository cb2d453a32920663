import { hashPassword } from "@/lib/auth/password";
import type { PrismaClient } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";

export const DEMO_PASSWORD = "beraad-demo";
export const DEMO_GEMEENTE = { name: "Voorbeeld", slug: "voorbeeld", cbsCode: "GM9999" } as const;

export const DEMO_PEOPLE: { email: string; name: string; role: Role }[] = [
  { email: "beheerder@voorbeeld.nl", name: "Bea Beheer", role: "BEHEERDER" },
  { email: "griffier@voorbeeld.nl", name: "Gerrit de Griffier", role: "GRIFFIER" },
  { email: "facilitator@voorbeeld.nl", name: "Fatima Facilitator", role: "FACILITATOR" },
  { email: "raadslid1@voorbeeld.nl", name: "Anouk Jansen", role: "RAADSLID" },
  { email: "raadslid2@voorbeeld.nl", name: "Bram de Vries", role: "RAADSLID" },
  { email: "raadslid3@voorbeeld.nl", name: "Chantal Bakker", role: "RAADSLID" },
  { email: "raadslid4@voorbeeld.nl", name: "Dennis Visser", role: "RAADSLID" },
  { email: "raadslid5@voorbeeld.nl", name: "Esra Yılmaz", role: "RAADSLID" },
];

/** Adds the demo gemeente "Voorbeeld" with one person per role and five raadsleden. */
export async function seedDemo(client: PrismaClient): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await client.$transaction(async (tx) => {
    const gemeente = await tx.gemeente.create({ data: DEMO_GEMEENTE });
    for (const person of DEMO_PEOPLE) {
      await tx.user.create({
        data: {
          email: person.email,
          name: person.name,
          passwordHash,
          memberships: { create: { gemeenteId: gemeente.id, role: person.role } },
        },
      });
    }
  });
}
