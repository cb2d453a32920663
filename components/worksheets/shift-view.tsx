import { getFormatter, getTranslations } from "next-intl/server";
import { RUNGS } from "@/lib/preparation/rungs";
import type { ActorShift, ShiftCell, WorksheetShift } from "@/lib/worksheets/shift";

/**
 * How the answers shift over the rounds of a worksheet (the session, then each
 * herhaling): per actor a small chart of the share per rung per round, drawn on
 * the server as SVG, and beside it a table with the same figures. The table is
 * the text alternative, so the chart itself is hidden from assistive technology.
 */
export async function ShiftView({ shift, idPrefix, headingLevel = 3 }: { shift: WorksheetShift; idPrefix: string; headingLevel?: 3 | 4 }) {
  const [t, format] = await Promise.all([getTranslations("worksheet.shift"), getFormatter()]);
  const offset = shift.rounds[0]?.evaluationMomentId === null ? 0 : 1;
  const labels = shift.rounds.map((round, i) =>
    round.evaluationMomentId === null ? { full: t("sessionRound"), short: t("sessionShort") } : { full: t("repeatRound", { n: i + offset }), short: t("repeatShort", { n: i + offset }) },
  );
  const roundLabel = (i: number) => labels[i]?.full ?? "";
  const shortLabel = (i: number) => labels[i]?.short ?? "";
  const roundDate = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: "medium" });
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-muted">{t("rule", { k: shift.minimumGroupSize })}</p>
      {shift.actors.map((actor, i) => (
        <ActorShiftView key={actor.key} actor={actor} shift={shift} id={`${idPrefix}-${i}`} headingLevel={headingLevel} roundLabel={roundLabel} shortLabel={shortLabel} roundDate={roundDate} />
      ))}
    </div>
  );
}

