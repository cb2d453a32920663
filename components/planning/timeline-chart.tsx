import { getFormatter, getTranslations } from "next-intl/server";
import { TIMELINE_LAYOUT, timelineGeometry, type PlanRow } from "@/lib/planning/timeline";

/**
 * The steps against the calendar: one row per step with its deadline, today and the
 * session day as vertical lines. A late step is red AND says "te laat" in its row
 * label (never colour alone); done steps are drawn as a ticked circle. The same data
 * is in the table beside it, which screen readers get pointed to by the description.
 */
const short = (title: string) => (title.length > 20 ? `${title.slice(0, 19)}…` : title);

export async function TimelineChart({ rows, sessionDate, today, stepTitle }: { rows: PlanRow[]; sessionDate: string; today: string; stepTitle: (n: number) => string }) {
  const [t, format] = await Promise.all([getTranslations("planning"), getFormatter()]);
  const g = timelineGeometry(rows, sessionDate, today);
  const day = (date: string) => format.dateTime(new Date(`${date}T12:00:00Z`), { day: "numeric", month: "short", timeZone: "UTC" });
  const { left, top, row } = TIMELINE_LAYOUT;
  const bottomY = top + rows.length * row;
  const late = rows.filter((r) => r.late).length;
  return (
    <figure className="overflow-x-auto">
      <svg role="img" aria-labelledby="tijdlijn-titel tijdlijn-uitleg" viewBox={`0 0 ${g.width} ${g.height}`} className="min-w-[640px] w-full" data-testid="timeline">
        <title id="tijdlijn-titel">{t("chartTitle")}</title>
        <desc id="tijdlijn-uitleg">{t("chartDescription", { late, from: day(g.from), to: day(g.to) })}</desc>
        {g.ticks.map((tick) => (
          <g key={tick.date}>
            <line x1={tick.x} x2={tick.x} y1={top - 8} y2={bottomY} stroke="#c9ced4" />
            <text x={tick.x + 3} y={bottomY + 16} fontSize="12" fill="#4a4f55">
              {format.dateTime(new Date(`${tick.date}T12:00:00Z`), { month: "short", year: "2-digit", timeZone: "UTC" })}
            </text>
          </g>
        ))}
        <line x1={g.session.x} x2={g.session.x} y1={top - 20} y2={bottomY} stroke="#154273" strokeWidth="3" />
        <text x={g.session.x} y={top - 24} fontSize="12" fontWeight="600" fill="#154273" textAnchor="middle">
          {t("sessionDay")}
        </text>
        <line x1={g.today.x} x2={g.today.x} y1={top - 8} y2={bottomY + 22} stroke="#1a1a1a" strokeWidth="2" strokeDasharray="4 3" />
        <text x={g.today.x} y={bottomY + 32} fontSize="12" fontWeight="600" fill="#1a1a1a" textAnchor="middle">
          {t("today")}
        </text>
        {rows.map((r, i) => {
          const y = top + i * row + row / 2;
          return (
            <text key={r.number} x={8} y={y + 4} fontSize="13" fill={r.late ? "#a4161a" : "#1a1a1a"} fontWeight={r.late ? "700" : "400"}>
              {`${r.number}. ${short(stepTitle(r.number))}${r.late ? ` · ${t("lateShort")}` : ""}`}
            </text>
          );
        })}
        {rows.map((_, i) => (
          <line key={i} x1={left} x2={g.width - TIMELINE_LAYOUT.right} y1={top + i * row + row / 2} y2={top + i * row + row / 2} stroke="#e5e7eb" />
        ))}
        {g.marks.map((m) =>
          m.late ? (
            <g key={m.number}>
              <rect x={m.x - 8} y={m.y - 8} width="16" height="16" fill="#a4161a" transform={`rotate(45 ${m.x} ${m.y})`} />
              <text x={m.x} y={m.y + 4} fontSize="11" fontWeight="700" fill="#fff" textAnchor="middle">!</text>
            </g>
          ) : m.done ? (
            <g key={m.number}>
              <circle cx={m.x} cy={m.y} r="8" fill="#1e6b34" />
              <path d={`M ${m.x - 4} ${m.y} l 3 3 l 5 -6`} stroke="#fff" strokeWidth="2" fill="none" />
            </g>
          ) : (
            <circle key={m.number} cx={m.x} cy={m.y} r="7" fill="#fff" stroke="#154273" strokeWidth="3" />
          ),
        )}
      </svg>
      <figcaption className="mt-2 text-sm text-muted">{t("legend")}</figcaption>
    </figure>
  );
}
