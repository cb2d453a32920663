import type { ReactNode } from "react";

type Tone = "error" | "success" | "info" | "warning";

const tones: Record<Tone, string> = {
  error: "border-danger bg-danger-soft text-danger",
  success: "border-ok bg-ok-soft text-ok",
  info: "border-accent bg-accent-soft text-accent",
  warning: "border-warn bg-warn-soft text-warn",
};

/** A message box. Errors and successes are announced by screen readers. */
export function Notice({ tone, children, id }: { tone: Tone; children: ReactNode; id?: string }) {
  const live = tone === "error" || tone === "success" ? { role: tone === "error" ? "alert" : "status" } : {};
  return (
    <div id={id} {...live} className={`rounded-md border-l-4 px-4 py-3 ${tones[tone]}`}>
      {children}
    </div>
  );
}
