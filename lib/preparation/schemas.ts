import { msg } from "@/lib/validation/message";
import { z } from "@/lib/validation/zod";
import { RUNGS } from "@/lib/preparation/rungs";
import { STEP_STATUSES, type StepNumber } from "@/lib/preparation/steps";
import {
  choice,
  itemId,
  list,
  longText,
  optionalDate,
  requiredDate,
  shortText,
  stepObject,
  text,
  yesNo,
} from "@/lib/preparation/schema-parts";

/**
 * One zod schema per preparation step. A step's data is stored as JSON in one column.
 * Every field has a default, so `{}` (or old JSON missing newer fields) parses to a
 * complete object; text may be empty so half-filled forms can be autosaved.
 */

export const DIRECTIONS = ["BINNEN_NAAR_BUITEN", "BUITEN_NAAR_BINNEN"] as const;
export const EXPLORATION_METHODS = ["GESPREK", "WERKBEZOEK", "ENQUETE", "RONDETAFEL", "ANDERS"] as const;
export const ROOM_LEVELS = ["GEEN", "BEPERKT", "RUIM", "VOLLEDIG"] as const;
export const INVITATION_STATUSES = ["NOG_NIET", "UITGENODIGD", "TOEGEZEGD", "AFGEZEGD"] as const;
export type Direction = (typeof DIRECTIONS)[number];
export type ExplorationMethod = (typeof EXPLORATION_METHODS)[number];
export type RoomLevel = (typeof ROOM_LEVELS)[number];
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const MAX_AMOUNT = 1_000_000_000_000;

export const step1Schema = stepObject({
  direction: choice(DIRECTIONS).nullable().default(null),
  explorations: list(
    z.object({
      id: itemId,
      title: shortText(),
      raadsleden: longText(),
      groups: longText(),
      method: choice(EXPLORATION_METHODS).default("GESPREK"),
      date: optionalDate(),
      findings: longText(),
    }),
  ),
});

export const step2Schema = stepObject({
  mainLines: list(z.object({ id: itemId, text: longText() })),
  processAgreements: list(z.object({ id: itemId, text: longText(), partner: shortText() })),
});

export const step3Schema = stepObject({
  problemStatement: longText(),
  problemDefinedWithStakeholders: yesNo(),
  stakeholders: list(z.object({ id: itemId, name: shortText(), coDefinesProblem: yesNo() })),
  responsibilities: list(z.object({ id: itemId, aspect: shortText(), responsible: shortText() })),
  proposedSolution: longText(),
});

const DEFAULT_ACTORS = [
  { id: "gemeenteraad", name: "Gemeenteraad" },
  { id: "college", name: "College" },
  { id: "ambtelijke-organisatie", name: "Ambtelijke organisatie" },
];

export const step4Schema = stepObject({
  question: longText(),
  actors: list(z.object({ id: itemId, name: shortText() })).default(() =>
    DEFAULT_ACTORS.map((a) => ({ ...a })),
  ),
  intendedCouncilRung: choice(RUNGS).nullable().default(null),
  /** How residents and partners see the council's role (Rob 2014, suggestion 4: discuss it with others). */
  othersView: longText(),
  notes: longText(),
});

const roomDimension = {
  level: choice(ROOM_LEVELS).nullable().default(null),
  explanation: longText(),
};

const amount = z
  .number({ error: msg("steps.amount") })
  .min(0, { error: msg("steps.amountNegative") })
  .max(MAX_AMOUNT, { error: msg("steps.amountTooHigh") })
  .nullable()
  .default(null);

export const step5Schema = stepObject({
  decision: z.object(roomDimension).prefault({}),
  financial: z.object({ ...roomDimension, amount }).prefault({}),
  legal: z.object(roomDimension).prefault({}),
});

export const step6Schema = stepObject({
  cooperation: longText(),
  councilMoments: list(z.object({ id: itemId, date: optionalDate(), description: longText() })),
  feedbackAgreements: list(
    z.object({ id: itemId, what: longText(), when: shortText(), how: shortText() }),
  ),
  residentsRole: longText(),
});

