import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { worksheetResults } from "@/lib/worksheets/results";

export type LiveSnapshot = {
  worksheetState: "CONCEPT" | "OPEN" | "GESLOTEN" | null;
  anonymous: boolean;
  respondents: number;
  actors: {
    actorId: string;
    name: string;
    distribution: Record<string, number>;
    count: number;
    mostChosen: string[];
    consensus: number | null;
    reading: string;
    named: { name: string; rung: string }[] | null;
  }[];
};

/**
 * What the projector shows right now; the same shape for the first render and every update.
 * A session outside the actor's gemeente is "not found" (the live stream must not
 * subscribe to it), while one of its own without a worksheet yet is an empty snapshot.
 */
export async function liveSnapshot(actor: Actor, sessionId: string): Promise<LiveSnapshot> {
  const session = await db().councilSession.count({ where: { id: sessionId, gemeenteId: actor.gemeenteId } });
  if (!session) throw new AppError("NOT_FOUND");
  const exists = await db().roleWorksheet.count({ where: { sessionId, session: { gemeenteId: actor.gemeenteId } } });
  if (!exists) return { worksheetState: null, anonymous: true, respondents: 0, actors: [] };
  const results = await worksheetResults(actor, sessionId);
  return {
    worksheetState: results.state,
    anonymous: results.anonymous,
    respondents: results.respondents,
    actors: results.actors.map((a) => ({
      actorId: a.actorId,
      name: a.name,
      distribution: a.summary.distribution,
      count: a.summary.count,
      mostChosen: a.summary.mostChosen,
      consensus: a.summary.consensus,
      reading: a.summary.reading,
      named: a.named?.map((n) => ({ name: n.name, rung: n.rung })) ?? null,
    })),
  };
}
