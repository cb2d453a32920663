import type { Actor } from "@/lib/auth/permissions";
import { createCouncilSession } from "@/lib/council-sessions/save-session";
import { db } from "@/lib/db";
import type { Rung } from "@/lib/preparation/rungs";
import { saveStep } from "@/lib/preparation/save-step";
import { emptyStepData } from "@/lib/preparation/schemas";
import { myWorksheet, saveAnswer } from "@/lib/worksheets/answers";
import { controlWorksheet } from "@/lib/worksheets/manage-worksheet";
import { createGemeente, createMember } from "@/tests/support/factories";

/**
 * A session whose worksheet three raadsleden answer. `close` closes it after;
 * answers[i] is raadslid i's rung for the council actor, with motivation
 * "<label> motivatie <i>" so a test can look for it anywhere; nowRungs[i] is
 * their "where is it now" for that actor, when given.
 */
export async function answeredSession(
  griffier: Actor,
  raadsleden: Actor[],
  { label, anonymous, close = true, date = "2027-02-01", rungs, nowRungs = [] }: { label: string; anonymous: boolean; close?: boolean; date?: string; rungs: Rung[]; nowRungs?: Rung[] },
) {
  const session = await createCouncilSession(griffier, {
    title: `Sessie ${label}`, theme: "jeugdzorg", date, time: "19:30", location: "", description: "", facilitatorIds: [], inviteeIds: raadsleden.map((m) => m.membershipId),
  });
  await saveStep(griffier, { sessionId: session.id, number: 4, version: 1, status: "BEZIG", nvtReason: "", data: { ...emptyStepData(4), question: `Vraag ${label}` } });
  if (!anonymous) await controlWorksheet(griffier, { sessionId: session.id, command: "named" });
  await controlWorksheet(griffier, { sessionId: session.id, command: "open" });
  const actors = (await myWorksheet(raadsleden[0], session.id)).actors;
  for (const [i, rung] of rungs.entries()) {
    await saveAnswer(raadsleden[i], session.id, { actorId: actors[0].id, rung, nowRung: nowRungs[i], motivation: `${label} motivatie ${i}`, promise: anonymous ? "anonymous" : "named" });
    await saveAnswer(raadsleden[i], session.id, { actorId: actors[1].id, rung: "STIMULEREN", motivation: "", promise: anonymous ? "anonymous" : "named" });
  }
  if (close) await controlWorksheet(griffier, { sessionId: session.id, command: "close" });
  return { sessionId: session.id, actors };
}

export async function council() {
  // Three raadsleden make a group at the smallest allowed minimum group size.
  const gemeente = await db().gemeente.update({ where: { id: (await createGemeente()).id }, data: { anonymityThreshold: 3 } });
  const beheerder = await createMember(gemeente, "BEHEERDER");
  const griffier = await createMember(gemeente, "GRIFFIER");
  const raadsleden = [await createMember(gemeente, "RAADSLID"), await createMember(gemeente, "RAADSLID"), await createMember(gemeente, "RAADSLID")];
  return { gemeente, beheerder, griffier, raadsleden };
}

export const userOf = (actor: Actor) => db().user.findUniqueOrThrow({ where: { id: actor.userId } });
