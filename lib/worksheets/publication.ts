// No "server-only": the start script's backfill and `npm run retention` run this
// outside Next with their own Prisma client.
import { z } from "zod";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { RUNGS, type Rung } from "@/lib/preparation/rungs";
import { resultsSnapshotSchema } from "./results-snapshot";
import { THRESHOLD_SELECT, thresholdOf } from "./threshold";

/**
 * What an ANONYMOUS worksheet shows, to anyone, anywhere (pages, projector,
 * review, report, CSV): its published results. The rules, and why they hold
 * (docs/privacy.md):
 *
 * - Results are published when the worksheet closes, never while people are
 *   answering, so nobody can watch a figure move when one person taps.
 * - An actor's figures are published only from k answers on (the gemeente's
 *   minimum group size): below k, anyone who knows their own answer could
 *   subtract it and read the others'.
 * - Once published, an actor's figures are replaced only when at least k
 *   answers to it were given or changed since (`RoleAnswer.unpublished`).
 *   Comparing two publications then shows the sum of at least k people's
 *   changes, never one person's.
 * - Nothing else changes what is counted: removing or erasing a member detaches
 *   their answers (they stay counted), reopening and closing again publish only
 *   by the rule above, and retention keeps the publication.
 */
const countsSchema = z.object(Object.fromEntries(RUNGS.map((r) => [r, z.number().int().min(0)])) as Record<Rung, z.ZodNumber>);

const publishedActorSchema = z.object({
  /** Where the role should be (the role choice). */
  counts: countsSchema,
  /**
   * Where the role is now ("waar staan we nu?"), from the answers that said so; absent
   * when fewer than k did (k holds for this question on its own too).
   */
  now: countsSchema.optional(),
  /** Motivations without author, sorted alphabetically (no order by person or time). */
  motivations: z.array(z.string()),
});

export const publicationSchema = z.object({
  version: z.literal(1),
  publishedAt: z.string(),
  respondents: z.number().int().min(0),
  /** Keyed by WorksheetActor.id; an actor below k is absent. */
  actors: z.record(z.string(), publishedActorSchema),
});

export type Publication = z.infer<typeof publicationSchema>;
export type PublishedActor = z.infer<typeof publishedActorSchema>;

/** One actor's answers as they stand, and how many were given or changed since the last publication. */
export type ActorStanding = { actorId: string; rungs: Rung[]; nowRungs?: Rung[]; motivations: string[]; unpublished: number };

export function parsePublication(value: unknown): Publication | null {
  if (value === null || value === undefined) return null;
  return publicationSchema.parse(value);
}

function countRungs(rungs: readonly Rung[]): Record<Rung, number> {
  const counts = Object.fromEntries(RUNGS.map((r) => [r, 0])) as Record<Rung, number>;
  for (const r of rungs) counts[r] += 1;
  return counts;
}

/**
 * The next publication from the previous one and the answers as they stand
 * (pure). An actor is (re)published when it has at least k answers and at
 * least k of them are unpublished; otherwise its previous figures stay.
 * Returns the actors it (re)published, whose answers are then marked published.
 */
export function nextPublication(
  previous: Publication | null,
  standings: readonly ActorStanding[],
  { k, respondents, now }: { k: number; respondents: number; now: Date },
): { publication: Publication; republished: string[] } {
  const actors: Publication["actors"] = {};
  const republished: string[] = [];
  for (const s of standings) {
    if (s.rungs.length >= k && s.unpublished >= k) {
      const nowRungs = s.nowRungs ?? [];
      actors[s.actorId] = {
        counts: countRungs(s.rungs),
        ...(nowRungs.length >= k ? { now: countRungs(nowRungs) } : {}),
        motivations: s.motivations.filter((m) => m !== "").sort((a, b) => a.localeCompare(b, "nl")),
      };
      republished.push(s.actorId);
    } else if (previous?.actors[s.actorId]) {
      actors[s.actorId] = previous.actors[s.actorId];
    }
  }
  const changed = republished.length > 0 || !previous;
  return {
    publication: {
      version: 1,
      publishedAt: changed ? now.toISOString() : previous.publishedAt,
      respondents: changed ? respondents : previous.respondents,
      actors,
    },
    republished,
  };
}

