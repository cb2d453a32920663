"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/** Move up/down and delete: real buttons, so reordering works with a keyboard. */
export function AgendaItemControls({ itemId, title, isFirst, isLast, move, remove }: {
  itemId: string;
  title: string;
  isFirst: boolean;
  isLast: boolean;
  move: Action;
  remove: Action;
}) {
  const t = useTranslations("agenda");
  const [moveState, moveAction, movePending] = useActionState(move, initialFormState);
  const [removeState, removeAction, removePending] = useActionState(remove, initialFormState);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {/* One form for both moves: the pressed button's name=value is the direction. */}
        <form action={moveAction} className="contents">
          <input type="hidden" name="itemId" value={itemId} />
          {(["up", "down"] as const).map((direction) => (
            <Button key={direction} type="submit" name="direction" value={direction} variant="secondary" disabled={movePending || (direction === "up" ? isFirst : isLast)}>
              <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}&nbsp;</span>
              {t(direction === "up" ? "moveUp" : "moveDown")}
              <span className="sr-only"> {title}</span>
            </Button>
          ))}
        </form>
        <form action={removeAction}>
          <input type="hidden" name="itemId" value={itemId} />
          <Button type="submit" variant="danger" disabled={removePending}>
            {t("delete")}
            <span className="sr-only"> {title}</span>
          </Button>
        </form>
      </div>
      <FormMessage state={moveState.status === "error" ? moveState : initialFormState} />
      <FormMessage state={removeState.status === "error" ? removeState : initialFormState} />
    </div>
  );
}
