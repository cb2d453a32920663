import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { sessionScope } from "@/lib/auth/policy";
import { db, type Prisma } from "@/lib/db";
import { command, exactlyOne, found } from "@/lib/db/command";
import { AppError } from "@/lib/errors";
import { notifyLive } from "@/lib/live/notify";
import { repeatGuestFields } from "@/lib/guests/repeats";
import { parseStepData } from "@/lib/preparation/schemas";
import { publishGuestResults } from "./guest-publication";
import { publishResults } from "./publication";

/**
 * A herhaling: the session's worksheet asked again at an evaluation moment of
 * step 9, so the review and the learning page can show how the answers shift.
 *
 * It is a worksheet of its own (RoleWorksheet with `repeatOfId` and
 * `evaluationMomentId`, no `sessionId`): the same question, the same actors
 * (copied, so its answers have their own rows) and the same promise about
 * names, with its own answers, publication and retention snapshot. Starting one
 * never touches the earlier rounds. One herhaling per moment.
 */
export type RepeatCommand = "close" | "reopen" | "release" | "hide";

/** Starts a herhaling for a moment of step 9 and opens it for answers. Returns its id. */
export async function startRepeat(actor: Actor, input: { sessionId: string; momentId: string; guests?: boolean }, now = new Date()): Promise<string> {
  const id = await command(actor, "sessions.run", async ({ tx, audit }) => {
    const session = found(
      await tx.councilSession.findFirst({
        where: { ...sessionScope(actor), id: input.sessionId },
        select: {
          id: true,
          guestsAllowed: true,
          steps: { where: { number: 9 }, select: { data: true } },
          worksheet: { select: { id: true, state: true, anonymous: true, question: true, actors: { select: { key: true, name: true, position: true } } } },
        },
      }),
    );
    const step9 = parseStepData(9, session.steps[0]?.data ?? {});
    const moment = step9.success ? step9.data.evaluationMoments.find((m) => m.id === input.momentId) : undefined;
    if (!moment) throw new AppError("NOT_FOUND");
    const original = session.worksheet;
    // The session's own round comes first: a herhaling repeats a worksheet that was answered and closed.
    if (!original || original.state !== "GESLOTEN") throw new AppError("REPEAT_NOT_READY");
    // Under the original's row lock, so two clicks do not both pass the check below.
    await tx.$queryRaw`SELECT id FROM role_worksheet WHERE id = ${original.id} FOR UPDATE`;
    if (await tx.roleWorksheet.findFirst({ where: { repeatOfId: original.id, evaluationMomentId: moment.id }, select: { id: true } })) throw new AppError("REPEAT_EXISTS");
    const repeat = await tx.roleWorksheet.create({
      data: {
        repeatOfId: original.id,
        evaluationMomentId: moment.id,
        question: original.question,
        anonymous: original.anonymous,
        state: "OPEN",
        openedAt: now,
        // Guests answer it too when asked (lib/guests/repeats.ts): a join code of its own.
        ...(input.guests ? await repeatGuestFields(tx, { allowed: true, sessionAllowsGuests: session.guestsAllowed, joinCode: null }) : {}),
        actors: { create: original.actors.map((a) => ({ key: a.key, name: a.name, position: a.position })) },
      },
      select: { id: true },
    });
    await audit({ action: "worksheet.repeat", entityType: "RoleWorksheet", entityId: repeat.id, after: { repeatOf: original.id, evaluationMomentId: moment.id } });
    return repeat.id;
  });
  await notifyLive(input.sessionId);
  return id;
}

/** Closes (publishing an anonymous one), reopens, releases or hides a herhaling. */
export async function controlRepeat(actor: Actor, input: { sessionId: string; repeatId: string; command: RepeatCommand }, now = new Date()) {
  await command(actor, "sessions.run", async ({ tx, audit }) => {
    const scope = { id: input.repeatId, repeatOf: { sessionId: input.sessionId, session: sessionScope(actor) } } satisfies Prisma.RoleWorksheetWhereInput;
    const repeat = found(await tx.roleWorksheet.findFirst({ where: scope, select: { id: true } }));
    // One command at a time, and no answer saved while it closes (saveAnswer takes this lock too).
    await tx.$queryRaw`SELECT id FROM role_worksheet WHERE id = ${repeat.id} FOR UPDATE`;
    const current = found(await tx.roleWorksheet.findFirst({ where: scope, select: { state: true, anonymous: true, resultsReleased: true, answersPurgedAt: true } }));
    let data: Prisma.RoleWorksheetUpdateManyMutationInput;
    switch (input.command) {
      case "close":
        if (current.state !== "OPEN") throw new AppError("INVALID_TRANSITION");
        data = { state: "GESLOTEN", closedAt: now };
        break;
      case "reopen":
        if (current.state === "OPEN") return;
        if (current.answersPurgedAt) throw new AppError("ANSWERS_PURGED");
        data = { state: "OPEN", openedAt: now, closedAt: null };
        break;
      case "release":
        data = { resultsReleased: true };
        break;
      case "hide":
        data = { resultsReleased: false };
        break;
    }
    exactlyOne(await tx.roleWorksheet.updateMany({ where: scope, data }));
    if (input.command === "close") {
      if (current.anonymous) await publishResults(tx, repeat.id, now);
      await publishGuestResults(tx, repeat.id, now);
      // Its guests' cookies end with it (lib/auth/guest.ts); a nickname is not kept past the round.
      await tx.guest.updateMany({ where: { worksheetId: repeat.id }, data: { nickname: "" } });
    }
    await audit({
      action: `worksheet.repeat.${input.command}`,
      entityType: "RoleWorksheet",
      entityId: repeat.id,
      before: { state: current.state, resultsReleased: current.resultsReleased },
      after: { ...data, closedAt: undefined, openedAt: undefined } as Prisma.InputJsonValue,
    });
  });
  await notifyLive(input.sessionId);
}

