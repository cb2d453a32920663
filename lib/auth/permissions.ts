import type { Role } from "@/lib/generated/prisma/enums";

/**
 * What each role may do inside its own gemeente. The single source of truth for
 * role decisions: pages, server actions and data functions all ask `can()`.
 */
const PERMISSIONS = {
  "gemeente.view": ["BEHEERDER", "GRIFFIER", "FACILITATOR", "RAADSLID"],
  "members.manage": ["BEHEERDER"],
  "audit.view": ["BEHEERDER", "GRIFFIER"],
  "sessions.view": ["BEHEERDER", "GRIFFIER", "FACILITATOR", "RAADSLID"],
  "sessions.prepare": ["GRIFFIER", "BEHEERDER"],
  /** Editing a session's steps: who prepares every session, and a raadslid for the sessions whose preparation group they are in (policy.ts#stepEditScope). */
  "steps.edit": ["GRIFFIER", "BEHEERDER", "RAADSLID"],
  "sessions.run": ["GRIFFIER", "FACILITATOR"],
  "sessions.review": ["GRIFFIER", "FACILITATOR"],
  "worksheets.answer": ["RAADSLID"],
  "cases.contribute": ["GRIFFIER", "RAADSLID"],
  "library.view": ["BEHEERDER", "GRIFFIER", "FACILITATOR", "RAADSLID"],
  "library.attach": ["GRIFFIER", "BEHEERDER"],
  "library.manage": ["BEHEERDER"],
  "learning.view": ["BEHEERDER", "GRIFFIER", "FACILITATOR", "RAADSLID"],
  /** Who can belong to a fractie (kept by the beheerder with members.manage). */
  "fracties.belong": ["RAADSLID"],
  /** Ranking the session's values for a fractie: a raadslid for their own, the griffier for any (on its behalf). */
  "values.rank": ["GRIFFIER", "RAADSLID"],
  "values.rankAnyFractie": ["GRIFFIER"],
  /** Whose daily digest holds the preparation reminders: evaluation moments coming up, toezeggingen falling due. */
  "reminders.preparation": ["GRIFFIER"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;
export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** The roles that hold a permission (for a query over memberships). */
export const rolesWith = (permission: Permission): Role[] => [...PERMISSIONS[permission]];

/** The caller's verified membership of one gemeente: the `actor` of every data function. */
export type Actor = {
  userId: string;
  membershipId: string;
  role: Role;
  gemeenteId: string;
  gemeenteSlug: string;
  gemeenteName: string;
};
