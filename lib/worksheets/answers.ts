import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db";
import { command } from "@/lib/db/command";
import { AppError } from "@/lib/errors";
import { notifyLive } from "@/lib/live/notify";
import type { AnswerInput } from "@/lib/validation/worksheets";
import { OPEN_REPEATS_SELECT, openRepeatsOf } from "./repeats";

/**
 * The worksheet as the raadslid sees it: question, actors and their own
 * answers. Only for a raadslid invited to the session. With `repeatId`: the
 * session's herhaling of that id (lib/worksheets/repeats.ts), answered the same way.
 */
export async function myWorksheet(actor: Actor, sessionId: string, repeatId?: string) {
  assertCan(actor, "worksheets.answer");
  const worksheet = await db().roleWorksheet.findFirst({ where: invitedWorksheetWhere(actor, sessionId, repeatId), select: myWorksheetSelect(actor) });
  return shownToRaadslid(worksheet);
}

/**
 * The worksheet page: myWorksheet of the session with the herhalingen open to answer
 * (lib/worksheets/repeats.ts#openRepeats), in the same statement.
 */
export async function myWorksheetPage(actor: Actor, sessionId: string) {
  assertCan(actor, "worksheets.answer");
  const worksheet = await db().roleWorksheet.findFirst({
    where: invitedWorksheetWhere(actor, sessionId),
    select: { ...myWorksheetSelect(actor), repeats: OPEN_REPEATS_SELECT.repeats, session: { select: { steps: OPEN_REPEATS_SELECT.steps } } },
  });
  const { repeats, session, ...rest } = shownToRaadslid(worksheet);
  return { ...rest, openRepeats: openRepeatsOf(session?.steps[0]?.data, repeats) };
}

/**
 * The session's worksheet (or, with `repeatId`, its herhaling of that id), only when the
 * actor is a raadslid invited to that session in their own gemeente.
 */
function invitedWorksheetWhere(actor: Actor, sessionId: string, repeatId?: string): Prisma.RoleWorksheetWhereInput {
  const invited = { gemeenteId: actor.gemeenteId, participants: { some: { membershipId: actor.membershipId, kind: "RAADSLID" as const } } };
  return repeatId ? { id: repeatId, repeatOf: { sessionId, session: invited } } : { sessionId, session: invited };
}

/** A worksheet still in CONCEPT is not there yet for a raadslid: 404, as for one they were not invited to. */
function shownToRaadslid<W extends { state: string }>(worksheet: W | null): W {
  if (!worksheet || worksheet.state === "CONCEPT") throw new AppError("NOT_FOUND");
  return worksheet;
}

/** The worksheet's question, state, actors and this raadslid's own answers. */
function myWorksheetSelect(actor: Actor) {
  return {
    id: true,
    evaluationMomentId: true,
    state: true,
    question: true,
    anonymous: true,
    resultsReleased: true,
    actors: { select: { id: true, name: true }, orderBy: { position: "asc" } },
    answers: { where: { membershipId: actor.membershipId }, select: { actorId: true, rung: true, nowRung: true, motivation: true } },
  } satisfies Prisma.RoleWorksheetSelect;
}

/**
 * Saves (or changes) the raadslid's rung for one actor, while the worksheet is
 * open. `input.promise` is what the page said about names when the raadslid
 * answered; an answer is only ever kept under that promise.
 */
export async function saveAnswer(actor: Actor, sessionId: string, input: AnswerInput, repeatId?: string) {
  const worksheet = await myWorksheet(actor, sessionId, repeatId);
  if (!worksheet.actors.some((a) => a.id === input.actorId)) throw new AppError("NOT_FOUND");
  // No audit record: an answer is the raadslid's own, and the audit log must not say who answered.
  await command(actor, "worksheets.answer", async ({ tx }) => {
    // Under the worksheet's row lock: a close (which publishes) cannot land in between.
    const [current] = await tx.$queryRaw<{ state: string; anonymous: boolean }[]>`SELECT state, anonymous FROM role_worksheet WHERE id = ${worksheet.id} FOR SHARE`;
    if (current?.state !== "OPEN") throw new AppError("WORKSHEET_CLOSED");
    if (current.anonymous !== (input.promise === "anonymous")) throw new AppError("PROMISE_CHANGED");
    await tx.roleAnswer.upsert({
      where: { actorId_membershipId: { actorId: input.actorId, membershipId: actor.membershipId } },
      create: { worksheetId: worksheet.id, actorId: input.actorId, membershipId: actor.membershipId, rung: input.rung, nowRung: input.nowRung ?? null, motivation: input.motivation },
      update: { rung: input.rung, nowRung: input.nowRung ?? null, motivation: input.motivation, unpublished: true },
    });
  }, { maxWait: 15_000, timeout: 20_000 }); // a room of raadsleden saves at once: queue for a connection, do not fail
  await notifyLive(sessionId);
}
