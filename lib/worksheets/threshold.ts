import type { Prisma } from "@/lib/db";

const GEMEENTE_K = { select: { gemeente: { select: { anonymityThreshold: true } } } } satisfies Prisma.CouncilSessionDefaultArgs;

/**
 * What a worksheet query selects to know its gemeente's minimum group size (k):
 * a session's worksheet through its session, a herhaling through the worksheet
 * it repeats (lib/worksheets/repeats.ts).
 */
export const THRESHOLD_SELECT = {
  session: GEMEENTE_K,
  repeatOf: { select: { session: GEMEENTE_K } },
} satisfies Prisma.RoleWorksheetSelect;

type WithThreshold = Prisma.RoleWorksheetGetPayload<{ select: typeof THRESHOLD_SELECT }>;

/** The minimum group size of the worksheet's gemeente. */
export function thresholdOf(worksheet: WithThreshold): number {
  const session = worksheet.session ?? worksheet.repeatOf?.session;
  if (!session) throw new Error("A worksheet belongs to a session or repeats one");
  return session.gemeente.anonymityThreshold;
}
