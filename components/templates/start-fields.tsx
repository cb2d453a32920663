"use client";

import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/field";

export type StartFrom =
  | { mode: "template"; templates: { id: string; name: string }[] }
  | { mode: "copy"; sources: { id: string; label: string }[]; parts: readonly string[] };

/** What a new session starts from, above the session's own fields: a template, or an earlier session and the parts to copy. */
export function StartFields({ start, echoed, errors }: { start: StartFrom; echoed?: Record<string, string>; errors: Record<string, string[]> }) {
  const t = useTranslations("templates");
  if (start.mode === "template") {
    return (
      <SelectField
        name="templateId"
        label={t("template")}
        required
        options={start.templates.map((x) => ({ value: x.id, label: x.name }))}
        defaultValue={echoed?.templateId ?? start.templates[0]?.id}
        errors={errors.templateId}
      />
    );
  }
  const chosen = echoed ? (echoed.parts ?? "").split(",") : start.parts.filter((p) => p !== "CARDS");
  return (
    <>
      <SelectField name="sourceId" label={t("source")} required empty={t("chooseSource")} options={start.sources.map((s) => ({ value: s.id, label: s.label }))} defaultValue={echoed?.sourceId ?? ""} errors={errors.sourceId} />
      <fieldset className="rounded-md border border-line p-4" aria-describedby="kopie-nooit">
        <legend className="px-1 font-medium">{t("partsToCopy")}</legend>
        {start.parts.map((part) => (
          <label key={part} className="flex min-h-11 items-center gap-3">
            <input type="checkbox" name="parts" value={part} defaultChecked={chosen.includes(part)} className="h-5 w-5" />
            {t(`parts.${part}`)}
          </label>
        ))}
        <p id="kopie-nooit" className="mt-2 text-sm text-muted">
          {t("neverCopied")}
        </p>
        {errors.parts && <p className="text-sm font-medium text-danger">{errors.parts.join(" ")}</p>}
      </fieldset>
    </>
  );
}
