import type { StepData } from "@/lib/preparation/schemas";

/** A session as the timeline needs it: its step 9 and 10 data and the values linked to evaluation moments. */
export type TimelineSession = {
  id: string;
  title: string;
  theme: string;
  startsAt: Date;
  /** Whether the reader may open the session itself (a raadslid only the ones they were invited to). */
  canOpen: boolean;
  evaluation: StepData<9>;
  learning: StepData<10>;
  valuesByMoment: Map<string, string[]>;
};

type SessionRef = Pick<TimelineSession, "id" | "title" | "theme" | "canOpen">;

export type TimelineEntry =
  | {
      kind: "learning";
      key: string;
      date: string;
      session: SessionRef;
      worked: string;
      didNotWork: string;
      risksAccepted: string;
      adjustments: string;
    }
  | {
      kind: "evaluation";
      key: string;
      date: string;
      session: SessionRef;
      subject: string;
      outcome: string;
      adjustments: string;
      values: string[];
    };

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/**
 * What the gemeente learned, newest first: every learning-log entry of step 10
 * (dated by the entry, or the session's date) and every evaluation moment of
 * step 9 with an outcome or an adjustment, with the values checked in it.
 * Empty entries are left out; planned and overdue evaluations belong on the dashboard.
 */
export function buildTimeline(sessions: TimelineSession[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const s of sessions) {
    const session = { id: s.id, title: s.title, theme: s.theme, canOpen: s.canOpen };
    for (const log of s.learning.learningLog) {
      if (![log.worked, log.didNotWork, log.risksAccepted, log.adjustments].some((t) => t.trim())) continue;
      entries.push({
        kind: "learning",
        key: `${s.id}:${log.id}`,
        date: log.date || isoDate(s.startsAt),
        session,
        worked: log.worked,
        didNotWork: log.didNotWork,
        risksAccepted: log.risksAccepted,
        adjustments: log.adjustments,
      });
    }
    for (const moment of s.evaluation.evaluationMoments) {
      // A moment teaches something once it has an outcome or led to an adjustment.
      if (![moment.outcome, moment.adjustments].some((t) => t.trim())) continue;
      entries.push({
        kind: "evaluation",
        key: `${s.id}:${moment.id}`,
        date: moment.date,
        session,
        subject: moment.subject,
        outcome: moment.outcome,
        adjustments: moment.adjustments,
        values: s.valuesByMoment.get(moment.id) ?? [],
      });
    }
  }
  return entries.sort((a, b) => b.date.localeCompare(a.date) || a.key.localeCompare(b.key));
}
