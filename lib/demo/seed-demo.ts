import { hashPassword } from "@/lib/auth/password";
import type { PrismaClient } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { STARTING_VALUES } from "@/lib/values/starting-values";

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

/**
 * Adds the demo gemeente "Voorbeeld" with one person per role, five raadsleden,
 * and one session on youth care that is half prepared (so the overview shows
 * progress, missing items and warnings).
 */
export async function seedDemo(client: PrismaClient, now = new Date()): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await client.$transaction(async (tx) => {
    const gemeente = await tx.gemeente.create({ data: DEMO_GEMEENTE });
    const memberships: Record<string, { id: string; role: Role }> = {};
    for (const person of DEMO_PEOPLE) {
      const user = await tx.user.create({
        data: {
          email: person.email,
          name: person.name,
          passwordHash,
          memberships: { create: { gemeenteId: gemeente.id, role: person.role } },
        },
        select: { memberships: { select: { id: true, role: true } } },
      });
      memberships[person.email] = user.memberships[0];
    }
    const inWeeks = (weeks: number) => new Date(now.getTime() + weeks * 7 * 24 * 60 * 60 * 1000);
    const isoDate = (date: Date) => date.toISOString().slice(0, 10);
    const participants = Object.values(memberships)
      .filter((m) => m.role === "FACILITATOR" || m.role === "RAADSLID")
      .map((m) => ({ membershipId: m.id, kind: m.role === "FACILITATOR" ? ("FACILITATOR" as const) : ("RAADSLID" as const) }));
    const startsAt = inWeeks(3);
    startsAt.setUTCHours(18, 30, 0, 0);
    const session = await tx.councilSession.create({
      data: {
        gemeenteId: gemeente.id,
        title: "Jeugdzorg: wie doet wat?",
        theme: "jeugdzorg",
        startsAt,
        location: "Raadzaal, gemeentehuis Voorbeeld",
        description: "Een Raad in Beraad over de rol van de raad in de jeugdzorg, met ouders, scholen en wijkteams.",
        participants: { create: participants },
        steps: { create: demoSteps(isoDate(inWeeks(-2)), isoDate(inWeeks(26))) },
        agendaItems: {
          create: [
            { position: 1, title: "Welkom en doel van de avond", phase: "BEELDVORMING", workMethod: "Plenair", goal: "Iedereen weet waarom we hier zijn.", durationMinutes: 15 },
            { position: 2, title: "Casussen uit de wijk", phase: "BEELDVORMING", workMethod: "Carrousel in drie groepen", goal: "Signalen uit de samenleving delen.", durationMinutes: 45 },
            { position: 3, title: "Rolkeuze op de participatietrap", phase: "MENINGVORMING", workMethod: "Werkblad op de telefoon", goal: "Zien waar de raad het over eens is en waar niet.", durationMinutes: 40 },
          ],
        },
        commitments: {
          create: [
            { who: "Wethouder jeugd", what: "Overzicht van de wachttijden per wijk", toWhom: "de raad", dueDate: new Date(`${isoDate(inWeeks(-1))}T00:00:00Z`) },
            { who: "College", what: "Voorstel voor een vast aanspreekpunt voor ouders", toWhom: "de raad", dueDate: new Date(`${isoDate(inWeeks(8))}T00:00:00Z`) },
          ],
        },
      },
    });
    await tx.value.createMany({ data: STARTING_VALUES.map((name) => ({ gemeenteId: gemeente.id, name })) });
    const tijdigheid = await tx.value.findFirstOrThrow({ where: { gemeenteId: gemeente.id, name: "tijdigheid" } });
    await tx.case.create({
      data: {
        sessionId: session.id,
        authorId: memberships["raadslid1@voorbeeld.nl"].id,
        description: "Een moeder wachtte drie maanden op een intake voor haar zoon.",
        source: "Gesprek met ouders (verkenning)",
        values: { create: [{ valueId: tijdigheid.id }] },
      },
    });
  });
}

function demoSteps(pastDate: string, futureDate: string) {
  return [
    {
      number: 1,
      status: "KLAAR" as const,
      data: {
        direction: "BUITEN_NAAR_BINNEN",
        explorations: [
          { id: "verkenning-ouders", title: "Gesprek met ouders", raadsleden: "Anouk Jansen, Bram de Vries", groups: "Ouders van kinderen in de jeugdzorg", method: "GESPREK", date: pastDate, findings: "Ouders wachten lang en weten niet bij wie ze terechtkunnen." },
        ],
      },
    },
    { number: 2, status: "BEZIG" as const, data: { mainLines: [{ id: "hoofdlijn-1", text: "Hulp dicht bij huis, samen met scholen en wijkteams." }], processAgreements: [] } },
    {
      number: 3,
      status: "BEZIG" as const,
      data: { problemStatement: "", problemDefinedWithStakeholders: false, stakeholders: [], responsibilities: [], proposedSolution: "Een extra jeugdconsulent per wijk." },
    },
    { number: 4, status: "BEZIG" as const, data: { question: "Welke rol past de gemeente bij de jeugdzorg in de wijk?", intendedCouncilRung: "FACILITEREN" } },
    { number: 5, status: "BEZIG" as const, data: { decision: { level: "GEEN", explanation: "Het budget ligt vast in de regionale inkoop." } } },
    { number: 6, status: "OPEN" as const, data: {} },
    { number: 7, status: "OPEN" as const, data: {} },
    { number: 8, status: "OPEN" as const, data: {} },
    {
      number: 9,
      status: "BEZIG" as const,
      data: {
        evaluationMoments: [
          { id: "evaluatie-1", date: pastDate, subject: "Eerste terugblik met de wijkteams", participants: "Raad, wijkteams", outcome: "", adjustments: "" },
          { id: "evaluatie-2", date: futureDate, subject: "Klopt de rolverdeling nog?", participants: "Raad, college, ouders", outcome: "", adjustments: "" },
        ],
      },
    },
    { number: 10, status: "OPEN" as const, data: {} },
  ];
}
