import "server-only";
import { randomUUID } from "node:crypto";
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
  // One statement: the worksheet's row is read FOR SHARE, like a raadslid's answer, so a close (which
  // publishes) cannot land in between; a worksheet closed meanwhile matches no row and nothing is written.
  const saved = await db().$queryRaw<{ id: string }[]>`
    INSERT INTO guest_answer (id, worksheet_id, actor_id, guest_id, "group", rung, now_rung, motivation, unpublished, updated_at)
    SELECT ${randomUUID()}, w.id, ${input.actorId}, ${guest.id}, ${guest.group}, ${input.rung}::"Rung", ${input.nowRung ?? null}::"Rung", ${input.motivation}, TRUE, now() AT TIME ZONE 'UTC'
    FROM role_worksheet w WHERE w.id = ${worksheet.id} AND w.state = 'OPEN' FOR SHARE
    ON CONFLICT (actor_id, guest_id) DO UPDATE
      SET rung = EXCLUDED.rung, now_rung = EXCLUDED.now_rung, motivation = EXCLUDED.motivation, unpublished = TRUE, updated_at = now() AT TIME ZONE 'UTC'
    RETURNING id`;
  if (saved.length === 0) throw new AppError("WORKSHEET_CLOSED");
  await notifyLive(guest.sessionId);
}
