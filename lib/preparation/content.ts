import { emptyStepData, type StepData } from "./schemas";
import type { StepNumber, StepStatus } from "./steps";

/** Whether a value holds something typed or chosen: text, a ticked box, a number, a list row with content (its id aside). */
function filled(value: unknown): boolean {
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.some(filled);
  if (value !== null && typeof value === "object") return Object.entries(value).some(([key, v]) => key !== "id" && filled(v));
  return value === true || typeof value === "number";
}

/** Whether a step's data holds anything beyond the empty step's defaults. */
export function stepHasContent<N extends StepNumber>(number: N, data: StepData<N>): boolean {
  const empty = emptyStepData(number) as Record<string, unknown>;
  return Object.entries(data as Record<string, unknown>).some(([key, value]) => JSON.stringify(value) !== JSON.stringify(empty[key]) && filled(value));
}

/** A step's status follows its content: a step with content is at least "bezig" (klaar and n.v.t. stay as chosen). */
export function statusFollowingContent<N extends StepNumber>(number: N, status: StepStatus, data: StepData<N>): StepStatus {
  return status === "OPEN" && stepHasContent(number, data) ? "BEZIG" : status;
}
