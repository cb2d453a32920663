import { RUNGS } from "./rungs";
import { DIRECTIONS, EXPLORATION_METHODS, INVITATION_STATUSES, ROOM_LEVELS } from "./schemas";
import type { StepNumber } from "./steps";

/**
 * How each step's fields appear in its form. One generic form renders every
 * step from this; input names are the data paths ("explorations.0.date"), so a
 * validation error's path points at its input.
 */
export type FieldKind = "text" | "textarea" | "select" | "radio" | "checkbox" | "date" | "number" | "amount";

export type FieldSpec = {
  name: string;
  kind: FieldKind;
  options?: readonly string[];
  /** Message key (in "preparation") under which option labels live, e.g. "levels". */
  optionsKey?: string;
  /** Empty means null (a choice not yet made, an unknown amount). */
  nullable?: boolean;
};
export type ListSpec = { name: string; kind: "list"; itemKey: string; fields: FieldSpec[] };
export type GroupSpec = { name: string; kind: "group"; fields: FieldSpec[] };
export type Spec = FieldSpec | ListSpec | GroupSpec;

/**
 * Where a spec's label lives in the "preparation" messages: `path` is its name, or
 * "itemKey.name" for a field of a list's row (`steps.proces.fields.exploration.title`).
 * The step form's components translate labels through this, and the step page ships
 * each step's `fields` (lib/preparation/form-messages.ts).
 */
export function labelKey(messageKey: string, path: string): string {
  return `${messageKey}.fields.${path}`;
}

/** The keys (in "preparation") of one option's texts: its label, and for a council rung its explanation. */
export function optionKeys(field: FieldSpec, option: string): { label: string; explanation?: string } {
  if (field.optionsKey === "rungs") return { label: `rungs.${option}.name`, explanation: `rungs.${option}.explanation` };
  return { label: `${field.optionsKey}.${option}` };
}

const level: FieldSpec = { name: "level", kind: "radio", options: ROOM_LEVELS, optionsKey: "levels", nullable: true };
const explanation: FieldSpec = { name: "explanation", kind: "textarea" };

export const STEP_FORMS: Record<StepNumber, Spec[]> = {
  1: [
    { name: "direction", kind: "radio", options: DIRECTIONS, optionsKey: "options.direction", nullable: true },
    {
      name: "explorations",
      kind: "list",
      itemKey: "exploration",
      fields: [
        { name: "title", kind: "text" },
        { name: "raadsleden", kind: "text" },
        { name: "groups", kind: "textarea" },
        { name: "method", kind: "select", options: EXPLORATION_METHODS, optionsKey: "options.method" },
        { name: "date", kind: "date" },
        { name: "findings", kind: "textarea" },
      ],
    },
  ],
  2: [
    { name: "mainLines", kind: "list", itemKey: "mainLine", fields: [{ name: "text", kind: "textarea" }] },
    {
      name: "processAgreements",
      kind: "list",
      itemKey: "processAgreement",
      fields: [
        { name: "text", kind: "textarea" },
        { name: "partner", kind: "text" },
      ],
    },
  ],
  3: [
    { name: "problemStatement", kind: "textarea" },
    { name: "problemDefinedWithStakeholders", kind: "checkbox" },
    {
      name: "stakeholders",
      kind: "list",
      itemKey: "stakeholder",
      fields: [
        { name: "name", kind: "text" },
        { name: "coDefinesProblem", kind: "checkbox" },
      ],
    },
    {
      name: "responsibilities",
      kind: "list",
      itemKey: "responsibility",
      fields: [
        { name: "aspect", kind: "text" },
        { name: "responsible", kind: "text" },
      ],
    },
    { name: "proposedSolution", kind: "textarea" },
  ],
  4: [
    { name: "question", kind: "textarea" },
    { name: "actors", kind: "list", itemKey: "actor", fields: [{ name: "name", kind: "text" }] },
    { name: "intendedCouncilRung", kind: "radio", options: RUNGS, optionsKey: "rungs", nullable: true },
    { name: "othersView", kind: "textarea" },
    { name: "notes", kind: "textarea" },
  ],
  5: [
    { name: "decision", kind: "group", fields: [level, explanation] },
    { name: "financial", kind: "group", fields: [level, { name: "amount", kind: "amount", nullable: true }, explanation] },
    { name: "legal", kind: "group", fields: [level, explanation] },
  ],
  6: [
    { name: "cooperation", kind: "textarea" },
    {
      name: "councilMoments",
      kind: "list",
      itemKey: "councilMoment",
      fields: [
        { name: "date", kind: "date" },
        { name: "description", kind: "textarea" },
      ],
    },
    {
      name: "feedbackAgreements",
      kind: "list",
      itemKey: "feedbackAgreement",
      fields: [
        { name: "what", kind: "textarea" },
        { name: "when", kind: "text" },
        { name: "how", kind: "text" },
      ],
    },
    { name: "residentsRole", kind: "textarea" },
  ],
  7: [
    {
      name: "agendaTopics",
      kind: "list",
      itemKey: "agendaTopic",
      fields: [
        { name: "topic", kind: "textarea" },
        { name: "notFormallyInCharge", kind: "checkbox" },
      ],
    },
    {
      name: "invitees",
      kind: "list",
      itemKey: "invitee",
      fields: [
        { name: "name", kind: "text" },
        { name: "organisation", kind: "text" },
        { name: "function", kind: "text" },
        { name: "invitationStatus", kind: "select", options: INVITATION_STATUSES, optionsKey: "options.invitationStatus" },
      ],
    },
  ],
  8: [
    {
      name: "targetGroups",
      kind: "list",
      itemKey: "targetGroup",
      fields: [
        { name: "group", kind: "text" },
        { name: "rarelyHeard", kind: "checkbox" },
      ],
    },
    { name: "outreachTactics", kind: "textarea" },
    { name: "motivation", kind: "textarea" },
    { name: "toerusting", kind: "textarea" },
    { name: "selfConfidence", kind: "textarea" },
    {
      name: "participants",
      kind: "list",
      itemKey: "participant",
      fields: [
        { name: "group", kind: "text" },
        { name: "count", kind: "number" },
        { name: "usualSuspect", kind: "checkbox" },
      ],
    },
  ],
  9: [
    {
      name: "evaluationMoments",
      kind: "list",
      itemKey: "evaluationMoment",
      fields: [
        { name: "date", kind: "date" },
        { name: "subject", kind: "textarea" },
        { name: "participants", kind: "text" },
        { name: "coversRoles", kind: "checkbox" },
        { name: "outcome", kind: "textarea" },
        { name: "adjustments", kind: "textarea" },
      ],
    },
  ],
  10: [
    {
      name: "learningLog",
      kind: "list",
      itemKey: "learningLogEntry",
      fields: [
        { name: "date", kind: "date" },
        { name: "worked", kind: "textarea" },
        { name: "didNotWork", kind: "textarea" },
        { name: "risksAccepted", kind: "textarea" },
        { name: "adjustments", kind: "textarea" },
      ],
    },
  ],
};
