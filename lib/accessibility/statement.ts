/**
 * The facts of the accessibility statement that are not text: when it was drawn up and
 * which known issues it lists (their texts live in messages/*.json under accessibility.known).
 * Update the date whenever the known issues or the way we test change.
 */
export const STATEMENT_DATE = new Date("2026-11-23T12:00:00Z");

export const TESTING = ["axe", "keyboard", "manual", "limits"] as const;

export const KNOWN_ISSUES = ["pdf", "projector", "autosave", "screenReaders"] as const;