export const step7Schema = stepObject({
  agendaTopics: list(z.object({ id: itemId, topic: longText(), notFormallyInCharge: yesNo() })),
  invitees: list(
    z.object({
      id: itemId,
      name: shortText(),
      organisation: shortText(),
      function: shortText(),
      invitationStatus: choice(INVITATION_STATUSES).default("NOG_NIET"),
    }),
  ),
});

export const step8Schema = stepObject({
  targetGroups: list(z.object({ id: itemId, group: shortText(), rarelyHeard: yesNo() })),
  outreachTactics: longText(),
  /** How those who take part differ (Rob 2014, suggestion 8): motivation, toerusting, (self-)confidence. */
  motivation: longText(),
  toerusting: longText(),
  selfConfidence: longText(),
  participants: list(
    z.object({
      id: itemId,
      group: shortText(),
      count: z
        .number({ error: msg("steps.count") })
        .int({ error: msg("steps.countWhole") })
        .min(0, { error: msg("steps.countNegative") })
        .max(1_000_000, { error: msg("steps.countTooHigh") })
        .default(0),
      usualSuspect: yesNo(),
    }),
  ),
});

export const step9Schema = stepObject({
  evaluationMoments: list(
    z.object({
      id: itemId,
      date: requiredDate,
      subject: longText(),
      participants: longText(),
      /** This moment looks back at the division of roles (Rob 2014, suggestion 9). */
      coversRoles: yesNo(),
      outcome: longText(),
      adjustments: longText(),
    }),
  ),
});

export const step10Schema = stepObject({
  learningLog: list(
    z.object({
      id: itemId,
      date: optionalDate(),
      worked: longText(),
      didNotWork: longText(),
      risksAccepted: longText(),
      adjustments: longText(),
    }),
  ),
});

export const STEP_SCHEMAS = {
  1: step1Schema,
  2: step2Schema,
  3: step3Schema,
  4: step4Schema,
  5: step5Schema,
  6: step6Schema,
  7: step7Schema,
  8: step8Schema,
  9: step9Schema,
  10: step10Schema,
} as const;

export type StepDataMap = { [N in StepNumber]: z.output<(typeof STEP_SCHEMAS)[N]> };
export type StepData<N extends StepNumber> = StepDataMap[N];

/** Status of a step; NVT (not applicable) needs a reason. */
export const stepStateSchema = z
  .object({
    status: z.enum(STEP_STATUSES, { error: msg("steps.status") }),
    nvtReason: text(500),
  })
  .refine((s) => s.status !== "NVT" || s.nvtReason.trim() !== "", {
    error: msg("steps.nvtReason"),
    path: ["nvtReason"],
  });
export type StepState = z.output<typeof stepStateSchema>;

export type ParseStepResult<T> = { success: true; data: T } | { success: false; error: z.ZodError };

/**
 * The step data objects this module parsed: a save that receives one of them
 * (the step form's action parsed it to show field errors) does not parse it a
 * second time. Held weakly, so they go with the request.
 */
const parsedHere = new WeakSet<object>();

export function parseStepData<N extends StepNumber>(step: N, input: unknown): ParseStepResult<StepData<N>> {
  if (typeof input === "object" && input !== null && parsedHere.has(input)) return { success: true, data: input as StepData<N> };
  const schema = STEP_SCHEMAS[step] as unknown as z.ZodType<StepData<N>>;
  const result = schema.safeParse(input);
  if (!result.success) return { success: false, error: result.error };
  if (typeof result.data === "object" && result.data !== null) parsedHere.add(result.data);
  return { success: true, data: result.data };
}

export function emptyStepData<N extends StepNumber>(step: N): StepData<N> {
  return (STEP_SCHEMAS[step] as unknown as z.ZodType<StepData<N>>).parse({});
}
