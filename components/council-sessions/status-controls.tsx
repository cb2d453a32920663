"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { isForward, type SessionStatus } from "@/lib/council-sessions/lifecycle";
import { initialFormState, type FormState } from "@/lib/forms/state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/** Buttons for the lifecycle moves this person may make, and archiving. */
export function StatusControls({ sessionId, status, transitions, archived, changeStatus, archive }: {
  sessionId: string;
  status: SessionStatus;
  transitions: SessionStatus[];
  archived: boolean | null;
  changeStatus: Action;
  archive: Action;
}) {
  const t = useTranslations();
  const [state, statusAction, pending] = useActionState(changeStatus, initialFormState);
  const [archiveState, archiveAction, archivePending] = useActionState(archive, initialFormState);
  return (
    <div className="flex flex-col gap-3">
      <FormMessage state={state} />
      <div className="flex flex-wrap gap-2">
        {/* One form for the moves: the pressed button's name=value is the status to go to (with or without JavaScript). */}
        {transitions.length > 0 && (
          <form action={statusAction} className="contents">
            <input type="hidden" name="sessionId" value={sessionId} />
            {transitions.map((to) => (
              <Button key={to} type="submit" name="to" value={to} variant={isForward(status, to) ? "primary" : "secondary"} pending={pending}>
                {t(`preparation.sessionTransitions.${status}_${to}`)}
              </Button>
            ))}
          </form>
        )}
        {archived !== null && (
          <form action={archiveAction}>
            <input type="hidden" name="sessionId" value={sessionId} />
            <input type="hidden" name="archived" value={archived ? "false" : "true"} />
            <Button type="submit" variant="secondary" disabled={archivePending}>
              {archived ? t("preparation.archive.unarchive") : t("preparation.archive.archive")}
            </Button>
          </form>
        )}
      </div>
      <FormMessage state={archiveState} />
    </div>
  );
}
