import { SessionStatus } from "@/lib/generated/prisma/enums";
import { versionSchema } from "@/lib/validation/version";
import { msg } from "@/lib/validation/message";
import { z } from "@/lib/validation/zod";

const ids = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string().min(1).max(64)).max(200),
);

/** The session's own fields. Date and time come from separate inputs (Europe/Amsterdam). */
const sessionFieldsSchema = z.object({
  title: z.string({ error: msg("sessions.titleRequired") }).trim().min(3, msg("sessions.titleTooShort")).max(200, msg("sessions.titleTooLong")),
  theme: z.string().trim().min(2, msg("sessions.themeRequired")).max(100, msg("sessions.themeTooLong")),
  date: z.iso.date({ error: msg("field.date") }),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, msg("sessions.time")),
  /** Optional; on the same day as the start, after it. */
  endTime: z.union([z.literal(""), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, msg("sessions.time"))]).default(""),
  location: z.string().trim().max(200, msg("sessions.locationTooLong")).default(""),
  description: z.string().trim().max(4000, msg("sessions.descriptionTooLong")).default(""),
  facilitatorIds: ids,
  inviteeIds: ids,
});

const endsAfterStart = (s: { time: string; endTime: string }) => s.endTime === "" || s.endTime > s.time;
const endsAfterStartIssue = { error: msg("sessions.endBeforeStart"), path: ["endTime"] };

/** The session's own fields, with the end (when given) after the start. */
export const councilSessionSchema = sessionFieldsSchema.refine(endsAfterStart, endsAfterStartIssue);

export const updateCouncilSessionSchema = sessionFieldsSchema
  .extend({
    sessionId: z.string().min(1),
    version: versionSchema,
  })
  .refine(endsAfterStart, endsAfterStartIssue);

export const transitionSchema = z.object({
  sessionId: z.string().min(1),
  to: z.enum(SessionStatus, { error: msg("sessions.unknownStatus") }),
});

export const archiveSchema = z.object({
  sessionId: z.string().min(1),
  archived: z.enum(["true", "false"]).transform((v) => v === "true"),
});

/** What creating or editing a session takes; the end time may be left out (no end). */
export type CouncilSessionInput = Omit<z.infer<typeof councilSessionSchema>, "endTime"> & { endTime?: string };

export const sharingSchema = z.object({
  sessionId: z.string().min(1),
  parts: z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.enum(["ROOM_FOR_INPUT", "PROGRAMME", "EVALUATION"], { error: msg("sessions.unknownPart") })).max(3),
  ),
});
