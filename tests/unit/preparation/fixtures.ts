import type { SessionStepsInput } from "@/lib/preparation/checks";
import { emptyStepData, type StepDataMap } from "@/lib/preparation/schemas";
import { STEP_NUMBERS, type StepNumber, type StepStatus } from "@/lib/preparation/steps";

type Overrides = { [N in StepNumber]?: { status?: StepStatus; data?: Partial<StepDataMap[N]> } };

/** All ten steps OPEN with empty data, except the given overrides (data is merged shallowly). */
export function sessionSteps(overrides: Overrides = {}): SessionStepsInput {
  const entries = STEP_NUMBERS.map((n) => {
    const o = overrides[n];
    return [n, { status: o?.status ?? "OPEN", data: { ...emptyStepData(n), ...o?.data } }];
  });
  return Object.fromEntries(entries) as SessionStepsInput;
}

export const mainLines = (...texts: string[]) => texts.map((text, i) => ({ id: `m${i}`, text }));

export const moment = (id: string, date: string, outcome = "") => ({
  id,
  date,
  subject: "Rolverdeling",
  participants: "",
  coversRoles: true,
  outcome,
  adjustments: "",
});
