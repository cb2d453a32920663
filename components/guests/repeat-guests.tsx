"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

export type RepeatGuestsView = {
  allowed: boolean;
  code: string | null;
  joined: number;
  /** The join address without the code, and the QR (an SVG) of the address with it. */
  joinUrl: string;
  qr: string | null;
};

/**
 * Griffier and facilitator, per herhaling: let guests answer it too (a join code
 * of its own, lib/guests/repeats.ts) or stop letting them in. Only offered when the
 * session itself lets guests in.
 */
export function RepeatGuests({ date, view, sessionAllowsGuests, action }: {
  date: string;
  view: RepeatGuestsView;
  sessionAllowsGuests: boolean;
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("guests.repeat");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  if (!view.allowed && !sessionAllowsGuests) return <p className="text-sm text-muted">{t("sessionHasNoGuests")}</p>;
  return (
    <div className="flex flex-col gap-2">
      {view.allowed && view.code ? (
        <div className="flex flex-wrap items-start gap-4">
          <div className="flex flex-col gap-1">
            <p className="text-sm">{t("joinAt", { url: view.joinUrl })}</p>
            <p className="font-mono text-3xl font-bold tracking-widest" data-testid="repeat-join-code">
              {view.code}
            </p>
            <p className="text-sm">{t("joined", { count: view.joined })}</p>
          </div>
          {view.qr && <div className="w-32 rounded bg-white p-1" role="img" aria-label={t("qrLabel", { code: view.code })} dangerouslySetInnerHTML={{ __html: view.qr }} />}
        </div>
      ) : (
        <p className="text-sm text-muted">{t("off")}</p>
      )}
      <form action={formAction}>
        <input type="hidden" name="allowed" value={view.allowed ? "off" : "on"} />
        <Button type="submit" variant="secondary" pending={pending}>
          {view.allowed ? t("stop") : t("allow")} <span className="sr-only">({date})</span>
        </Button>
      </form>
      <FormMessage state={state} />
    </div>
  );
}
