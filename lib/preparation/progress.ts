import { checkSession, type PreparationWarning, type SessionCheckInput } from "@/lib/preparation/checks";
import type { StepDataMap } from "@/lib/preparation/schemas";
import { isStepDone, STEPS, type StepNumber, type StepSlug, type StepStatus } from "@/lib/preparation/steps";

/**
 * The overview of the ten steps: status, what is still missing, warnings, totals and the
 * step to work on next. Missing items are codes; text lives under "missing.<code>".
 */

export const MISSING_CODES = [
  "DIRECTION_MISSING",
  "EXPLORATIONS_MISSING",
  "MAIN_LINES_MISSING",
  "PROCESS_AGREEMENTS_MISSING",
  "PROBLEM_STATEMENT_MISSING",
  "STAKEHOLDERS_MISSING",
  "RESPONSIBILITIES_MISSING",
  "QUESTION_MISSING",
  "ACTORS_MISSING",
  "DECISION_LEVEL_MISSING",
  "FINANCIAL_LEVEL_MISSING",
  "FINANCIAL_AMOUNT_MISSING",
  "LEGAL_LEVEL_MISSING",
  "COUNCIL_MOMENTS_MISSING",
  "FEEDBACK_AGREEMENTS_MISSING",
  "RESIDENTS_ROLE_MISSING",
  "AGENDA_TOPICS_MISSING",
  "INVITEES_MISSING",
  "TARGET_GROUPS_MISSING",
  "RARELY_HEARD_GROUP_MISSING",
  "OUTREACH_TACTICS_MISSING",
  "DIFFERENCES_MISSING",
  "EVALUATION_MOMENTS_MISSING",
  "LEARNING_LOG_MISSING",
] as const;
export type MissingCode = (typeof MISSING_CODES)[number];

const blank = (value: string) => value.trim() === "";
const none = (values: string[]) => values.every(blank);
const when = (condition: boolean, code: MissingCode): MissingCode[] => (condition ? [code] : []);

type MissingRule<N extends StepNumber> = (data: StepDataMap[N]) => MissingCode[];

const MISSING_RULES: { [N in StepNumber]: MissingRule<N> } = {
  1: (d) => [
    ...when(d.direction === null, "DIRECTION_MISSING"),
    // Explorations are how the council works outside-in; inside-out does not need them.
    ...when(d.direction === "BUITEN_NAAR_BINNEN" && none(d.explorations.map((e) => e.title)), "EXPLORATIONS_MISSING"),
  ],
  2: (d) => [
    ...when(none(d.mainLines.map((l) => l.text)), "MAIN_LINES_MISSING"),
    ...when(none(d.processAgreements.map((a) => a.text)), "PROCESS_AGREEMENTS_MISSING"),
  ],
  3: (d) => [
    ...when(blank(d.problemStatement), "PROBLEM_STATEMENT_MISSING"),
    ...when(none(d.stakeholders.map((s) => s.name)), "STAKEHOLDERS_MISSING"),
    ...when(none(d.responsibilities.map((r) => r.aspect)), "RESPONSIBILITIES_MISSING"),
  ],
  4: (d) => [
    ...when(blank(d.question), "QUESTION_MISSING"),
    ...when(none(d.actors.map((a) => a.name)), "ACTORS_MISSING"),
  ],
  5: (d) => [
    ...when(d.decision.level === null, "DECISION_LEVEL_MISSING"),
    ...when(d.financial.level === null, "FINANCIAL_LEVEL_MISSING"),
    // An amount only matters when there is financial room.
    ...when(
      d.financial.level !== null && d.financial.level !== "GEEN" && d.financial.amount === null,
      "FINANCIAL_AMOUNT_MISSING",
    ),
    ...when(d.legal.level === null, "LEGAL_LEVEL_MISSING"),
  ],
  6: (d) => [
    ...when(none(d.councilMoments.map((m) => m.description)), "COUNCIL_MOMENTS_MISSING"),
    ...when(none(d.feedbackAgreements.map((a) => a.what)), "FEEDBACK_AGREEMENTS_MISSING"),
    ...when(blank(d.residentsRole), "RESIDENTS_ROLE_MISSING"),
  ],
  7: (d) => [
    ...when(none(d.agendaTopics.map((t) => t.topic)), "AGENDA_TOPICS_MISSING"),
    ...when(none(d.invitees.map((i) => i.name)), "INVITEES_MISSING"),
  ],
  8: (d) => [
    ...when(none(d.targetGroups.map((g) => g.group)), "TARGET_GROUPS_MISSING"),
    ...when(!d.targetGroups.some((g) => g.rarelyHeard && !blank(g.group)), "RARELY_HEARD_GROUP_MISSING"),
    ...when(blank(d.outreachTactics), "OUTREACH_TACTICS_MISSING"),
    ...when(blank(d.motivation) && blank(d.toerusting) && blank(d.selfConfidence), "DIFFERENCES_MISSING"),
  ],
  9: (d) => when(d.evaluationMoments.length === 0, "EVALUATION_MOMENTS_MISSING"),
  10: (d) => when(d.learningLog.length === 0, "LEARNING_LOG_MISSING"),
};

/** What is still missing in a step's data. A step marked NVT misses nothing. */
export function missingItems<N extends StepNumber>(step: N, data: StepDataMap[N], status: StepStatus): MissingCode[] {
  if (status === "NVT") return [];
  return (MISSING_RULES[step] as MissingRule<N>)(data);
}

/**
 * The step to work on next, or null when all ten are done (KLAAR or NVT).
 * Rule: the first step in order that is BEZIG (finish what was started); if none is BEZIG,
 * the first step in order that is OPEN.
 */
export function nextStep(steps: readonly { number: StepNumber; status: StepStatus }[]): StepNumber | null {
  const ordered = [...steps].sort((a, b) => a.number - b.number);
  const started = ordered.find((s) => s.status === "BEZIG");
  if (started) return started.number;
  return ordered.find((s) => !isStepDone(s.status))?.number ?? null;
}

export interface StepProgress {
  number: StepNumber;
  slug: StepSlug;
  messageKey: string;
  status: StepStatus;
  done: boolean;
  missing: MissingCode[];
  warningCount: number;
}

export interface SessionProgress {
  steps: StepProgress[];
  /** Steps that are KLAAR or NVT: "{done} van {total} klaar". */
  done: number;
  total: number;
  nextStep: StepNumber | null;
  warnings: PreparationWarning[];
}

export function sessionProgress(input: SessionCheckInput): SessionProgress {
  const warnings = checkSession(input);
  const steps = STEPS.map((def): StepProgress => {
    const { status, data } = input.steps[def.number];
    return {
      number: def.number,
      slug: def.slug,
      messageKey: def.messageKey,
      status,
      done: isStepDone(status),
      missing: missingItems(def.number, data, status),
      warningCount: warnings.filter((w) => w.step === def.number).length,
    };
  });
  return {
    steps,
    done: steps.filter((s) => s.done).length,
    total: steps.length,
    nextStep: nextStep(steps),
    warnings,
  };
}
