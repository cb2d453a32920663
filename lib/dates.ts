/**
 * Dates for Dutch councils: wall-clock times are entered and shown in
 * Europe/Amsterdam, whatever the server's time zone.
 */
export const TIME_ZONE = "Europe/Amsterdam";

// Intl formatters are made once and reused: making one costs ~80 µs (ICU loads its data),
// using one ~4 µs, and a page with a list of dates called these for every row (issue 17's
// CPU profile: the top function of the app's own code).
const OFFSET_NAME = new Intl.DateTimeFormat("en-US", { timeZone: TIME_ZONE, timeZoneName: "shortOffset" });
const LOCAL_PARTS = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
const inWords = new Map<string, Intl.DateTimeFormat>();

/** The UTC offset of Europe/Amsterdam at `date`, in minutes (60 or 120). */
function amsterdamOffsetMinutes(date: Date): number {
  const parts = OFFSET_NAME.formatToParts(date);
  const name = parts.find((p) => p.type === "timeZoneName")?.value ?? "GMT+1";
  const match = /GMT([+-]\d+)(?::(\d+))?/.exec(name);
  return match ? Number(match[1]) * 60 + Math.sign(Number(match[1])) * Number(match[2] ?? 0) : 60;
}

/** "2026-03-12" + "19:30" in Amsterdam → the instant. */
export function fromLocalDateTime(date: string, time: string): Date {
  const guess = new Date(`${date}T${time}:00Z`);
  const offset = amsterdamOffsetMinutes(new Date(guess.getTime() - 60 * 60 * 1000));
  return new Date(guess.getTime() - offset * 60 * 1000);
}

/** The instant → { date: "2026-03-12", time: "19:30" } in Amsterdam. */
export function toLocalDateTime(instant: Date): { date: string; time: string } {
  const parts = Object.fromEntries(LOCAL_PARTS.formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** Today's date in Amsterdam as "YYYY-MM-DD". */
export const todayInAmsterdam = (now = new Date()) => toLocalDateTime(now).date;

/**
 * A date in words, the one formatter of the verslag and its documents (web page,
 * PDF, Word): "4 maart 2027", with `weekday` "donderdag 4 maart 2027", with
 * `time` "… om 19:30". Takes an instant or a calendar date "YYYY-MM-DD" (read as
 * that day in Amsterdam, whatever the server's time zone).
 */
export function dateInWords(value: Date | string, options: { locale?: string; weekday?: boolean; time?: boolean } = {}): string {
  const locale = options.locale === "en" ? "en-GB" : options.locale === "nl" || !options.locale ? "nl-NL" : options.locale;
  const instant = typeof value === "string" ? new Date(`${value}T12:00:00Z`) : value;
  const key = `${locale}:${options.weekday ? "weekday" : ""}`;
  let format = inWords.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, day: "numeric", month: "long", year: "numeric", ...(options.weekday ? { weekday: "long" } : {}) });
    inWords.set(key, format);
  }
  const day = format.format(instant);
  if (!options.time || typeof value === "string") return day;
  const time = toLocalDateTime(instant).time;
  return locale.startsWith("nl") ? `${day} om ${time}` : `${day} at ${time}`;
}
