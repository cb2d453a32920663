import "server-only";
import type { Guest } from "@/lib/auth/guest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Rung } from "@/lib/preparation/rungs";
import { summarise } from "@/lib/worksheets/consensus";
import { parsePublication, publishedRungs, shownActor } from "@/lib/worksheets/publication";
import { withGuestGroups, type ActorResult } from "@/lib/worksheets/results";
import { resultsSnapshotSchema, snapshotRows } from "@/lib/worksheets/results-snapshot";

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
      session: { select: { gemeente: { select: { anonymityThreshold: true } } } },
      actors: { select: { id: true, key: true, name: true }, orderBy: { position: "asc" } },
    },
  });
  if (!worksheet) throw new AppError("NOT_FOUND");
  const k = worksheet.session.gemeente.anonymityThreshold;
  const rungsOf = await councilRungs(worksheet, k);
  const actors: ActorResult[] = worksheet.actors.map((a) => {
    const rungs = rungsOf(a.id);
    return { actorId: a.id, key: a.key, name: a.name, summary: rungs && summarise(rungs), named: null, motivations: [], guestGroups: [] };
  });
  return { question: worksheet.question, minimumGroupSize: k, actors: withGuestGroups(actors, worksheet.guestPublished, k) };
}

async function councilRungs(
  worksheet: { id: string; anonymous: boolean; published: unknown; answersPurgedAt: Date | null; resultsSnapshot: unknown },
  k: number,
): Promise<(actorId: string) => Rung[] | null> {
  if (worksheet.anonymous) {
    const publication = parsePublication(worksheet.published);
    return (actorId) => {
      const shown = shownActor(publication, actorId, k);
      return shown && publishedRungs(shown);
    };
  }
  if (worksheet.answersPurgedAt) {
    const rows = snapshotRows(resultsSnapshotSchema.parse(worksheet.resultsSnapshot));
    return (actorId) => rows.filter((c) => c.actorId === actorId).flatMap((c) => Array<Rung>(c.count).fill(c.rung));
  }
  const counts = await db().roleAnswer.groupBy({ by: ["actorId", "rung"], where: { worksheetId: worksheet.id }, _count: { _all: true } });
  return (actorId) => counts.filter((c) => c.actorId === actorId).flatMap((c) => Array<Rung>(c._count._all).fill(c.rung));
}
