import type { Prisma } from "@/lib/db";

export type RepeatGuestPanel = { allowed: boolean; code: string | null; joined: number };
export type RepeatGuestPanels = { sessionAllowsGuests: boolean; repeats: Record<string, RepeatGuestPanel> };

/**
 * What a herhaling's guest panel reads of it, to select along with the session's worksheet:
 * whether guests answer it, its code and how many guests joined it (a count of guests, never
 * which of them answered or what).
 */
export const REPEAT_GUEST_PANEL_SELECT = { id: true, guestsAllowed: true, joinCode: true, _count: { select: { repeatGuests: true } } } satisfies Prisma.RoleWorksheetSelect;

type PanelRow = Prisma.RoleWorksheetGetPayload<{ select: typeof REPEAT_GUEST_PANEL_SELECT }>;

/** The panels of a session's herhalingen, from the session's guestsAllowed and its herhalingen read with REPEAT_GUEST_PANEL_SELECT. */
export function repeatGuestPanelsOf(sessionAllowsGuests: boolean, repeats: PanelRow[]): RepeatGuestPanels {
  return {
    sessionAllowsGuests,
    repeats: Object.fromEntries(repeats.map((r) => [r.id, { allowed: r.guestsAllowed, code: r.guestsAllowed ? r.joinCode : null, joined: r._count.repeatGuests }])),
  };
}
