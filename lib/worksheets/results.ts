import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Rung } from "@/lib/preparation/rungs";
import { summarise } from "./consensus";
import { resultsSnapshotSchema, snapshotRows } from "./results-snapshot";

export type ActorResult = {
  actorId: string;
  key: string;
  name: string;
  summary: ReturnType<typeof summarise>;
  /** Who chose what: only when the worksheet is not anonymous. `name` is null for a person removed since. */
  named: { name: string | null; rung: Rung; motivation: string }[] | null;
  /** Motivations without names, sorted, when anonymous. */
  motivations: string[];
};

/**
 * Results per actor. Griffier and facilitator see them at any time; an invited
 * raadslid once they are released. With an anonymous worksheet the queries
 * below never select who answered: counts come from a GROUP BY, motivations
 * without their author. Once the retention job removed the answers, the counts
 * come from the snapshot it kept (no names, no motivations).
 */
export async function worksheetResults(actor: Actor, sessionId: string) {
  const runner = can(actor.role, "sessions.run");
  const worksheet = await db().roleWorksheet.findFirst({
    where: {
      sessionId,
      session: {
        gemeenteId: actor.gemeenteId,
        ...(runner ? {} : { participants: { some: { membershipId: actor.membershipId } } }),
      },
      ...(runner ? {} : { resultsReleased: true }),
    },
    select: {
      id: true,
      state: true,
      anonymous: true,
      question: true,
      resultsReleased: true,
      answersPurgedAt: true,
      resultsSnapshot: true,
      detachedRespondents: true,
      actors: { select: { id: true, key: true, name: true }, orderBy: { position: "asc" } },
    },
  });
  if (!worksheet || (!runner && !can(actor.role, "sessions.view"))) throw new AppError("NOT_FOUND");

  const snapshot = worksheet.answersPurgedAt ? resultsSnapshotSchema.parse(worksheet.resultsSnapshot) : null;
  const counts = snapshot
    ? snapshotRows(snapshot)
    : (await db().roleAnswer.groupBy({ by: ["actorId", "rung"], where: { worksheetId: worksheet.id }, _count: { _all: true } })).map((c) => ({
        actorId: c.actorId,
        rung: c.rung,
        count: c._count._all,
      }));
  const motivations = await db().roleAnswer.findMany({
    where: { worksheetId: worksheet.id, motivation: { not: "" } },
    select: { actorId: true, motivation: true },
    orderBy: { motivation: "asc" },
  });
  const named = worksheet.anonymous
    ? null
    : await db().roleAnswer.findMany({
        where: { worksheetId: worksheet.id },
        select: { actorId: true, rung: true, motivation: true, membership: { select: { user: { select: { name: true, email: true } } } } },
      });

  const actors: ActorResult[] = worksheet.actors.map((a) => {
    const answers = counts.filter((c) => c.actorId === a.id).flatMap((c) => Array<Rung>(c.count).fill(c.rung));
    return {
      actorId: a.id,
      key: a.key,
      name: a.name,
      summary: summarise(answers),
      named: named
        ?.filter((n) => n.actorId === a.id)
        .map((n) => ({ name: n.membership ? (n.membership.user.name ?? n.membership.user.email) : null, rung: n.rung, motivation: n.motivation }))
        .sort((x, y) => (x.name ?? "\uffff").localeCompare(y.name ?? "\uffff")) ?? null,
      motivations: worksheet.anonymous ? motivations.filter((m) => m.actorId === a.id).map((m) => m.motivation) : [],
    };
  });
  const respondents = snapshot ? snapshot.respondents : (await linkedRespondents(worksheet.id)) + worksheet.detachedRespondents;
  const { id, state, anonymous, question, resultsReleased, answersPurgedAt } = worksheet;
  return { id, state, anonymous, question, resultsReleased, answersPurgedAt, actors, respondents };
}

/** People who answered and are still members; removed people are counted in `detachedRespondents`. */
async function linkedRespondents(worksheetId: string): Promise<number> {
  const rows = await db().roleAnswer.findMany({
    where: { worksheetId, membershipId: { not: null } },
    distinct: ["membershipId"],
    select: { membershipId: true },
  });
  return rows.length;
}

/**
 * The council's rung for the pseudo-participation check: the most chosen rung
 * for the "gemeenteraad" actor. On a tie the lowest rung counts, so a possible
 * risk is shown rather than hidden.
 */
export function councilRungFromResults(actors: ActorResult[]): Rung | null {
  const council = actors.find((a) => a.key === "gemeenteraad") ?? actors[0];
  return council?.summary.mostChosen.at(-1) ?? null;
}

/**
 * The same rung as councilRungFromResults, for the session page, in one
 * aggregate query: only the council actor's counts, no motivations or names.
 * `worksheet` comes from worksheetStatus (already scoped to the actor's gemeente).
 */
export async function councilRung(actor: Actor, worksheet: { id: string; actors: { id: string; key: string }[] }): Promise<Rung | null> {
  if (!can(actor.role, "sessions.run")) throw new AppError("FORBIDDEN");
  const council = worksheet.actors.find((a) => a.key === "gemeenteraad") ?? worksheet.actors[0];
  if (!council) return null;
  const counts = await db().roleAnswer.groupBy({ by: ["rung"], where: { worksheetId: worksheet.id, actorId: council.id }, _count: { _all: true } });
  return summarise(counts.flatMap((c) => Array<Rung>(c._count._all).fill(c.rung))).mostChosen.at(-1) ?? null;
}
