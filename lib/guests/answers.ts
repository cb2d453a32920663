import "server-only";
import type { Guest } from "@/lib/auth/guest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notifyLive } from "@/lib/live/notify";
import { consume, type Limit } from "@/lib/rate-limit";
import type { AnswerInput } from "@/lib/validation/worksheets";

/**
 * Saves per guest (the client their cookie names): room for a motivation saved as
 * it is typed on four actors, not for a script. Counted per guest rather than per
 * address, because a room of phones shares one address.
 */
export const GUEST_ANSWERS: Limit = { bucket: "guest-answer", max: 300, windowMs: 10 * 60 * 1000 };

/** The worksheet as a guest sees it: the question, the actors and their own answers. */
export async function guestWorksheet(guest: Guest) {
  const worksheet = await db().roleWorksheet.findFirst({
    where: { sessionId: guest.sessionId, session: { status: "LIVE" } },
    select: {
      id: true,
      state: true,
      question: true,
      resultsReleased: true,
      actors: { select: { id: true, name: true }, orderBy: { position: "asc" } },
      guestAnswers: { where: { guestId: guest.id }, select: { actorId: true, rung: true, nowRung: true, motivation: true } },
    },
  });
  // Not opened yet: the guest waits on the page ("nog niet open").
  if (!worksheet || worksheet.state === "CONCEPT") return null;
  return worksheet;
}

/**
 * A guest's rung for one actor, while the worksheet is open. Always anonymous: the
 * page says so, and the answer is only kept under that promise.
 */
export async function saveGuestAnswer(guest: Guest, input: AnswerInput) {
  if (input.promise !== "anonymous") throw new AppError("PROMISE_CHANGED");
  if ((await consume(GUEST_ANSWERS, guest.id)) === null) throw new AppError("RATE_LIMITED");
  const worksheet = await guestWorksheet(guest);
  if (!worksheet) throw new AppError("WORKSHEET_CLOSED");
  if (!worksheet.actors.some((a) => a.id === input.actorId)) throw new AppError("NOT_FOUND");
  await db().$transaction(async (tx) => {
    // Under the worksheet's row lock, like a raadslid's answer: a close (which publishes) cannot land in between.
    const [current] = await tx.$queryRaw<{ state: string }[]>`SELECT state FROM role_worksheet WHERE id = ${worksheet.id} FOR SHARE`;
    if (current?.state !== "OPEN") throw new AppError("WORKSHEET_CLOSED");
    await tx.guestAnswer.upsert({
      where: { actorId_guestId: { actorId: input.actorId, guestId: guest.id } },
      create: { worksheetId: worksheet.id, actorId: input.actorId, guestId: guest.id, group: guest.group, rung: input.rung, nowRung: input.nowRung ?? null, motivation: input.motivation },
      update: { rung: input.rung, nowRung: input.nowRung ?? null, motivation: input.motivation, unpublished: true },
    });
  });
  await notifyLive(guest.sessionId);
}
