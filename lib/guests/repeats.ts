import "server-only";
import type { RepeatGuest } from "@/lib/auth/guest";
import { can, type Actor } from "@/lib/auth/permissions";
import { sessionScope } from "@/lib/auth/policy";
import { db, type Prisma } from "@/lib/db";
import { command, exactlyOne, found } from "@/lib/db/command";
import { AppError } from "@/lib/errors";
import { newJoinCode } from "@/lib/live/join-code";
import { notifyLive } from "@/lib/live/notify";
import { consume } from "@/lib/rate-limit";
import { parseStepData } from "@/lib/preparation/schemas";
import type { GuestJoinInput } from "@/lib/validation/guests";
import type { AnswerInput } from "@/lib/validation/worksheets";
import { GUEST_ANSWERS } from "./answers";
import { GUEST_JOINS } from "./join";
import { REPEAT_GUEST_PANEL_SELECT, repeatGuestPanelsOf, type RepeatGuestPanels } from "./repeat-panels";

/**
 * Guests answer a herhaling too (issue 12: "raadsleden, and guests when allowed,
 * answer it"). The griffier or facilitator lets them in when starting the
 * herhaling or while it runs, if the session itself lets guests in (its groups
 * and cap apply).
 *
 * A herhaling gets a join code of its OWN rather than reusing the session's: the
 * session's code belongs to its live phase (months earlier, maybe still on an old
 * slide, and it opens nothing once the session is no longer live), and a code of
 * its own keeps the two rounds apart: a guest of the live phase reaches nothing of
 * the herhaling without joining it, and the reverse (their cookies differ in name,
 * path and kind: lib/auth/guest.ts). The code works while the herhaling is open
 * to guests; closing it ends every guest's cookie.
 */

/** A code no session and no herhaling holds (both are typed at the same /meedoen). */
async function unusedCode(tx: Prisma.TransactionClient): Promise<string> {
  for (;;) {
    const code = newJoinCode();
    const [sessions, repeats] = await Promise.all([tx.councilSession.count({ where: { joinCode: code } }), tx.roleWorksheet.count({ where: { joinCode: code } })]);
    if (sessions + repeats === 0) return code;
  }
}

/**
 * What a herhaling's guest fields become (its caller writes them, scoped): guests
 * on (a code of its own, kept when turned off and on again, so a slide stays
 * right) or off. Refused when the session does not let guests in.
 */
export async function repeatGuestFields(
  tx: Prisma.TransactionClient,
  { allowed, sessionAllowsGuests, joinCode }: { allowed: boolean; sessionAllowsGuests: boolean; joinCode: string | null },
): Promise<{ guestsAllowed: boolean; joinCode: string | null }> {
  if (allowed && !sessionAllowsGuests) throw new AppError("GUESTS_NOT_ALLOWED");
  return { guestsAllowed: allowed, joinCode: allowed ? (joinCode ?? (await unusedCode(tx))) : joinCode };
}

/** Griffier or facilitator: guests answer this herhaling too, or no longer (their answers stay). */
export async function allowRepeatGuests(actor: Actor, input: { sessionId: string; repeatId: string; allowed: boolean }): Promise<void> {
  await command(actor, "sessions.run", async ({ tx, audit }) => {
    const scope = { id: input.repeatId, repeatOf: { sessionId: input.sessionId, session: sessionScope(actor) } } satisfies Prisma.RoleWorksheetWhereInput;
    const { id } = found(await tx.roleWorksheet.findFirst({ where: scope, select: { id: true } }));
    // The herhaling's row lock: a guest's answer and this change do not interleave.
    await tx.$queryRaw`SELECT id FROM role_worksheet WHERE id = ${id} FOR UPDATE`;
    const repeat = found(await tx.roleWorksheet.findFirst({ where: scope, select: { guestsAllowed: true, joinCode: true, repeatOf: { select: { session: { select: { guestsAllowed: true } } } } } }));
    const data = await repeatGuestFields(tx, { allowed: input.allowed, sessionAllowsGuests: repeat.repeatOf?.session?.guestsAllowed === true, joinCode: repeat.joinCode });
    exactlyOne(await tx.roleWorksheet.updateMany({ where: scope, data }));
    await audit({ action: "worksheet.repeat.guests", entityType: "RoleWorksheet", entityId: id, before: { guestsAllowed: repeat.guestsAllowed }, after: { guestsAllowed: data.guestsAllowed } });
  });
  await notifyLive(input.sessionId);
}

/**
 * For whoever runs the session: whether it lets guests in, and per herhaling whether guests
 * answer it, its code and how many joined. The review page reads the same along with the
 * verslag's session (lib/council-sessions/get-session.ts#getSessionForReport).
 */
export async function repeatGuestPanels(actor: Actor, sessionId: string): Promise<RepeatGuestPanels> {
  if (!can(actor.role, "sessions.run")) return { sessionAllowsGuests: false, repeats: {} };
  const session = await db().councilSession.findFirst({
    where: { ...sessionScope(actor), id: sessionId },
    select: { guestsAllowed: true, worksheet: { select: { repeats: { select: REPEAT_GUEST_PANEL_SELECT } } } },
  });
  return repeatGuestPanelsOf(session?.guestsAllowed ?? false, session?.worksheet?.repeats ?? []);
}

export type RepeatGuestTarget = { id: string; sessionId: string; title: string; gemeenteName: string; groups: string[]; date: string; subject: string };

const OPEN_TO_GUESTS = { state: "OPEN", guestsAllowed: true, repeatOf: { session: { guestsAllowed: true, archivedAt: null } } } satisfies Prisma.RoleWorksheetWhereInput;

