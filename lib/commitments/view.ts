import type { Prisma } from "@/lib/generated/prisma/client";
import { commitmentStatus } from "./status";

/** The fields a commitment is shown with, wherever it is read. */
export const commitmentSelect = {
  id: true,
  who: true,
  what: true,
  toWhom: true,
  dueDate: true,
  doneAt: true,
  madeOn: true,
  madeAt: true,
  settlement: true,
  events: { select: { id: true, state: true, note: true, actorName: true, createdAt: true }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.CommitmentSelect;

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** A commitment as pages show it: its due date as "YYYY-MM-DD" and its status on `today`. */
export function commitmentView<C extends { dueDate: Date; doneAt: Date | null; madeOn?: Date | null }>(c: C, today: string) {
  const dueDate = isoDate(c.dueDate);
  const madeOn = c.madeOn ? isoDate(c.madeOn) : null;
  return { ...c, dueDate, madeOn, status: commitmentStatus({ dueDate, done: c.doneAt !== null }, today) };
}
