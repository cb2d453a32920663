import Link from "next/link";
import { getFormatter } from "next-intl/server";
import type { ReactNode } from "react";
import { StatusBadge } from "@/components/council-sessions/status-badge";
import type { SessionStatus } from "@/lib/council-sessions/lifecycle";

type Item = { id: string; href: string; title: string; startsAt?: Date; status?: SessionStatus; extra?: ReactNode };

/** A list of sessions (or things in them) as links with their date, status and one extra line. */
export async function SessionLinkList({ items, empty }: { items: Item[]; empty: string }) {
  const format = await getFormatter();
  if (items.length === 0) return <p className="text-muted">{empty}</p>;
  return (
    <ul className="divide-y divide-line">
      {items.map((s) => (
        <li key={s.id} className="flex items-start justify-between gap-3 py-3">
          <div>
            <Link href={s.href} className="font-medium text-accent underline">
              {s.title}
            </Link>
            {s.startsAt && <p className="text-sm text-muted">{format.dateTime(s.startsAt, { dateStyle: "long", timeStyle: "short" })}</p>}
            {s.extra}
          </div>
          {s.status && <StatusBadge status={s.status} />}
        </li>
      ))}
    </ul>
  );
}
