/**
 * Parts of a session's preparation that the griffier can share with the
 * invited raadsleden. Everything else of the ten steps stays with the
 * griffier, beheerder and facilitators. "REPORT" shares the verslag (with its
 * .pdf and .docx) with every raadslid of the gemeente (lib/auth/policy.ts#reportScope).
 */
export const SHAREABLE_PARTS = ["ROOM_FOR_INPUT", "PROGRAMME", "EVALUATION", "REPORT"] as const;
export type ShareablePart = (typeof SHAREABLE_PARTS)[number];

export const isShareablePart = (value: unknown): value is ShareablePart => SHAREABLE_PARTS.includes(value as ShareablePart);

// Who sees which part: lib/auth/policy.ts (canSeePart).
