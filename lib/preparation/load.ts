import type { SessionCheckInput, SessionStepsInput } from "./checks";
import { emptyStepData, parseStepData } from "./schemas";
import { STEP_NUMBERS, type StepNumber, type StepStatus } from "./steps";

type StoredStep = { number: number; status: StepStatus; data: unknown };

/**
 * Stored steps → the input of the checks and the overview. Stored JSON that no
 * longer fits its schema (an older shape) counts as empty rather than failing
 * the whole page; the step form still shows what can be read.
 */
export function toStepsInput(stored: StoredStep[]): SessionStepsInput {
  const byNumber = new Map(stored.map((s) => [s.number, s]));
  const entries = STEP_NUMBERS.map((n: StepNumber) => {
    const step = byNumber.get(n);
    const parsed = step ? parseStepData(n, step.data) : null;
    return [n, { status: step?.status ?? "OPEN", data: parsed?.success ? parsed.data : emptyStepData(n) }];
  });
  return Object.fromEntries(entries) as SessionStepsInput;
}

export function toCheckInput(
  stored: StoredStep[],
  today: string,
  resultsCouncilRung: SessionCheckInput["resultsCouncilRung"] = null,
  guestsAllowed = false,
): SessionCheckInput {
  return { steps: toStepsInput(stored), today, resultsCouncilRung, guestsAllowed };
}
