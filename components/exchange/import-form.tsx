"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { MAX_IMPORT_BYTES, MAX_IMPORT_MEGABYTES } from "@/lib/exchange/limits.mjs";
import { initialFormState, type FormAction } from "@/lib/forms/state";

/**
 * Upload of a session file. A file over the limit is refused here before it is
 * uploaded; without JavaScript the server refuses it (the action, or the proxy
 * for a body over the server-action limit).
 */
export function ImportForm({ action }: { action: FormAction<{ problems?: string[]; notices?: string[]; href?: string }> }) {
  const t = useTranslations("exchange");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const [tooLarge, setTooLarge] = useState(false);
  const problems = state.data?.problems ?? [];
  const message = tooLarge ? t("tooLarge", { max: MAX_IMPORT_MEGABYTES }) : state.status === "error" ? state.message : undefined;

  function checkSize(event: React.FormEvent<HTMLFormElement>) {
    const file = new FormData(event.currentTarget).get("file");
    const over = file instanceof File && file.size > MAX_IMPORT_BYTES;
    setTooLarge(over);
    if (over) event.preventDefault();
  }

  if (state.status === "success" && state.data?.href) {
    return (
      <Notice tone="info">
        <p className="font-semibold">{state.message}</p>
        <ul className="mt-2 list-disc pl-5 text-sm" data-testid="import-notices">
          {(state.data.notices ?? []).map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
        <Link href={state.data.href} className="mt-2 inline-block min-h-11 py-2 text-accent underline">
          {t("openImported")}
        </Link>
      </Notice>
    );
  }

  return (
    <form action={formAction} onSubmit={checkSize} className="flex flex-col gap-4">
      {message && (
        <Notice tone="error">
          <p className="font-semibold">{message}</p>
          {!tooLarge && problems.length > 0 && (
            <ul className="mt-2 list-disc pl-5 text-sm" data-testid="import-problems">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </Notice>
      )}
      <Field name="file" type="file" accept="application/json,.json" label={t("file")} hint={t("fileHint", { max: MAX_IMPORT_MEGABYTES })} required />
      <Button type="submit" pending={pending} className="self-start">
        {t("submit")}
      </Button>
    </form>
  );
}
