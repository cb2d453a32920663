import { SessionStatus } from "@/lib/generated/prisma/enums";
import { versionSchema } from "@/lib/validation/version";
import { z } from "@/lib/validation/zod";

const ids = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string().min(1).max(64)).max(200),
);

/** The session's own fields. Date and time come from separate inputs (Europe/Amsterdam). */
export const councilSessionSchema = z.object({
  title: z.string({ error: "Vul een titel in." }).trim().min(3, "Vul een titel in van minstens 3 tekens.").max(200, "De titel mag hoogstens 200 tekens hebben."),
  theme: z.string().trim().min(2, "Vul een thema in, bijvoorbeeld jeugdzorg.").max(100, "Het thema mag hoogstens 100 tekens hebben."),
  date: z.iso.date({ error: "Vul een geldige datum in." }),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Vul een tijd in als uu:mm, bijvoorbeeld 19:30."),
  location: z.string().trim().max(200, "De locatie mag hoogstens 200 tekens hebben.").default(""),
  description: z.string().trim().max(4000, "De beschrijving mag hoogstens 4000 tekens hebben.").default(""),
  facilitatorIds: ids,
  inviteeIds: ids,
});

export const updateCouncilSessionSchema = councilSessionSchema.extend({
  sessionId: z.string().min(1),
  version: versionSchema,
});

export const transitionSchema = z.object({
  sessionId: z.string().min(1),
  to: z.enum(SessionStatus, { error: "Onbekende status." }),
});

export const archiveSchema = z.object({
  sessionId: z.string().min(1),
  archived: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export type CouncilSessionInput = z.infer<typeof councilSessionSchema>;

export const sharingSchema = z.object({
  sessionId: z.string().min(1),
  parts: z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.enum(["ROOM_FOR_INPUT", "PROGRAMME", "EVALUATION"], { error: "Onbekend onderdeel." })).max(3),
  ),
});
