import type { ReactNode } from "react";

/** One step's row as both the overview and the edit form show it: every text already in the reader's language. */
export type PlanTableRow = {
  number: number;
  title: string;
  href: string;
  ownerId: string | null;
  /** The owner's name, or the "nobody yet" text. */
  ownerText: string;
  deadline: string | null;
  deadlineText: string;
  statusText: string;
  /** "Nog 3 dagen", "Te laat: 2 dagen over de deadline", … */
  whenText: string;
  late: boolean;
};

export type PlanTableLabels = { caption: string; step: string; owner: string; deadline: string; status: string; onTime: string };

/**
 * The planning's one row layout: step, owner, deadline, status, on time. The overview
 * shows owner and deadline as text; the edit form (plan-form.tsx) passes its own
 * cells (a select and a date field) for those two columns, and keeps the rest, so a
 * griffier changing the plan still sees which steps are late.
 */
export function PlanTable({ rows, labels, ownerCell, deadlineCell }: {
  rows: PlanTableRow[];
  labels: PlanTableLabels;
  ownerCell?: (row: PlanTableRow) => ReactNode;
  deadlineCell?: (row: PlanTableRow) => ReactNode;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left text-muted">{labels.caption}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2 pr-3">{labels.step}</th>
            <th scope="col" className="py-2 pr-3">{labels.owner}</th>
            <th scope="col" className="py-2 pr-3">{labels.deadline}</th>
            <th scope="col" className="py-2 pr-3">{labels.status}</th>
            <th scope="col" className="py-2">{labels.onTime}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.number} className={`border-b border-line align-top ${r.late ? "bg-danger-soft" : ""}`} data-late={r.late || undefined}>
              <th scope="row" className="py-2 pr-3 font-normal">
                <a href={r.href} className="text-accent underline">
                  {r.number}. {r.title}
                </a>
              </th>
              <td className="py-2 pr-3">{ownerCell ? ownerCell(r) : <span className={r.ownerId ? undefined : "text-muted"}>{r.ownerText}</span>}</td>
              <td className="py-2 pr-3">{deadlineCell ? deadlineCell(r) : r.deadlineText}</td>
              <td className="py-2 pr-3">{r.statusText}</td>
              <td className={`py-2 ${r.late ? "font-semibold text-danger" : ""}`}>
                {r.late && <span aria-hidden="true">⚠ </span>}
                {r.whenText}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