/** The herhaling a (normalised) code opens to guests right now, or null. Counting attempts is the caller's (lookUpCode). */
export async function repeatForCode(code: string): Promise<RepeatGuestTarget | null> {
  const repeat = await db().roleWorksheet.findFirst({
    where: { joinCode: code, ...OPEN_TO_GUESTS },
    select: {
      id: true,
      evaluationMomentId: true,
      openedAt: true,
      repeatOf: { select: { session: { select: { id: true, title: true, guestGroups: true, gemeente: { select: { name: true } }, steps: { where: { number: 9 }, select: { data: true } } } } } },
    },
  });
  const session = repeat?.repeatOf?.session;
  if (!repeat || !session) return null;
  const step9 = parseStepData(9, session.steps[0]?.data ?? {});
  const moment = step9.success ? step9.data.evaluationMoments.find((m) => m.id === repeat.evaluationMomentId) : undefined;
  return {
    id: repeat.id,
    sessionId: session.id,
    title: session.title,
    gemeenteName: session.gemeente.name,
    groups: session.guestGroups,
    date: moment?.date ?? (repeat.openedAt ?? new Date()).toISOString().slice(0, 10),
    subject: moment?.subject ?? "",
  };
}

/**
 * A guest joins a herhaling: a row with their group and optional nickname, tied
 * to this herhaling only. The session's cap counts the herhaling's own guests,
 * under a lock per herhaling, as the live phase's join does per session.
 */
export async function joinRepeatAsGuest(target: RepeatGuestTarget, input: GuestJoinInput, client: string): Promise<{ guestId: string }> {
  if (!target.groups.includes(input.group)) throw new AppError("GUEST_GROUP_UNKNOWN");
  if ((await consume(GUEST_JOINS, client)) === null) throw new AppError("RATE_LIMITED");
  const guest = await db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('guest-cap'), hashtext(${target.id}))`;
    const [row] = await tx.$queryRaw<{ cap: number }[]>`
      SELECT s.guest_cap AS cap FROM role_worksheet r JOIN role_worksheet o ON o.id = r.repeat_of_id JOIN council_session s ON s.id = o.session_id
      WHERE r.id = ${target.id} AND r.state = 'OPEN' AND r.guests_allowed AND s.guests_allowed AND s.archived_at IS NULL`;
    // Closed or turned off between the look-up and now.
    if (!row) throw new AppError("JOIN_CODE_UNKNOWN");
    if ((await tx.guest.count({ where: { worksheetId: target.id } })) >= row.cap) throw new AppError("GUESTS_FULL");
    return tx.guest.create({ data: { sessionId: target.sessionId, worksheetId: target.id, group: input.group, nickname: input.nickname }, select: { id: true } });
  });
  await notifyLive(target.sessionId);
  return { guestId: guest.id };
}

/** The herhaling as its guest sees it: the question, the moment, the actors and their own answers. Null once it is no longer open to guests. */
export async function repeatGuestWorksheet(guest: RepeatGuest) {
  const repeat = await db().roleWorksheet.findFirst({
    where: { id: guest.repeatId, ...OPEN_TO_GUESTS },
    select: {
      id: true,
      state: true,
      question: true,
      evaluationMomentId: true,
      openedAt: true,
      repeatOf: { select: { session: { select: { steps: { where: { number: 9 }, select: { data: true } } } } } },
      actors: { select: { id: true, name: true }, orderBy: { position: "asc" } },
      guestAnswers: { where: { guestId: guest.id }, select: { actorId: true, rung: true, nowRung: true, motivation: true } },
    },
  });
  if (!repeat) return null;
  const step9 = parseStepData(9, repeat.repeatOf?.session?.steps[0]?.data ?? {});
  const moment = step9.success ? step9.data.evaluationMoments.find((m) => m.id === repeat.evaluationMomentId) : undefined;
  return {
    id: repeat.id,
    question: repeat.question,
    date: moment?.date ?? (repeat.openedAt ?? new Date()).toISOString().slice(0, 10),
    subject: moment?.subject ?? "",
    actors: repeat.actors,
    guestAnswers: repeat.guestAnswers,
  };
}

/**
 * A herhaling guest's rung for one actor, while the herhaling is open to guests:
 * always anonymous, one answer per guest and actor (changed, not added), and
 * limited per guest like the live phase's answers.
 */
export async function saveRepeatGuestAnswer(guest: RepeatGuest, input: AnswerInput): Promise<void> {
  if (input.promise !== "anonymous") throw new AppError("PROMISE_CHANGED");
  if ((await consume(GUEST_ANSWERS, guest.id)) === null) throw new AppError("RATE_LIMITED");
  const repeat = await repeatGuestWorksheet(guest);
  if (!repeat) throw new AppError("WORKSHEET_CLOSED");
  if (!repeat.actors.some((a) => a.id === input.actorId)) throw new AppError("NOT_FOUND");
  await db().$transaction(async (tx) => {
    // Under the herhaling's row lock, like a raadslid's answer: a close (which publishes) cannot land in between.
    const [current] = await tx.$queryRaw<{ state: string; guests_allowed: boolean }[]>`SELECT state, guests_allowed FROM role_worksheet WHERE id = ${repeat.id} FOR SHARE`;
    if (current?.state !== "OPEN" || !current.guests_allowed) throw new AppError("WORKSHEET_CLOSED");
    await tx.guestAnswer.upsert({
      where: { actorId_guestId: { actorId: input.actorId, guestId: guest.id } },
      create: { worksheetId: repeat.id, actorId: input.actorId, guestId: guest.id, group: guest.group, rung: input.rung, nowRung: input.nowRung ?? null, motivation: input.motivation },
      update: { rung: input.rung, nowRung: input.nowRung ?? null, motivation: input.motivation, unpublished: true },
    });
  });
  await notifyLive(guest.sessionId);
}
