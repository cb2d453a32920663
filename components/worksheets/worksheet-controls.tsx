"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";
import type { WorksheetCommand } from "@/lib/worksheets/manage-worksheet";

type State = "CONCEPT" | "OPEN" | "GESLOTEN";

/** Griffier and facilitator: open, close and release the worksheet; anonymous or named. */
export function WorksheetControls({ sessionId, state, anonymous, released, action }: {
  sessionId: string;
  state: State;
  anonymous: boolean;
  released: boolean;
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("worksheet.control");
  const [result, formAction, pending] = useActionState(action, initialFormState);
  const commands: WorksheetCommand[] = [
    state === "CONCEPT" ? "open" : state === "OPEN" ? "close" : "reopen",
    released ? "hide" : "release",
    anonymous ? "named" : "anonymous",
  ];
  return (
    <div className="flex flex-col gap-3">
      <ul className="text-sm">
        <li>{t("stateLine", { state: t(`state.${state}`) })}</li>
        <li>{anonymous ? t("anonymous") : t("named")}</li>
        <li>{released ? t("released") : t("notReleased")}</li>
      </ul>
      {/* One form: the pressed button's name=value says which command (with or without JavaScript). */}
      <form action={formAction} className="flex flex-wrap gap-2">
        <input type="hidden" name="sessionId" value={sessionId} />
        {commands.map((command, i) => (
          <Button key={command} type="submit" name="command" value={command} variant={i === 0 ? "primary" : "secondary"} pending={pending}>
            {t(`commands.${command}`)}
          </Button>
        ))}
      </form>
      <FormMessage state={result} />
    </div>
  );
}
