import { versionSchema } from "@/lib/validation/version";
import { z } from "@/lib/validation/zod";

export const AGENDA_PHASES = ["BEELDVORMING", "MENINGVORMING", "BESLUITVORMING"] as const;

export const agendaItemSchema = z.object({
  title: z.string().trim().min(2, "Vul een titel in.").max(200, "De titel mag hoogstens 200 tekens hebben."),
  phase: z.enum(AGENDA_PHASES, { error: "Kies een fase." }),
  workMethod: z.string().trim().max(200, "De werkvorm mag hoogstens 200 tekens hebben.").default(""),
  goal: z.string().trim().max(1000, "Het doel mag hoogstens 1000 tekens hebben.").default(""),
  durationMinutes: z.coerce
    .number({ error: "Vul de duur in minuten in." })
    .int("Vul een heel aantal minuten in.")
    .min(1, "De duur is minstens 1 minuut.")
    .max(600, "De duur is hoogstens 600 minuten."),
});

export const updateAgendaItemSchema = agendaItemSchema.extend({ itemId: z.string().min(1), version: versionSchema });
export const agendaItemRefSchema = z.object({ itemId: z.string().min(1) });
export const moveAgendaItemSchema = z.object({ itemId: z.string().min(1), direction: z.enum(["up", "down"]) });

export type AgendaItemInput = z.infer<typeof agendaItemSchema>;
