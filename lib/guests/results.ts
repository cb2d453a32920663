import "server-only";
import type { Guest } from "@/lib/auth/guest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Rung } from "@/lib/preparation/rungs";
import { summarise } from "@/lib/worksheets/consensus";
import { parsePublication, publishedNowRungs, publishedRungs, shownActor } from "@/lib/worksheets/publication";
import { nowAndGap, withGuestGroups, type ActorResult } from "@/lib/worksheets/results";
import { resultsSnapshotSchema, rungsOf, snapshotNowRows, snapshotRows } from "@/lib/worksheets/results-snapshot";
import { THRESHOLD_SELECT, thresholdOf } from "@/lib/worksheets/threshold";

/**
 * The results a guest sees once the griffier released them, while the session is
 * live: per actor the council's figures next to each guest group's. Never a name:
 * on an anonymous worksheet the publication (k per actor), on a named one only the
 * counts; guests' groups always from their own publication (k per group).
 */
export async function guestResults(guest: Guest) {
  const worksheet = await db().roleWorksheet.findFirst({
    where: { sessionId: guest.sessionId, resultsReleased: true, state: { not: "CONCEPT" }, session: { status: "LIVE" } },
    select: {
      id: true,
      anonymous: true,
      question: true,
      published: true,
      guestPublished: true,
      answersPurgedAt: true,
      resultsSnapshot: true,
      ...THRESHOLD_SELECT,
      actors: { select: { id: true, key: true, name: true }, orderBy: { position: "asc" } },
    },
  });
  if (!worksheet) throw new AppError("NOT_FOUND");
  const k = thresholdOf(worksheet);
  const rungsOf = await councilRungs(worksheet, k);
  const actors: ActorResult[] = worksheet.actors.map((a) => {
    const rows = rungsOf(a.id);
    return { actorId: a.id, key: a.key, name: a.name, summary: rows && summarise(rows.desired), ...nowAndGap(rows?.now ?? null, rows?.desired ?? []), named: null, motivations: [], guestGroups: [] };
  });
  return { question: worksheet.question, minimumGroupSize: k, actors: withGuestGroups(actors, worksheet.guestPublished, k) };
}

async function councilRungs(
  worksheet: { id: string; anonymous: boolean; published: unknown; answersPurgedAt: Date | null; resultsSnapshot: unknown },
  k: number,
): Promise<(actorId: string) => { desired: Rung[]; now: Rung[] | null } | null> {
  if (worksheet.anonymous) {
    const publication = parsePublication(worksheet.published);
    return (actorId) => {
      const shown = shownActor(publication, actorId, k);
      return shown && { desired: publishedRungs(shown), now: publishedNowRungs(shown, k) };
    };
  }
  if (worksheet.answersPurgedAt) {
    const snapshot = resultsSnapshotSchema.parse(worksheet.resultsSnapshot);
    const [rows, nowRows] = [snapshotRows(snapshot), snapshotNowRows(snapshot)];
    return (actorId) => {
      const now = rungsOf(nowRows, actorId);
      return { desired: rungsOf(rows, actorId), now: now.length > 0 ? now : null };
    };
  }
  const answers = await db().roleAnswer.findMany({ where: { worksheetId: worksheet.id }, select: { actorId: true, rung: true, nowRung: true } });
  return (actorId) => {
    const mine = answers.filter((a) => a.actorId === actorId);
    return { desired: mine.map((a) => a.rung), now: mine.flatMap((a) => (a.nowRung ? [a.nowRung] : [])) };
  };
}
