/**
 * A commitment's status: done (afgedaan), overdue (termijn verstreken: past its due
 * date, not done) or open. Pure.
 */
export type CommitmentStatus = "DONE" | "OVERDUE" | "OPEN";

export function commitmentStatus(c: { dueDate: string; done: boolean }, today: string): CommitmentStatus {
  if (c.done) return "DONE";
  return c.dueDate < today ? "OVERDUE" : "OPEN";
}
