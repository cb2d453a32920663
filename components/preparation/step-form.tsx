"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { useAutosave } from "@/components/forms/use-autosave";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { Notice } from "@/components/ui/notice";
import type { FormAction } from "@/lib/forms/state";
import type { StepFormResult } from "@/lib/preparation/save-step";
import { formToStepData } from "@/lib/preparation/form-data";
import { labelKey, type Spec } from "@/lib/preparation/form-spec";
import { STEP_STATUSES, type StepStatus } from "@/lib/preparation/steps";
import { StepDataSummary } from "./step-data-summary";
import { StepField, StepGroup, StepList } from "./step-fields";

type Data = Record<string, unknown>;

let spareCounter = 0;
const spareId = () => `spare-${++spareCounter}`;

function initialRows(specs: Spec[], data: Data): Record<string, string[]> {
  const rows: Record<string, string[]> = {};
  for (const spec of specs) {
    if (spec.kind !== "list") continue;
    const items = (data[spec.name] as { id: string }[] | undefined) ?? [];
    rows[spec.name] = [...items.map((i) => i.id), spareId()];
  }
  return rows;
}

/**
 * The editor of one preparation step, generated from its spec. It autosaves a
 * moment after typing stops (components/forms/use-autosave.ts: kept on the device
 * until the server has it, sent again after a dropped connection), and also saves
 * with a plain submit (no JavaScript needed). A save that meets someone else's newer version is refused by the
 * server; the form then keeps the user's input, shows the other version, and
 * pauses autosave until the user saves on purpose.
 */
