import crypto from "node:crypto";
import { accountOfSession, loadActor } from "@/lib/auth/membership";
import { hashPassword } from "@/lib/auth/password";
import type { Actor, Permission } from "@/lib/auth/permissions";
import { startSignInSession } from "@/lib/auth/sign-in-sessions";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

const unique = () => crypto.randomBytes(4).toString("hex");

/** A client address of its own (198.18.0.0/15, for tests), so one test's per-client limits do not spill into another's. */
export const newClient = () => `198.18.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`;

/** A gemeente with unique slug and CBS code, so tests never collide. */
export async function createGemeente(name = "Teststad") {
  const tag = unique();
  return db().gemeente.create({
    data: { name: `${name} ${tag}`, slug: `${name.toLowerCase()}-${tag}`, cbsCode: `GM${tag}` },
  });
}

/** A person with a role in the gemeente, returned as the Actor the app would load. */
export async function createMember(gemeente: { id: string; slug: string }, role: Role, password = "wachtwoord-123"): Promise<Actor> {
  const user = await db().user.create({
    data: {
      email: `${role.toLowerCase()}-${unique()}@test.nl`,
      name: `Test ${role.toLowerCase()}`,
      passwordHash: await hashPassword(password),
      memberships: { create: { gemeenteId: gemeente.id, role } },
    },
  });
  return actorOf(user.id, gemeente.slug);
}

/** The person as their requests see them: a fresh sign-in session, loaded the way pages load it. */
export async function signedIn(userId: string) {
  const account = await accountOfSession(userId, await startSignInSession(userId));
  if (!account) throw new Error(`No account ${userId}`);
  return account;
}

/** The person's actor in a gemeente, as a signed-in request of theirs gets it. */
export async function actorOf(userId: string, gemeenteSlug: string, permission?: Permission): Promise<Actor> {
  return loadActor(await signedIn(userId), gemeenteSlug, permission);
}

/** A council session of the actor's gemeente (the actor must be a griffier). */
export async function createSession(griffier: Actor, overrides: Partial<{ title: string; date: string; facilitatorIds: string[]; inviteeIds: string[] }> = {}) {
  const { createCouncilSession } = await import("@/lib/council-sessions/save-session");
  return createCouncilSession(griffier, {
    title: overrides.title ?? `Sessie ${unique()}`,
    theme: "jeugdzorg",
    date: overrides.date ?? "2027-03-11",
    time: "19:30",
    location: "Raadzaal",
    description: "",
    facilitatorIds: overrides.facilitatorIds ?? [],
    inviteeIds: overrides.inviteeIds ?? [],
  });
}

/** Values a gemeente's councillors named before (the app itself puts none in the list). */
export async function createValues(gemeente: { id: string }, names = ["tijdigheid", "samenwerking", "communicatie", "toegankelijkheid"]) {
  await db().value.createMany({ data: names.map((name) => ({ gemeenteId: gemeente.id, name })), skipDuplicates: true });
}
