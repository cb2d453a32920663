import { councilSessionSchema } from "@/lib/validation/council-sessions";
import { idSchema } from "@/lib/validation/ids";
import { msg } from "@/lib/validation/message";
import { z } from "@/lib/validation/zod";
import { SESSION_PARTS } from "@/lib/templates/parts";

const parts = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.enum(SESSION_PARTS, { error: msg("templates.unknownPart") })).max(SESSION_PARTS.length),
);

const templateName = z.string().trim().min(3, msg("templates.nameTooShort")).max(100, msg("templates.nameTooLong"));
const templateDescription = z.string().trim().max(500, msg("templates.descriptionTooLong")).default("");

/** "Opslaan als sjabloon": a name, an optional description, and the parts to keep. */
export const saveTemplateSchema = z.object({
  name: templateName,
  description: templateDescription,
  parts: parts.refine((p) => p.length > 0, msg("templates.choosePart")),
});

/** An own template's name and description, changed on the templates page. */
export const editTemplateSchema = z.object({ name: templateName, description: templateDescription });

/** Deleting an own template asks first (a checkbox, so it works without JavaScript). */
export const deleteTemplateSchema = z.object({ confirm: z.literal("yes", { error: msg("templates.confirmDelete") }) });

/** A new session from a template (`templateId`) or as a copy of an earlier one (`sourceId` and the parts to copy). */
export const startFromTemplateSchema = councilSessionSchema.and(z.object({ templateId: z.string().min(1, msg("templates.chooseTemplate")).max(64).regex(/^[A-Za-z0-9_-]+$/, msg("templates.chooseTemplate")) }));
export const startAsCopySchema = councilSessionSchema.and(z.object({ sourceId: idSchema.or(z.literal("").transform(() => "")).refine((v) => v !== "", msg("templates.chooseSession")), parts }));