export function StepForm({ action, specs, messageKey, data, status, nvtReason, version, readOnly, storageKey }: {
  action: FormAction<StepFormResult>;
  /** Where unsent input is kept on the device (per session and step). */
  storageKey: string;
  specs: Spec[];
  messageKey: string;
  data: Data;
  status: StepStatus;
  nvtReason: string;
  version: number;
  readOnly: boolean;
}) {
  const t = useTranslations("preparation");
  const ts = useTranslations("steps");
  const format = useFormatter();
  const [paused, setPaused] = useState(false);
  const { form: formRef, state, formAction, phase, schedule, saveNow } = useAutosave({ action, storageKey, enabled: !readOnly && !paused });

  // After a refused plain submit (no JavaScript) the page renders from what was typed.
  const echoed = state.status === "error" && state.values && !state.data?.conflict;
  const source = useMemo(() => (echoed ? formToStepData(specs, state.values!, spareId) : data), [echoed, specs, state.values, data]);
  const [rows, setRows] = useState(() => initialRows(specs, source));
  const theirs = state.data?.conflict;
  const conflict = useMemo(() => (theirs ? { ...theirs, data: theirs.data as Data } : null), [theirs]);
  // A conflict pauses autosave until the user saves on purpose.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- follows the server's answer
    setPaused(Boolean(conflict));
  }, [conflict]);
  const currentVersion = state.data?.version ?? version;
  // The server stores a step with content as at least "bezig": the radio follows what it stored.
  const storedStatus = state.status === "success" ? state.data?.status : undefined;
  useEffect(() => {
    if (!storedStatus) return;
    const radio = formRef.current?.querySelector<HTMLInputElement>(`input[name="_status"][value="${storedStatus}"]`);
    if (radio && !radio.checked) radio.checked = true;
  }, [storedStatus, formRef]);
  const errors = state.fieldErrors ?? {};

  const values = useMemo(() => {
    const map = new Map<string, Data>();
    for (const spec of specs) if (spec.kind === "list") for (const row of (source[spec.name] as (Data & { id: string })[]) ?? []) map.set(row.id, row);
    return map;
  }, [specs, source]);

  // With JavaScript, spare rows get a real id at once, so autosaves keep a row's identity.
  useEffect(() => {
    // Runs once after hydration; ids cannot be made during render (server and browser would differ).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setRows((current) => Object.fromEntries(Object.entries(current).map(([k, ids]) => [k, ids.map((id) => (id.startsWith("spare") ? crypto.randomUUID() : id))])));
  }, []);

  function onChange() {
    schedule();
  }

  const savedAt = state.status === "success" && state.data?.savedAt ? new Date(state.data.savedAt) : null;
  const saveStatus =
    phase === "saving"
      ? ts("saving")
      : phase === "offline"
        ? ts("offline")
        : phase === "unsaved"
          ? ts("unsaved")
          : savedAt
        ? ts("savedAt", { time: format.dateTime(savedAt, { hour: "2-digit", minute: "2-digit" }) })
        : "";

  return (
    <form
      ref={formRef}
      action={formAction}
      onChange={onChange}
      onInput={onChange}
      onSubmit={(event) => {
        event.preventDefault();
        saveNow();
      }}
      noValidate
      className="flex flex-col gap-6"
    >
      <input type="hidden" name="_version" value={currentVersion} />
      {state.status === "error" && state.message && (
        <Notice tone="error">
          <p className="font-semibold">{state.message}</p>
          {conflict && <p className="mt-1">{ts("conflictHelp")}</p>}
        </Notice>
      )}
      {conflict && (
        <StepDataSummary
          specs={specs}
          messageKey={messageKey}
          data={conflict.data}
          heading={ts("theirVersion", {
            name: conflict.updatedBy ?? "?",
            time: format.dateTime(new Date(conflict.updatedAt), { dateStyle: "short", timeStyle: "short" }),
          })}
        />
      )}

      <fieldset disabled={readOnly} className="flex flex-col gap-6">
        {specs.map((spec) =>
          spec.kind === "list" ? (
            <StepList
              key={spec.name}
              spec={spec}
              rows={rows[spec.name] ?? []}
              values={values}
              errors={errors}
              messageKey={messageKey}
              readOnly={readOnly}
              onAdd={() => setRows((r) => ({ ...r, [spec.name]: [...(r[spec.name] ?? []), crypto.randomUUID()] }))}
              onRemove={(id) => {
                setRows((r) => ({ ...r, [spec.name]: r[spec.name].filter((x) => x !== id) }));
                // After React removed the row from the form.
                setTimeout(schedule, 0);
              }}
            />
          ) : spec.kind === "group" ? (
            <StepGroup key={spec.name} spec={spec} value={source[spec.name] as Data} errors={errors} messageKey={messageKey} />
          ) : (
            <StepField key={spec.name} field={spec} name={spec.name} label={t(labelKey(messageKey, spec.name) as never)} value={source[spec.name]} errors={errors} />
          ),
        )}

        <fieldset className="step-status flex flex-col gap-3 rounded-md border border-line bg-gray-50 p-4">
          <legend className="px-1 text-lg font-semibold">{t("statusField.label")}</legend>
          <p className="text-sm text-muted">{t("statusField.followsContent")}</p>
          <div className="flex flex-wrap gap-x-6">
            {STEP_STATUSES.map((s) => (
              <label key={s} className="flex min-h-11 items-center gap-2">
                <input type="radio" name="_status" value={s} defaultChecked={(echoed ? state.values!._status : status) === s} className="h-5 w-5" />
                {t(`status.${s}`)}
              </label>
            ))}
          </div>
          {/* Shown only while "n.v.t." is checked, by CSS (globals.css: .step-status:has(...)), so also before the script loads. */}
          <div className="nvt-reason">
            <Field name="_nvtReason" label={t("statusField.nvtReason")} errors={errors._nvtReason}>
              {({ describedBy, invalid }) => (
                <textarea id="veld-_nvtReason" name="_nvtReason" rows={2} defaultValue={echoed ? state.values!._nvtReason : nvtReason} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClass(invalid)} />
              )}
            </Field>
          </div>
        </fieldset>
      </fieldset>

      {!readOnly && (
        <div className="sticky bottom-0 flex flex-wrap items-center gap-4 border-t border-line bg-white py-3">
          <Button type="submit">{ts("save")}</Button>
          <span aria-live="polite" className="text-sm text-muted">
            {saveStatus}
          </span>
          <span className="text-sm text-muted">{ts("autosaveHint")}</span>
        </div>
      )}
    </form>
  );
}
