/**
 * Status of a council session. The normal path is
 *   CONCEPT → VOORBEREID → LIVE → AFGEROND → GEEVALUEERD
 * with these steps back, each for a real situation:
 *   VOORBEREID → CONCEPT      preparation reopened (something changed before the session)
 *   LIVE → VOORBEREID         live session stopped early; it will be run again (answers are kept)
 *   AFGEROND → LIVE           closed by mistake, or a short extra round is needed
 *   GEEVALUEERD → AFGEROND    review reopened to correct or add to it
 * No skipping forward: a session must be prepared before it goes live and closed before it is
 * reviewed. Archiving is a separate flag, not a status (see ARCHIVABLE).
 */

export const SESSION_STATUSES = ["CONCEPT", "VOORBEREID", "LIVE", "AFGEROND", "GEEVALUEERD"] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const TRANSITIONS: { readonly [S in SessionStatus]: readonly SessionStatus[] } = {
  CONCEPT: ["VOORBEREID"],
  VOORBEREID: ["LIVE", "CONCEPT"],
  LIVE: ["AFGEROND", "VOORBEREID"],
  AFGEROND: ["GEEVALUEERD", "LIVE"],
  GEEVALUEERD: ["AFGEROND"],
};

export function isSessionStatus(value: unknown): value is SessionStatus {
  return typeof value === "string" && (SESSION_STATUSES as readonly string[]).includes(value);
}

export function canTransition(from: SessionStatus, to: SessionStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Statuses reachable in one step, forward first. */
export function nextStatuses(from: SessionStatus): readonly SessionStatus[] {
  return TRANSITIONS[from];
}

/** True when `to` moves the session forward along the normal path. */
export function isForward(from: SessionStatus, to: SessionStatus): boolean {
  return SESSION_STATUSES.indexOf(to) > SESSION_STATUSES.indexOf(from);
}

/**
 * Message key for the button that makes a transition, e.g. "sessionTransitions.CONCEPT_VOORBEREID".
 * Throws for a transition that is not allowed.
 */
export function transitionKey(from: SessionStatus, to: SessionStatus): string {
  if (!canTransition(from, to)) throw new Error(`Transition ${from} → ${to} is not allowed`);
  return `sessionTransitions.${from}_${to}`;
}

/**
 * Archiving is a flag beside the status: a session in any status may be archived and
 * unarchived, and keeps its status. (Callers may still decide to ask for confirmation when
 * archiving a LIVE session.)
 */
export const ARCHIVABLE: ReadonlySet<SessionStatus> = new Set(SESSION_STATUSES);

export function canArchive(status: SessionStatus): boolean {
  return ARCHIVABLE.has(status);
}
