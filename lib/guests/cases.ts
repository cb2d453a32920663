import "server-only";
import type { Guest } from "@/lib/auth/guest";
import type { Actor } from "@/lib/auth/permissions";
import { sessionScope } from "@/lib/auth/policy";
import { db, type Prisma } from "@/lib/db";
import { command, exactlyOne, found } from "@/lib/db/command";
import { AppError } from "@/lib/errors";
import { notifyLive } from "@/lib/live/notify";
import { consume, type Limit } from "@/lib/rate-limit";
import type { GuestCaseInput } from "@/lib/validation/guests";

/**
 * Per guest, like their answers (a room of phones shares one address): a few
 * cases an evening, not a flood for the facilitator to wade through.
 */
export const GUEST_CASES: Limit = { bucket: "guest-case", max: 10, windowMs: 10 * 60 * 1000 };

/** What a guest may pick from: the names of the values linked to their session. */
export async function guestCaseValues(guest: Guest): Promise<string[]> {
  const links = await db().sessionValue.findMany({ where: { sessionId: guest.sessionId, session: { status: "LIVE" } }, select: { value: { select: { name: true } } } });
  return links.map((l) => l.value.name).sort((a, b) => a.localeCompare(b, "nl"));
}

/** How many cases this guest sent (their own page says so; the texts stay with the facilitator). */
export function guestCaseCount(guest: Guest): Promise<number> {
  return db().guestCase.count({ where: { guestId: guest.id, sessionId: guest.sessionId } });
}

/**
 * A guest's casus for their own session, stored as pending: nobody but the
 * session's facilitators and the griffier sees it until one of them approves it.
 * Only the guest's group is kept with it.
 */
export async function submitGuestCase(guest: Guest, input: GuestCaseInput): Promise<string> {
  if ((await consume(GUEST_CASES, guest.id)) === null) throw new AppError("RATE_LIMITED");
  // The cookie names a guest of a live session (lib/auth/guest.ts); checked again here so a session that just ended takes nothing.
  const live = await db().councilSession.count({ where: { id: guest.sessionId, status: "LIVE", archivedAt: null, guests: { some: { id: guest.id } } } });
  if (live !== 1) throw new AppError("SESSION_NOT_LIVE");
  const created = await db().guestCase.create({
    data: { sessionId: guest.sessionId, guestId: guest.id, group: guest.group, description: input.description, values: input.values },
    select: { id: true },
  });
  await notifyLive(guest.sessionId);
  return created.id;
}

export type GuestCaseView = { id: string; group: string; description: string; values: string[]; status: "PENDING" | "APPROVED" | "REJECTED"; createdAt: Date };

/** All of a session's guest cases, newest first, for the live control (facilitator, griffier). */
export async function guestCasesForControl(actor: Actor, sessionId: string): Promise<GuestCaseView[]> {
  if (!(await db().councilSession.count({ where: { ...sessionScope(actor), id: sessionId } }))) throw new AppError("NOT_FOUND");
  return db().guestCase.findMany({ where: { sessionId, session: sessionScope(actor) }, ...GUEST_CASES_FOR_CONTROL });
}

/** The same list as a nested select of the session (the overview's one read, for those who run it). */
export const GUEST_CASES_FOR_CONTROL = {
  select: { id: true, group: true, description: true, values: true, status: true, createdAt: true },
  orderBy: { createdAt: "desc" },
} satisfies Prisma.CouncilSession$guestCasesArgs;

/** What the projector shows: approved cases only, oldest first (the order they were brought into the room). */
/** Approved guest cases of a session, in the order they were approved: a nested select for the live snapshot's one read. */
export const APPROVED_GUEST_CASES = {
  where: { status: "APPROVED" },
  select: { id: true, group: true, description: true, values: true },
  orderBy: [{ reviewedAt: "asc" }, { createdAt: "asc" }],
} satisfies Prisma.CouncilSession$guestCasesArgs;

/**
 * Approves or rejects a guest's casus. Only those who run the session (its
 * facilitator, the griffier) decide; a rejected casus stays (for the record)
 * and is never shown. The decision can be changed.
 */
export async function reviewGuestCase(actor: Actor, caseId: string, decision: "APPROVED" | "REJECTED", now = new Date()): Promise<void> {
  const sessionId = await command(actor, "sessions.run", async ({ tx, audit }) => {
    const row = found(await tx.guestCase.findFirst({ where: { id: caseId, session: sessionScope(actor) }, select: { status: true, sessionId: true } }));
    exactlyOne(await tx.guestCase.updateMany({ where: { id: caseId, session: sessionScope(actor) }, data: { status: decision, reviewedAt: now } }));
    await audit({ action: "guest-case.review", entityType: "GuestCase", entityId: caseId, before: { status: row.status }, after: { status: decision } });
    return row.sessionId;
  });
  await notifyLive(sessionId);
}
