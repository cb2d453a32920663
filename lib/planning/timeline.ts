import { isStepDone, type StepNumber, type StepStatus } from "@/lib/preparation/steps";

/** One step as the planning page shows it. Pure data: no I/O. */
export type PlanStep = {
  number: StepNumber;
  status: StepStatus;
  /** "YYYY-MM-DD" or null when no deadline is set. */
  deadline: string | null;
  ownerId: string | null;
  ownerName: string | null;
};

export type PlanRow = PlanStep & { late: boolean; daysLeft: number | null };

const DAY = 24 * 60 * 60 * 1000;
const dayNumber = (date: string) => Math.round(new Date(`${date}T12:00:00Z`).getTime() / DAY);

/** Late = the deadline has passed (before today) and the step is not done (klaar or n.v.t.). */
export function isLate(step: Pick<PlanStep, "status" | "deadline">, today: string): boolean {
  return step.deadline !== null && step.deadline < today && !isStepDone(step.status);
}

export function planRows(steps: PlanStep[], today: string): PlanRow[] {
  return steps.map((s) => ({ ...s, late: isLate(s, today), daysLeft: s.deadline ? dayNumber(s.deadline) - dayNumber(today) : null }));
}

export type TimelineMark = { number: StepNumber; x: number; y: number; late: boolean; done: boolean; deadline: string };
export type Timeline = {
  width: number;
  height: number;
  /** The first and last day on the axis. */
  from: string;
  to: string;
  today: { x: number; date: string };
  session: { x: number; date: string };
  marks: TimelineMark[];
  /** Axis ticks at the first of each month. */
  ticks: { x: number; date: string }[];
};

export const TIMELINE_LAYOUT = { left: 240, right: 24, top: 40, row: 32, bottom: 36 };

/**
 * Where each step's deadline sits on a horizontal calendar axis from the earliest
 * date (a deadline, today or the session) to the latest, with a week of margin.
 */
export function timelineGeometry(rows: PlanRow[], sessionDate: string, today: string, width = 760): Timeline {
  const dated = rows.filter((r): r is PlanRow & { deadline: string } => r.deadline !== null);
  const days = [sessionDate, today, ...dated.map((r) => r.deadline)].map(dayNumber);
  const start = Math.min(...days) - 7;
  const end = Math.max(...days) + 7;
  const { left, right, top, row, bottom } = TIMELINE_LAYOUT;
  const x = (date: string) => left + ((dayNumber(date) - start) / (end - start)) * (width - left - right);
  const iso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
  const ticks: { x: number; date: string }[] = [];
  for (let day = start; day <= end; day++) {
    const date = iso(day);
    if (date.endsWith("-01")) ticks.push({ x: x(date), date });
  }
  return {
    width,
    height: top + rows.length * row + bottom,
    from: iso(start),
    to: iso(end),
    today: { x: x(today), date: today },
    session: { x: x(sessionDate), date: sessionDate },
    marks: rows.flatMap((r, i) =>
      r.deadline === null ? [] : [{ number: r.number, x: x(r.deadline), y: top + i * row + row / 2, late: r.late, done: isStepDone(r.status), deadline: r.deadline }],
    ),
    ticks,
  };
}
