/**
 * Parts of a session's preparation that the griffier can share with the
 * invited raadsleden. Everything else of the ten steps stays with the
 * griffier, beheerder and facilitators.
 */
export const SHAREABLE_PARTS = ["ROOM_FOR_INPUT", "PROGRAMME", "EVALUATION"] as const;
export type ShareablePart = (typeof SHAREABLE_PARTS)[number];

export const isShareablePart = (value: unknown): value is ShareablePart => SHAREABLE_PARTS.includes(value as ShareablePart);

/** Whether this role sees a part: preparers and facilitators see all, raadsleden what is shared. */
export function canSeePart(role: string, sharedParts: readonly string[], part: ShareablePart): boolean {
  return role !== "RAADSLID" || sharedParts.includes(part);
}

/** Whether this role sees the ten steps themselves (the working material). */
export const canSeeSteps = (role: string) => role !== "RAADSLID";
