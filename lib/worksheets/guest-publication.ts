// No "server-only": `npm run retention` runs this outside Next with its own Prisma client.
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Rung } from "@/lib/preparation/rungs";
import { nextPublication, publicationSchema, type Publication } from "./publication";
import { THRESHOLD_SELECT, thresholdOf } from "./threshold";

/**
 * Guests' answers are ALWAYS anonymous, whatever the worksheet's own setting, and
 * are published by the same rules as raadsleden's (lib/worksheets/publication.ts):
 * when the worksheet closes, per guest group and actor only from k answers on, and
 * replaced only once k answers of that group and actor changed since. Each group
 * is its own publication, so a small group (three ambtenaren) is hidden below k
 * even when the inwoners are many.
 */
export const guestPublicationSchema = z.object({
  version: z.literal(1),
  /** Keyed by the group's name as the guests picked it. */
  groups: z.record(z.string(), publicationSchema),
});

export type GuestPublication = z.infer<typeof guestPublicationSchema>;

export type GuestAnswerRow = { actorId: string; group: string; guestId: string | null; rung: Rung; nowRung?: Rung | null; motivation: string; unpublished: boolean };

export function parseGuestPublication(value: unknown): GuestPublication | null {
  if (value === null || value === undefined) return null;
  return guestPublicationSchema.parse(value);
}

/** The next guest publication from the previous one and the answers as they stand (pure). */
export function nextGuestPublication(
  previous: GuestPublication | null,
  actorIds: readonly string[],
  answers: readonly GuestAnswerRow[],
  { k, now }: { k: number; now: Date },
): { publication: GuestPublication; republished: { group: string; actorIds: string[] }[] } {
  const groups = new Set([...Object.keys(previous?.groups ?? {}), ...answers.map((a) => a.group)]);
  const result: GuestPublication = { version: 1, groups: {} };
  const republished: { group: string; actorIds: string[] }[] = [];
  for (const group of [...groups].sort()) {
    const mine = answers.filter((a) => a.group === group);
    const respondents = new Set(mine.map((a) => a.guestId ?? `detached-${a.actorId}`)).size;
    const next = nextPublication(
      previous?.groups[group] ?? null,
      actorIds.map((actorId) => {
        const rows = mine.filter((a) => a.actorId === actorId);
        return {
          actorId,
          rungs: rows.map((r) => r.rung),
          nowRungs: rows.flatMap((r) => (r.nowRung ? [r.nowRung] : [])),
          motivations: rows.map((r) => r.motivation),
          unpublished: rows.filter((r) => r.unpublished).length,
        };
      }),
      { k, respondents, now },
    );
    result.groups[group] = next.publication;
    if (next.republished.length > 0) republished.push({ group, actorIds: next.republished });
  }
  return { publication: result, republished };
}

/**
 * Publishes the guests' answers of a worksheet inside the caller's transaction
 * (which holds the worksheet's row lock: closing, ending the session, retention).
 */
export async function publishGuestResults(tx: Prisma.TransactionClient, worksheetId: string, now = new Date()): Promise<GuestPublication> {
  const worksheet = await tx.roleWorksheet.findUniqueOrThrow({
    where: { id: worksheetId },
    select: { guestPublished: true, ...THRESHOLD_SELECT, actors: { select: { id: true } } },
  });
  const answers = await tx.guestAnswer.findMany({ where: { worksheetId }, select: { actorId: true, group: true, guestId: true, rung: true, nowRung: true, motivation: true, unpublished: true } });
  const { publication, republished } = nextGuestPublication(
    parseGuestPublication(worksheet.guestPublished),
    worksheet.actors.map((a) => a.id),
    answers,
    { k: thresholdOf(worksheet), now },
  );
  await tx.roleWorksheet.update({ where: { id: worksheetId }, data: { guestPublished: publication } });
  for (const r of republished) await tx.guestAnswer.updateMany({ where: { worksheetId, group: r.group, actorId: { in: r.actorIds } }, data: { unpublished: false } });
  return publication;
}

/** Drops the motivations of every group (retention: free text could identify someone). */
export function withoutMotivations(publication: GuestPublication): GuestPublication {
  const groups = Object.fromEntries(
    Object.entries(publication.groups).map(([group, p]): [string, Publication] => [group, { ...p, actors: Object.fromEntries(Object.entries(p.actors).map(([id, a]) => [id, { ...a, motivations: [] }])) }]),
  );
  return { version: 1, groups };
}
