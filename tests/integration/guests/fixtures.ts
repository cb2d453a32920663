import type { Guest } from "@/lib/auth/guest";
import type { Actor } from "@/lib/auth/permissions";
import { changeSessionStatus } from "@/lib/council-sessions/change-status";
import { createCouncilSession } from "@/lib/council-sessions/save-session";
import { db } from "@/lib/db";
import { saveGuestAnswer } from "@/lib/guests/answers";
import { joinAsGuest } from "@/lib/guests/join";
import { saveGuestSettings } from "@/lib/guests/settings";
import type { Rung } from "@/lib/preparation/rungs";
import { saveStep } from "@/lib/preparation/save-step";
import { emptyStepData } from "@/lib/preparation/schemas";
import { controlWorksheet } from "@/lib/worksheets/manage-worksheet";
import { createGemeente, createMember, newClient } from "@/tests/support/factories";

export const GROUPS = ["Inwoners", "Maatschappelijke partners", "Ambtenaren", "College", "Burgerleden"];

/** A live session of a gemeente with minimum group size k, `count` invited raadsleden, an open worksheet, guests allowed. */
export async function liveSessionWithGuests({ k = 3, count = 3, date = "2027-02-01", anonymous = true } = {}) {
  const gemeente = await db().gemeente.update({ where: { id: (await createGemeente()).id }, data: { anonymityThreshold: k } });
  const griffier = await createMember(gemeente, "GRIFFIER");
  const raadsleden: Actor[] = [];
  for (let i = 0; i < count; i++) raadsleden.push(await createMember(gemeente, "RAADSLID"));
  const session = await createCouncilSession(griffier, {
    title: "Sessie met gasten", theme: "jeugd", date, time: "19:30", location: "", description: "", facilitatorIds: [], inviteeIds: raadsleden.map((m) => m.membershipId),
  });
  await saveStep(griffier, { sessionId: session.id, number: 4, version: 1, status: "BEZIG", nvtReason: "", data: { ...emptyStepData(4), question: "Welke rol past?" } });
  if (!anonymous) await controlWorksheet(griffier, { sessionId: session.id, command: "named" });
  await controlWorksheet(griffier, { sessionId: session.id, command: "open" });
  await saveGuestSettings(griffier, session.id, { allowed: true, groups: GROUPS, cap: 500 });
  for (const to of ["VOORBEREID", "LIVE"] as const) await changeSessionStatus(griffier, { sessionId: session.id, to });
  const { joinCode } = await db().councilSession.findUniqueOrThrow({ where: { id: session.id }, select: { joinCode: true } });
  const actors = await db().worksheetActor.findMany({ where: { worksheet: { sessionId: session.id } }, orderBy: { position: "asc" }, select: { id: true, name: true } });
  return { gemeente, griffier, raadsleden, sessionId: session.id, code: joinCode!, actors };
}

/** Joins as a phone would (its own client address) and returns the guest as the cookie check would load it. */
export async function join(code: string, group: string, nickname = ""): Promise<Guest> {
  const { guestId, sessionId } = await joinAsGuest({ code, group, nickname }, newClient());
  const row = await db().guest.findUniqueOrThrow({ where: { id: guestId }, select: { session: { select: { title: true, gemeente: { select: { id: true, name: true } } } } } });
  return { id: guestId, group, nickname, sessionId, sessionTitle: row.session.title, gemeenteId: row.session.gemeente.id, gemeenteName: row.session.gemeente.name };
}

export const guestAnswer = (g: Guest, actorId: string, rung: Rung, motivation = "", nowRung?: Rung) => saveGuestAnswer(g, { actorId, rung, nowRung, motivation, promise: "anonymous" });
export const guestCount = (sessionId: string) => db().guest.count({ where: { sessionId } });

