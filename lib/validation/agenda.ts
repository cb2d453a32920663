import { versionSchema } from "@/lib/validation/version";
import { msg } from "@/lib/validation/message";
import { z } from "@/lib/validation/zod";
import { risUrlSchema } from "@/lib/validation/ris";

export const AGENDA_PHASES = ["BEELDVORMING", "OORDEELSVORMING", "BESLUITVORMING"] as const;

export const agendaItemSchema = z.object({
  title: z.string().trim().min(2, msg("agenda.titleRequired")).max(200, msg("agenda.titleTooLong")),
  phase: z.enum(AGENDA_PHASES, { error: msg("agenda.choosePhase") }),
  workMethod: z.string().trim().max(200, msg("agenda.workMethodTooLong")).default(""),
  goal: z.string().trim().max(1000, msg("agenda.goalTooLong")).default(""),
  durationMinutes: z.coerce
    .number({ error: msg("agenda.durationRequired") })
    .int(msg("agenda.durationWhole"))
    .min(1, msg("agenda.durationMin"))
    .max(600, msg("agenda.durationMax")),
  /** Link to the agenda item in the council's information system; "" = none. */
  risUrl: risUrlSchema,
});

export const updateAgendaItemSchema = agendaItemSchema.extend({ itemId: z.string().min(1), version: versionSchema });
export const agendaItemRefSchema = z.object({ itemId: z.string().min(1) });
export const moveAgendaItemSchema = z.object({ itemId: z.string().min(1), direction: z.enum(["up", "down"]) });

export type AgendaItemInput = z.infer<typeof agendaItemSchema>;
