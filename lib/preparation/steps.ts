/**
 * The ten preparation steps of a council session, after the ten recommendations in
 * Rob, "Loslaten in vertrouwen" (2012/2014). Pure data: no I/O.
 */

export const STEP_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export type StepNumber = (typeof STEP_NUMBERS)[number];

export const STEP_SLUGS = [
  "proces",
  "programma",
  "probleem",
  "rolopvatting",
  "ruimte-voor-inbreng",
  "besluitvorming",
  "platform",
  "verschillen",
  "evaluatie",
  "volhouden",
] as const;
export type StepSlug = (typeof STEP_SLUGS)[number];

export interface StepDefinition {
  number: StepNumber;
  /** Used in URLs: /stappen/<slug>. */
  slug: StepSlug;
  /**
   * Base key inside the "preparation" message namespace, e.g. "steps.ruimteVoorInbreng".
   * Under it: title, subtitle, guidance, source and fields.*.
   */
  messageKey: string;
}

const MESSAGE_NAMES = [
  "proces",
  "programma",
  "probleem",
  "rolopvatting",
  "ruimteVoorInbreng",
  "besluitvorming",
  "platform",
  "verschillen",
  "evaluatie",
  "volhouden",
] as const;

export const STEPS: readonly StepDefinition[] = STEP_NUMBERS.map((number, i) => ({
  number,
  slug: STEP_SLUGS[i],
  messageKey: `steps.${MESSAGE_NAMES[i]}`,
}));

export function isStepNumber(value: unknown): value is StepNumber {
  return typeof value === "number" && (STEP_NUMBERS as readonly number[]).includes(value);
}

export function stepByNumber(number: number): StepDefinition | undefined {
  return STEPS.find((step) => step.number === number);
}

export function stepBySlug(slug: string): StepDefinition | undefined {
  return STEPS.find((step) => step.slug === slug);
}

/**
 * OPEN: not started · BEZIG: in progress · KLAAR: done ·
 * NVT: not applicable (niet van toepassing) — always with a reason, see `stepStateSchema`.
 */
export const STEP_STATUSES = ["OPEN", "BEZIG", "KLAAR", "NVT"] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

/** KLAAR and NVT both count as done in the overview ("7 van 10 klaar"). */
export function isStepDone(status: StepStatus): boolean {
  return status === "KLAAR" || status === "NVT";
}
