import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db";
import { command } from "@/lib/db/command";
import { AppError } from "@/lib/errors";
import { notifyLive } from "@/lib/live/notify";
import type { AnswerInput } from "@/lib/validation/worksheets";
import { canSeePart } from "@/lib/auth/policy";
import type { Rung, WorksheetState } from "@/lib/generated/prisma/enums";
import type { LiveRoundName } from "@/lib/validation/live-rounds";
import { openRepeatsOf, type OpenRepeat } from "./repeats";
import { toRoom, type WorksheetRoom } from "./room";

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

/** The worksheet page's data: myWorksheet, the herhalingen open to answer, the room for input and the round. */
export type MyWorksheetPage = {
  id: string;
  evaluationMomentId: string | null;
  state: WorksheetState;
  question: string;
  anonymous: boolean;
  resultsReleased: boolean;
  actors: { id: string; name: string }[];
  answers: { actorId: string; rung: Rung; nowRung: Rung | null; motivation: string }[];
  openRepeats: OpenRepeat[];
  room: WorksheetRoom | null;
  round: LiveRoundName | null;
};

/**
 * The worksheet page, in ONE statement: myWorksheet of the session, the herhalingen open to
 * answer (lib/worksheets/repeats.ts#openRepeats), the room for input beside it
 * (lib/worksheets/room.ts) and the round the facilitator has the room in (only while LIVE).
 * Only for a raadslid invited to the session in their own gemeente, as myWorksheet.
 *
 * Plain SQL, because 37 phones load it at once in a live session: through Prisma's query
 * builder these were two statements and ~3 ms of server CPU per page in its query compiler
 * (docs/quality.md, "plain SQL on the hottest reads"). Only this raadslid's own answers.
 */
export async function myWorksheetPage(actor: Actor, sessionId: string): Promise<MyWorksheetPage> {
  assertCan(actor, "worksheets.answer");
  assertCan(actor, "sessions.view");
  const [row] = await db().$queryRaw<PageRow[]>`
    SELECT w.id, w.evaluation_moment_id AS "evaluationMomentId", w.state::text AS state, w.question, w.anonymous,
      w.results_released AS "resultsReleased", s.shared_parts AS "sharedParts", s.status::text AS status, s.live_round::text AS "liveRound",
      (SELECT data FROM preparation_step WHERE session_id = s.id AND number = 5) AS step5,
      (SELECT data FROM preparation_step WHERE session_id = s.id AND number = 9) AS step9,
      COALESCE((SELECT json_agg(json_build_object('id', a.id, 'name', a.name) ORDER BY a.position) FROM worksheet_actor a WHERE a.worksheet_id = w.id), '[]'::json) AS actors,
      COALESCE((
        SELECT json_agg(json_build_object('actorId', r.actor_id, 'rung', r.rung, 'nowRung', r.now_rung, 'motivation', r.motivation) ORDER BY a.position)
        FROM role_answer r JOIN worksheet_actor a ON a.id = r.actor_id
        WHERE r.worksheet_id = w.id AND r.membership_id = ${actor.membershipId}
      ), '[]'::json) AS answers,
      COALESCE((
        SELECT json_agg(json_build_object('id', h.id, 'evaluationMomentId', h.evaluation_moment_id, 'openedAt', h.opened_at))
        FROM role_worksheet h WHERE h.repeat_of_id = w.id AND h.state = 'OPEN'
      ), '[]'::json) AS repeats
    FROM role_worksheet w JOIN council_session s ON s.id = w.session_id
    WHERE w.session_id = ${sessionId} AND s.gemeente_id = ${actor.gemeenteId}
      AND EXISTS (SELECT 1 FROM session_participant p WHERE p.session_id = s.id AND p.membership_id = ${actor.membershipId} AND p.kind = 'RAADSLID')`;
  const { sharedParts, status, liveRound, step5, step9, repeats, ...worksheet } = shownToRaadslid(row ?? null);
  return {
    ...worksheet,
    // opened_at comes back as JSON text: a UTC timestamp without zone (Prisma's DateTime).
    openRepeats: openRepeatsOf(step9, repeats.map((r) => ({ ...r, openedAt: r.openedAt ? new Date(`${r.openedAt}Z`) : null }))),
    room: toRoom(sharedParts, step5 === null ? [] : [{ data: step5 }], (parts) => canSeePart(actor.role, parts, "ROOM_FOR_INPUT")),
    round: status === "LIVE" ? liveRound : null,
  };
}

type PageRow = Omit<MyWorksheetPage, "openRepeats" | "room" | "round"> & {
  sharedParts: string[];
  status: string;
  liveRound: LiveRoundName | null;
  step5: unknown;
  step9: unknown;
  repeats: { id: string; evaluationMomentId: string | null; openedAt: string | null }[];
};

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
