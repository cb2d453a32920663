"use client";

import { useTranslations } from "next-intl";
import { createContext, useContext, useMemo, useState } from "react";

type Answered = { mark: (actorId: string) => void; count: number };
const AnsweredContext = createContext<Answered>({ mark: () => {}, count: 0 });

/**
 * Which actors have a saved answer, shared by the answer card (which marks one when the
 * server accepted it) and the "x van 4 ingevuld" counter, so the counter moves on save,
 * not only after a reload. Starts from what the server rendered.
 */
export function AnsweredProvider({ initial, children }: { initial: string[]; children: React.ReactNode }) {
  const [ids, setIds] = useState(() => new Set(initial));
  const value = useMemo<Answered>(
    () => ({ count: ids.size, mark: (id) => setIds((current) => (current.has(id) ? current : new Set(current).add(id))) }),
    [ids],
  );
  return <AnsweredContext.Provider value={value}>{children}</AnsweredContext.Provider>;
}

export const useAnswered = () => useContext(AnsweredContext);

/** "2 van 4 ingevuld", live. */
export function AnsweredCount({ total }: { total: number }) {
  const t = useTranslations("worksheet");
  const { count } = useAnswered();
  return (
    <p className="font-medium" aria-live="polite" data-testid="answered-count">
      {t("answered", { done: count, total })}
    </p>
  );
}
