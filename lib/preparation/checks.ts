import type { Rung } from "@/lib/preparation/rungs";
import type { RoomLevel, StepData, StepDataMap } from "@/lib/preparation/schemas";
import { looksLikeSmartTarget } from "@/lib/preparation/smart";
import { solutionInProblem } from "@/lib/preparation/solution";
import { STEP_NUMBERS, type StepNumber, type StepStatus } from "@/lib/preparation/steps";

/**
 * Pure checks on the ten preparation steps. They return codes and params, never text:
 * the text lives in messages/preparation.*.json under "warnings.<code>".
 */

export const WARNING_CODES = [
  "SOLUTION_BEFORE_PROBLEM",
  "SOLUTION_IN_PROBLEM",
  "PROGRAMME_TOO_LONG",
  "PROGRAMME_SMART",
  "PSEUDO_PARTICIPATION",
  "ROOM_UNKNOWN",
  "NO_FEEDBACK_AGREEMENT",
  "NO_EVALUATION_MOMENT",
  "EVALUATION_WITHOUT_OUTCOME",
  "NO_ROLE_EVALUATION",
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export interface PreparationWarning {
  code: WarningCode;
  step: StepNumber;
  severity: "warning" | "info";
  params?: Record<string, string | number>;
}

/**
 * A programme with more main lines than this is no longer "short". Beraad's own rule of
 * thumb, not the Rob's: suggestion 2 of the 2014 brochure asks for main lines but names
 * no number, and the warning says so.
 */
export const MAX_MAIN_LINES = 7;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isBlank = (value: string) => value.trim() === "";

/** Step 3: a solution is recorded before the problem is defined together with stakeholders. */
export function checkSolutionBeforeProblem(data: StepData<3>): PreparationWarning[] {
  if (isBlank(data.proposedSolution)) return [];
  const problemDefinedTogether =
    !isBlank(data.problemStatement) &&
    data.problemDefinedWithStakeholders &&
    data.stakeholders.some((s) => s.coDefinesProblem);
  return problemDefinedTogether
    ? []
    : [{ code: "SOLUTION_BEFORE_PROBLEM", step: 3, severity: "warning" }];
}

/**
 * Step 3: the problem statement itself is written as a solution ("we moeten een
 * jongerencentrum bouwen"). Independent of the solution field: a solution in the
 * problem field closes the question just as much.
 */
export function checkSolutionInProblem(data: StepData<3>): PreparationWarning[] {
  const excerpt = solutionInProblem(data.problemStatement);
  return excerpt ? [{ code: "SOLUTION_IN_PROBLEM", step: 3, severity: "warning", params: { excerpt } }] : [];
}

function filledMainLines(data: StepData<2>) {
  return data.mainLines.filter((line) => !isBlank(line.text));
}

/** Step 2: more than MAX_MAIN_LINES non-blank main lines. */
export function checkProgrammeLength(data: StepData<2>): PreparationWarning[] {
  const count = filledMainLines(data).length;
  return count > MAX_MAIN_LINES
    ? [{ code: "PROGRAMME_TOO_LONG", step: 2, severity: "warning", params: { count, max: MAX_MAIN_LINES } }]
    : [];
}

/** Step 2: one info per main line that reads like a SMART target; `index` is 1-based. */
export function checkProgrammeSmart(data: StepData<2>): PreparationWarning[] {
  return data.mainLines.flatMap((line, i) =>
    looksLikeSmartTarget(line.text)
      ? [{
          code: "PROGRAMME_SMART" as const,
          step: 2 as const,
          severity: "info" as const,
          params: { line: line.text.trim(), index: i + 1, id: line.id },
        }]
      : [],
  );
}

/** How much room one dimension of step 5 offers: a level above GEEN, none (GEEN), or not said (null). */
export type RoomState = "RUIMTE" | "GEEN" | "ONBEKEND";
export const roomState = (level: RoomLevel | null): RoomState => (level === null ? "ONBEKEND" : level === "GEEN" ? "GEEN" : "RUIMTE");

/** Why the session counts as asking others for input (the first reason that applies). */
export type InputAskedBy = "RUNG" | "GUESTS" | "INVITEES" | "TARGET_GROUPS" | "STAKEHOLDERS" | "EXPLORATIONS";

export interface PseudoParticipationInput {
  room: { decision: RoomLevel | null; financial: RoomLevel | null; legal: RoomLevel | null };
  /** The council's rung: step 4's intended rung, or the worksheet results' most chosen rung. */
  councilRung: Rung | null;
  source: "intended" | "results";
  /** Why others are asked for input, or null when nobody is (see `inputAskedBy`). */
  askedBy: InputAskedBy | null;
}

/**
 * Every rung but reguleren brings others in (regisseren brings parties together, stimuleren,
 * faciliteren and loslaten build on what others do). Reguleren can still ask for input — a
 * consultation on a rule — which the other signals of the preparation catch.
 */
export const rungInvitesOthers = (rung: Rung) => rung !== "REGULEREN";

const named = (values: string[]) => values.some((v) => !isBlank(v));

/** Whether the preparation asks others for input, and by what. Pure on the steps' data. */
export function inputAskedBy(steps: SessionStepsInput, councilRung: Rung | null, guestsAllowed: boolean): InputAskedBy | null {
  if (councilRung !== null && rungInvitesOthers(councilRung)) return "RUNG";
  if (guestsAllowed) return "GUESTS";
  const active = <N extends StepNumber>(n: N) => steps[n].status !== "NVT";
  if (active(7) && named(steps[7].data.invitees.map((i) => i.name))) return "INVITEES";
  if (active(8) && named(steps[8].data.targetGroups.map((g) => g.group))) return "TARGET_GROUPS";
  if (active(3) && steps[3].data.stakeholders.some((s) => s.coDefinesProblem && !isBlank(s.name))) return "STAKEHOLDERS";
  if (active(1) && steps[1].data.direction === "BUITEN_NAAR_BINNEN" && named(steps[1].data.explorations.map((e) => e.title))) return "EXPLORATIONS";
  return null;
}

/**
 * Step 5, on every rung (Rob 2014, suggestion 5: be clear about the decision, financial and
 * legal room; no pseudo-participation). When others are asked for input:
 * - no dimension offers any room (each is none or not said): PSEUDO_PARTICIPATION — people
 *   talk without influence, whatever the rung;
 * - a dimension is not said while another offers room: ROOM_UNKNOWN per dimension — say it
 *   before asking, so nobody expects what is not there.
 * Little room said honestly is no warning: the Rob accepts limited room for good reasons.
 */
export function checkPseudoParticipation(input: PseudoParticipationInput): PreparationWarning[] {
  const { room, councilRung, source, askedBy } = input;
  if (askedBy === null) return [];
  const states = { decision: roomState(room.decision), financial: roomState(room.financial), legal: roomState(room.legal) };
  const dimensions = ["decision", "financial", "legal"] as const;
  if (dimensions.every((d) => states[d] !== "RUIMTE")) {
    return [{
      code: "PSEUDO_PARTICIPATION",
      step: 5,
      severity: "warning",
      params: { askedBy, rung: councilRung ?? "NONE", source, ...states },
    }];
  }
  return dimensions
    .filter((d) => states[d] === "ONBEKEND")
    .map((dimension) => ({ code: "ROOM_UNKNOWN" as const, step: 5 as const, severity: "warning" as const, params: { dimension } }));
}

/** Step 6: no feedback agreement with any content. NVT suppresses it. */
export function checkFeedbackAgreement(data: StepData<6>, status: StepStatus): PreparationWarning[] {
  if (status === "NVT") return [];
  const hasAgreement = data.feedbackAgreements.some(
    (a) => !isBlank(a.what) || !isBlank(a.when) || !isBlank(a.how),
  );
  return hasAgreement ? [] : [{ code: "NO_FEEDBACK_AGREEMENT", step: 6, severity: "warning" }];
}

/**
 * Step 9: no evaluation moment at all; and one warning per moment dated before `today`
 * (ISO "YYYY-MM-DD", supplied by the caller) that has no outcome. A moment dated today is
 * not overdue yet. NVT suppresses both.
 */
export function checkEvaluationMoments(
  data: StepData<9>,
  status: StepStatus,
  today: string,
): PreparationWarning[] {
  if (!ISO_DATE.test(today)) throw new Error(`today must be an ISO date (YYYY-MM-DD), got "${today}"`);
  if (status === "NVT") return [];
  if (data.evaluationMoments.length === 0) {
    return [{ code: "NO_EVALUATION_MOMENT", step: 9, severity: "warning" }];
  }
  const roles: PreparationWarning[] = data.evaluationMoments.some((m) => m.coversRoles)
    ? []
    : [{ code: "NO_ROLE_EVALUATION", step: 9, severity: "warning" }];
  const overdue: PreparationWarning[] = data.evaluationMoments
    .filter((m) => m.date < today && isBlank(m.outcome))
    .map((m) => ({
      code: "EVALUATION_WITHOUT_OUTCOME" as const,
      step: 9 as const,
      severity: "warning" as const,
      params: { date: m.date, id: m.id, subject: m.subject.trim() },
    }));
  return [...overdue, ...roles];
}

export interface SessionStepInput<N extends StepNumber> {
  status: StepStatus;
  data: StepDataMap[N];
}
export type SessionStepsInput = { [N in StepNumber]: SessionStepInput<N> };

export interface SessionCheckInput {
  steps: SessionStepsInput;
  /** ISO date "YYYY-MM-DD" of today in the gemeente's time zone. */
  today: string;
  /** Most chosen rung for the council in the released role-choice results, if any. */
  resultsCouncilRung?: Rung | null;
  /** Guests may join the session (the "Gasten" setting): input is asked of society. */
  guestsAllowed?: boolean;
}

/**
 * Runs every check. A step marked NVT never produces warnings. For pseudo-participation the
 * worksheet results take precedence over the intended rung of step 4 (ignored when step 4 is NVT).
 * Warnings are ordered by step.
 */
export function checkSession(input: SessionCheckInput): PreparationWarning[] {
  const { steps, today } = input;
  const resultsRung = input.resultsCouncilRung ?? null;
  const intendedRung = steps[4].status === "NVT" ? null : steps[4].data.intendedCouncilRung;
  const warnings = [
    ...checkProgrammeLength(steps[2].data),
    ...checkProgrammeSmart(steps[2].data),
    ...checkSolutionBeforeProblem(steps[3].data),
    ...checkSolutionInProblem(steps[3].data),
    ...checkPseudoParticipation({
      room: { decision: steps[5].data.decision.level, financial: steps[5].data.financial.level, legal: steps[5].data.legal.level },
      councilRung: resultsRung ?? intendedRung,
      source: resultsRung ? "results" : "intended",
      askedBy: inputAskedBy(steps, resultsRung ?? intendedRung, input.guestsAllowed ?? false),
    }),
    ...checkFeedbackAgreement(steps[6].data, steps[6].status),
    ...checkEvaluationMoments(steps[9].data, steps[9].status, today),
  ];
  const notApplicable = new Set(STEP_NUMBERS.filter((n) => steps[n].status === "NVT"));
  return warnings.filter((w) => !notApplicable.has(w.step)).sort((a, b) => a.step - b.step);
}