async function ActorShiftView({ actor, shift, id, headingLevel, roundLabel, shortLabel, roundDate }: {
  actor: ActorShift;
  shift: WorksheetShift;
  id: string;
  headingLevel: 3 | 4;
  roundLabel: (i: number) => string;
  shortLabel: (i: number) => string;
  roundDate: (iso: string) => string;
}) {
  const [t, tAll, format] = await Promise.all([getTranslations("worksheet.shift"), getTranslations(), getFormatter()]);
  const rungName = (r: string) => tAll(`preparation.rungs.${r}.name` as "preparation.rungs.REGULEREN.name");
  const percent = (n: number, of: number) => format.number(of === 0 ? 0 : n / of, { style: "percent", maximumFractionDigits: 0 });
  const Heading = `h${headingLevel}` as const;
  const unshown = (cell: ShiftCell) => (cell.status === "notPublished" ? t("notPublished") : t("tooFew"));
  return (
    <section aria-labelledby={`${id}-titel`} className="rounded-lg border border-line bg-white p-4" data-testid={`shift-${actor.key}`}>
      <Heading id={`${id}-titel`} className="mb-2 text-lg font-semibold">
        {actor.name}
      </Heading>
      <div className="flex flex-col gap-4 lg:flex-row lg:items-start">
        <figure className="shrink-0">
          <ShiftChart actor={actor} rounds={shift.rounds.length} rungName={rungName} shortLabel={shortLabel} />
          <figcaption className="mt-1 max-w-xs text-sm text-muted">{t("chartCaption")}</figcaption>
        </figure>
        <div className="overflow-x-auto">
          <table className="text-sm">
            <caption className="mb-1 text-left font-medium">{t("tableCaption", { actor: actor.name })}</caption>
            <thead>
              <tr>
                <th scope="col" className="pr-3 text-left">
                  {t("rung")}
                </th>
                {shift.rounds.map((round, i) => (
                  <th key={round.worksheetId} scope="col" className="px-2 text-left align-bottom">
                    {roundLabel(i)}
                    <br />
                    <time dateTime={round.date} className="font-normal">
                      {roundDate(round.date)}
                    </time>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {RUNGS.map((rung) => (
                <tr key={rung} className="border-t border-line">
                  <th scope="row" className="pr-3 text-left font-normal">
                    {rungName(rung)}
                  </th>
                  {actor.cells.map((cell, i) =>
                    cell.status === "shown" ? (
                      <td key={i} className="px-2 tabular-nums">
                        {cell.distribution[rung]} ({percent(cell.distribution[rung], cell.count)})
                      </td>
                    ) : (
                      <td key={i} className="px-2 text-muted">
                        –
                      </td>
                    ),
                  )}
                </tr>
              ))}
              <tr className="border-t border-line">
                <th scope="row" className="pr-3 text-left">
                  {t("answers")}
                </th>
                {actor.cells.map((cell, i) => (
                  <td key={i} className="px-2">
                    {cell.status === "shown" ? cell.count : unshown(cell)}
                  </td>
                ))}
              </tr>
              <tr className="border-t border-line">
                <th scope="row" className="pr-3 text-left">
                  {t("mostChosen")}
                </th>
                {actor.cells.map((cell, i) => (
                  <td key={i} className="px-2">
                    {cell.status === "shown" ? cell.mostChosen.map(rungName).join(", ") : "–"}
                  </td>
                ))}
              </tr>
              {/* Where the worksheet asked "waar staan we nu?": its most chosen rung per round too, as the verslag and the CSV give it. */}
              {actor.cells.some((cell) => cell.status === "shown" && cell.now) && (
                <tr className="border-t border-line">
                  <th scope="row" className="pr-3 text-left">
                    {t("mostChosenNow")}
                  </th>
                  {actor.cells.map((cell, i) => (
                    <td key={i} className="px-2">
                      {cell.status === "shown" && cell.now ? cell.now.mostChosen.map(rungName).join(", ") : "–"}
                    </td>
                  ))}
                </tr>
              )}
              <tr className="border-t border-line">
                <th scope="row" className="pr-3 text-left">
                  {t("consensus")}
                </th>
                {actor.cells.map((cell, i) => (
                  <td key={i} className="px-2 tabular-nums">
                    {cell.status === "shown" && cell.consensus !== null ? format.number(cell.consensus, { maximumFractionDigits: 2 }) : "–"}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
          {actor.guests && actor.guests.length > 0 && (
            <GuestShiftTable actor={actor} shift={shift} roundLabel={roundLabel} rungName={rungName} percent={percent} unshown={unshown} />
          )}
        </div>
      </div>
    </section>
  );
}

/**
 * Guests beside the council, per group and round (always anonymous, k per group):
 * the distribution from k answers of that group, otherwise "te weinig antwoorden".
 */
async function GuestShiftTable({ actor, shift, roundLabel, rungName, percent, unshown }: {
  actor: ActorShift;
  shift: WorksheetShift;
  roundLabel: (i: number) => string;
  rungName: (r: string) => string;
  percent: (n: number, of: number) => string;
  unshown: (cell: ShiftCell) => string;
}) {
  const t = await getTranslations("worksheet.shift");
  return (
    <table className="mt-4 text-sm" data-testid={`shift-guests-${actor.key}`}>
      <caption className="mb-1 text-left font-medium">{t("guestsCaption", { actor: actor.name })}</caption>
      <thead>
        <tr>
          <th scope="col" className="pr-3 text-left">
            {t("guestGroup")}
          </th>
          {shift.rounds.map((round, i) => (
            <th key={round.worksheetId} scope="col" className="px-2 text-left align-bottom">
              {roundLabel(i)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {actor.guests!.map((g) => (
          <tr key={g.group} className="border-t border-line">
            <th scope="row" className="pr-3 text-left font-normal">
              {g.group}
            </th>
            {g.cells.map((cell, i) => (
              <td key={i} className="px-2 align-top">
                {cell.status === "shown" ? (
                  <>
                    {t("guestCount", { count: cell.count })}
                    <br />
                    {RUNGS.filter((r) => cell.distribution[r] > 0)
                      .map((r) => `${rungName(r)} ${cell.distribution[r]} (${percent(cell.distribution[r], cell.count)})`)
                      .join(", ")}
                  </>
                ) : (
                  <span className="text-muted">{unshown(cell)}</span>
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Rungs from top to bottom, rounds from left to right; a dot's area is the rung's share in that round. */
function ShiftChart({ actor, rounds, rungName, shortLabel }: { actor: ActorShift; rounds: number; rungName: (r: string) => string; shortLabel: (i: number) => string }) {
  const labelWidth = 110;
  const column = 64;
  const row = 30;
  const top = 26;
  const maxRadius = 12;
  const width = labelWidth + column * rounds;
  const height = top + row * RUNGS.length;
  return (
    <svg aria-hidden="true" focusable="false" viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="max-w-full">
      {RUNGS.map((rung, r) => (
        <g key={rung}>
          <text x={0} y={top + r * row + row / 2 + 5} fontSize="13" fill="#1a1a1a">
            {rungName(rung)}
          </text>
          <line x1={labelWidth} x2={width} y1={top + r * row + row / 2} y2={top + r * row + row / 2} stroke="#c9ced4" strokeWidth={1} />
        </g>
      ))}
      {actor.cells.map((cell, c) => {
        const x = labelWidth + c * column + column / 2;
        return (
          <g key={c}>
            <text x={x} y={14} fontSize="12" textAnchor="middle" fill="#4a4f55">
              {shortLabel(c)}
            </text>
            {cell.status === "shown" ? (
              RUNGS.map((rung, r) => {
                const share = cell.count === 0 ? 0 : cell.distribution[rung] / cell.count;
                if (share === 0) return null;
                return (
                  <circle
                    key={rung}
                    cx={x}
                    cy={top + r * row + row / 2}
                    r={Math.max(3, Math.sqrt(share) * maxRadius)}
                    fill={cell.mostChosen.includes(rung) ? "#154273" : "#5f7fa6"}
                  />
                );
              })
            ) : (
              <text x={x} y={top + (row * RUNGS.length) / 2 + 5} fontSize="16" textAnchor="middle" fill="#4a4f55">
                –
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