/**
 * An actor's published figures, if they may be shown under the gemeente's
 * current minimum group size (a gemeente that raises k hides what was
 * published under a lower one).
 */
export function shownActor(publication: Publication | null, actorId: string, k: number): PublishedActor | null {
  const published = publication?.actors[actorId];
  if (!published) return null;
  return RUNGS.reduce((n, r) => n + published.counts[r], 0) >= k ? published : null;
}

/** The publication's counts as rows (one per actor and chosen rung), the shape results are summarised from. */
export function publishedRungs(actor: PublishedActor): Rung[] {
  return RUNGS.flatMap((r) => Array<Rung>(actor.counts[r]).fill(r));
}

/** The same for "where is the role now", when published (k of those answers or more, also under the current k). */
export function publishedNowRungs(actor: PublishedActor, k: number): Rung[] | null {
  const now = actor.now;
  if (!now || RUNGS.reduce((n, r) => n + now[r], 0) < k) return null;
  return RUNGS.flatMap((r) => Array<Rung>(now[r]).fill(r));
}

type Tx = Prisma.TransactionClient;

/**
 * Publishes an anonymous worksheet's results by the rules above, inside the
 * caller's transaction (which must hold the worksheet's row lock, e.g. the
 * close command). `k` is the gemeente's minimum group size.
 */
export async function publishResults(tx: Tx, worksheetId: string, now = new Date()): Promise<Publication> {
  const worksheet = await tx.roleWorksheet.findUniqueOrThrow({
    where: { id: worksheetId },
    select: {
      published: true,
      detachedRespondents: true,
      ...THRESHOLD_SELECT,
      actors: { select: { id: true, answers: { select: { rung: true, nowRung: true, motivation: true, unpublished: true } } } },
    },
  });
  const linked = await tx.roleAnswer.findMany({ where: { worksheetId, membershipId: { not: null } }, distinct: ["membershipId"], select: { membershipId: true } });
  const { publication, republished } = nextPublication(
    parsePublication(worksheet.published),
    worksheet.actors.map((a) => ({
      actorId: a.id,
      rungs: a.answers.map((x) => x.rung),
      nowRungs: a.answers.flatMap((x) => (x.nowRung ? [x.nowRung] : [])),
      motivations: a.answers.map((x) => x.motivation),
      unpublished: a.answers.filter((x) => x.unpublished).length,
    })),
    { k: thresholdOf(worksheet), respondents: linked.length + worksheet.detachedRespondents, now },
  );
  await tx.roleWorksheet.update({ where: { id: worksheetId }, data: { published: publication } });
  if (republished.length > 0) await tx.roleAnswer.updateMany({ where: { worksheetId, actorId: { in: republished } }, data: { unpublished: false } });
  return publication;
}

/**
 * Anonymous worksheets closed before publication existed get theirs (run on
 * every start, idempotent): from their answers by the rule above, or — when
 * retention already removed the answers — from the counts it kept.
 */
export async function backfillPublications(client: PrismaClient, now = new Date()): Promise<number> {
  const worksheets = await client.roleWorksheet.findMany({
    where: { anonymous: true, state: "GESLOTEN", published: { equals: Prisma.DbNull } },
    select: { id: true, answersPurgedAt: true, resultsSnapshot: true },
  });
  for (const w of worksheets) {
    await client.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM role_worksheet WHERE id = ${w.id} FOR UPDATE`;
      if (!w.answersPurgedAt) return void (await publishResults(tx, w.id, now));
      const kept = resultsSnapshotSchema.parse(w.resultsSnapshot);
      const actors = Object.fromEntries(Object.entries(kept.counts).map(([id, counts]) => [id, { counts, motivations: [] }]));
      const publication: Publication = { version: 1, publishedAt: now.toISOString(), respondents: kept.respondents, actors };
      await tx.roleWorksheet.update({ where: { id: w.id }, data: { published: publication } });
    });
  }
  return worksheets.length;
}