export type RepeatMoment = {
  momentId: string;
  date: string;
  subject: string;
  repeat: { id: string; state: "CONCEPT" | "OPEN" | "GESLOTEN"; resultsReleased: boolean } | null;
};

/**
 * For griffier and facilitator: step 9's evaluation moments (by date) with the
 * herhaling of each, if started, and whether one can be started (the session's
 * own worksheet is closed). Null when the session is not in their scope.
 */
export async function sessionRepeats(actor: Actor, sessionId: string): Promise<{ canStart: boolean; moments: RepeatMoment[] } | null> {
  if (!can(actor.role, "sessions.run")) return null;
  const session = await db().councilSession.findFirst({
    where: { ...sessionScope(actor), id: sessionId },
    select: {
      steps: { where: { number: 9 }, select: { data: true } },
      worksheet: { select: { state: true, repeats: { select: { id: true, evaluationMomentId: true, state: true, resultsReleased: true } } } },
    },
  });
  return session && repeatMomentsOf(session.steps[0]?.data, session.worksheet);
}

/** The same from a session already read (the review page's one read): step 9's data and the worksheet's state and herhalingen. */
export function repeatMomentsOf(
  step9Data: Prisma.JsonValue | undefined,
  worksheet: { state: "CONCEPT" | "OPEN" | "GESLOTEN"; repeats: { id: string; evaluationMomentId: string | null; state: "CONCEPT" | "OPEN" | "GESLOTEN"; resultsReleased: boolean }[] } | null,
): { canStart: boolean; moments: RepeatMoment[] } {
  const step9 = parseStepData(9, step9Data ?? {});
  const repeats = worksheet?.repeats ?? [];
  const moments = (step9.success ? step9.data.evaluationMoments : [])
    .map((m) => {
      const repeat = repeats.find((r) => r.evaluationMomentId === m.id);
      return { momentId: m.id, date: m.date, subject: m.subject, repeat: repeat ? { id: repeat.id, state: repeat.state, resultsReleased: repeat.resultsReleased } : null };
    })
    .sort((a, b) => a.date.localeCompare(b.date));
  return { canStart: worksheet?.state === "GESLOTEN", moments };
}

/** For an invited raadslid: the session's herhalingen open for answers, by date of their moment. */
export async function openRepeats(actor: Actor, sessionId: string): Promise<OpenRepeat[]> {
  if (!can(actor.role, "worksheets.answer")) return [];
  const session = await db().councilSession.findFirst({
    where: { id: sessionId, gemeenteId: actor.gemeenteId, participants: { some: { membershipId: actor.membershipId, kind: "RAADSLID" } } },
    select: { steps: OPEN_REPEATS_SELECT.steps, worksheet: { select: { repeats: OPEN_REPEATS_SELECT.repeats } } },
  });
  return openRepeatsOf(session?.steps[0]?.data, session?.worksheet?.repeats ?? []);
}

export type OpenRepeat = { id: string; date: string; subject: string };

/** What openRepeats reads: step 9's moments (from the session) and the open herhalingen (from its worksheet), to select along with the worksheet. */
export const OPEN_REPEATS_SELECT = {
  steps: { where: { number: 9 }, select: { data: true } },
  repeats: { where: { state: "OPEN" }, select: { id: true, evaluationMomentId: true, openedAt: true } },
} satisfies { steps: Prisma.CouncilSession$stepsArgs; repeats: Prisma.RoleWorksheet$repeatsArgs };

/** The open herhalingen by date, each with its evaluation moment's date and subject (step 9). */
export function openRepeatsOf(step9Data: unknown, repeats: { id: string; evaluationMomentId: string | null; openedAt: Date | null }[]): OpenRepeat[] {
  const step9 = parseStepData(9, step9Data ?? {});
  const moments = new Map((step9.success ? step9.data.evaluationMoments : []).map((m) => [m.id, m]));
  return repeats
    .map((r) => {
      const moment = r.evaluationMomentId ? moments.get(r.evaluationMomentId) : undefined;
      return { id: r.id, date: moment?.date ?? (r.openedAt ?? new Date()).toISOString().slice(0, 10), subject: moment?.subject ?? "" };
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}
