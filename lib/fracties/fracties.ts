import "server-only";
import { assertCan } from "@/lib/auth/membership";
import { can, rolesWith, type Actor } from "@/lib/auth/permissions";
import { sessionScope } from "@/lib/auth/policy";
import { db, type Prisma } from "@/lib/db";
import { command, exactlyOne, found } from "@/lib/db/command";
import { AppError } from "@/lib/errors";
import type { RankingInput } from "@/lib/validation/values";

/**
 * Fracties of the gemeente's council, kept by the beheerder; a raadslid belongs to
 * one at most. Each fractie can rank the values of a session, so the council sees
 * where the fracties differ: how often a value was named is not political weight.
 */

export async function listFracties(actor: Actor) {
  assertCan(actor, "gemeente.view");
  return db().fractie.findMany({
    where: { gemeenteId: actor.gemeenteId },
    select: { id: true, name: true, _count: { select: { members: true } } },
    orderBy: { name: "asc" },
  });
}

export async function createFractie(actor: Actor, input: { name: string }) {
  return command(actor, "members.manage", async ({ tx, audit }) => {
    const exists = await tx.fractie.findFirst({ where: { gemeenteId: actor.gemeenteId, name: { equals: input.name, mode: "insensitive" } }, select: { id: true } });
    if (exists) throw new AppError("INVALID");
    const created = await tx.fractie.create({ data: { gemeenteId: actor.gemeenteId, name: input.name }, select: { id: true } });
    await audit({ action: "fractie.create", entityType: "Fractie", entityId: created.id, after: input });
    return created;
  });
}

/** Removes a fractie; its members keep their membership without a fractie, its rankings go. */
export async function deleteFractie(actor: Actor, input: { fractieId: string }) {
  await command(actor, "members.manage", async ({ tx, audit }) => {
    exactlyOne(await tx.fractie.deleteMany({ where: { id: input.fractieId, gemeenteId: actor.gemeenteId } }));
    await audit({ action: "fractie.delete", entityType: "Fractie", entityId: input.fractieId });
  });
}

/** Puts a raadslid in a fractie (or in none). Only raadsleden belong to a fractie. */
export async function setMemberFractie(actor: Actor, input: { membershipId: string; fractieId: string }) {
  await command(actor, "members.manage", async ({ tx, audit }) => {
    if (input.fractieId) found(await tx.fractie.findFirst({ where: { id: input.fractieId, gemeenteId: actor.gemeenteId }, select: { id: true } }));
    exactlyOne(
      await tx.membership.updateMany({
        where: { id: input.membershipId, gemeenteId: actor.gemeenteId, role: { in: rolesWith("fracties.belong") } },
        data: { fractieId: input.fractieId || null },
      }),
    );
    await audit({ action: "membership.fractie", entityType: "Membership", entityId: input.membershipId, after: { fractieId: input.fractieId || null } });
  });
}

/** The values a session's cases named: the ones a fractie can rank. */
async function sessionValueIds(sessionId: string) {
  const rows = await db().caseValue.findMany({ where: { case: { sessionId } }, select: { valueId: true }, distinct: ["valueId"] });
  return new Set(rows.map((r) => r.valueId));
}

/**
 * A fractie's ranking of the session's values, replacing its earlier one. A raadslid
 * ranks for their own fractie; the griffier may record any fractie's ranking.
 */
export async function saveRanking(actor: Actor, sessionId: string, input: RankingInput) {
  assertCan(actor, "values.rank");
  const session = await db().councilSession.findFirst({ where: { ...sessionScope(actor), id: sessionId }, select: { id: true } });
  if (!session) throw new AppError("NOT_FOUND");
  const fractie = await db().fractie.findFirst({ where: { id: input.fractieId, gemeenteId: actor.gemeenteId }, select: { id: true } });
  if (!fractie) throw new AppError("NOT_FOUND");
  if (!can(actor.role, "values.rankAnyFractie")) {
    const own = await db().membership.findUnique({ where: { id: actor.membershipId }, select: { fractieId: true } });
    if (own?.fractieId !== fractie.id) throw new AppError("FORBIDDEN");
  }
  const allowed = await sessionValueIds(sessionId);
  if (input.ranks.some((r) => !allowed.has(r.valueId))) throw new AppError("INVALID");
  await command(actor, "values.rank", async ({ tx, audit }) => {
    await tx.fractieRanking.deleteMany({ where: { sessionId, fractieId: fractie.id, session: { gemeenteId: actor.gemeenteId } } });
    await tx.fractieRanking.createMany({ data: input.ranks.map((r) => ({ sessionId, fractieId: fractie.id, valueId: r.valueId, rank: r.rank })) });
    await audit({ action: "fractie.ranking", entityType: "FractieRanking", entityId: `${sessionId}:${fractie.id}`, after: { ranks: input.ranks } });
  });
}

export type RankingView = Awaited<ReturnType<typeof fractieRankings>>;

/**
 * The fracties of the gemeente and their rankings for this session (shown with
 * rankingTable), and the caller's own fractie.
 */
export async function fractieRankings(actor: Actor, sessionId: string, scope: Prisma.CouncilSessionWhereInput = sessionScope(actor)) {
  assertCan(actor, "sessions.view");
  const session = await db().councilSession.findFirst({ where: { ...scope, id: sessionId }, select: { id: true } });
  if (!session) throw new AppError("NOT_FOUND");
  const [fracties, rankings, mine] = await Promise.all([
    db().fractie.findMany({ where: { gemeenteId: actor.gemeenteId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db().fractieRanking.findMany({ where: { sessionId }, select: { fractieId: true, valueId: true, rank: true } }),
    db().membership.findUnique({ where: { id: actor.membershipId }, select: { fractieId: true } }),
  ]);
  return { fracties, rankings, ownFractieId: mine?.fractieId ?? null };
}
