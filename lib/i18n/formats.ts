import type { Formats } from "next-intl";
import { TIME_ZONE } from "@/lib/dates";

/**
 * The named date and time styles messages use (`{date, date, dayMonthYear}`). Messages are
 * compiled at build time and formatted without the ICU parser (next.config.mjs), and that
 * formatter knows only the styles given here, not ICU's built-in `short`/`long`/`full`: a
 * message naming one of those would silently fall back to a numeric date. The options are
 * exactly those of the built-in styles the messages used before (intl-messageformat's
 * `date.long`, `date.full`, `time.short`), so every date reads as it did.
 *
 * Every translator gets them, through INTL_SETTINGS: the request config (lib/i18n/request.ts,
 * inherited by the client provider) and every translator made outside a request
 * (lib/i18n/main-translator.ts: mail, CSV, the proxy's refusal, tests).
 */
export const FORMATS = {
  dateTime: {
    /** 30 november 2026 / November 30, 2026 (was `date, long`). */
    dayMonthYear: { month: "long", day: "numeric", year: "numeric" },
    /** maandag 30 november 2026 / Monday, November 30, 2026 (was `date, full`). */
    weekdayDayMonthYear: { weekday: "long", month: "long", day: "numeric", year: "numeric" },
    /** 19:30 / 7:30 PM (was `time, short`). */
    hourMinute: { hour: "numeric", minute: "numeric" },
  },
} as const satisfies Formats;

/** What every translator is configured with besides its locale and messages: our time zone and the styles above. */
export const INTL_SETTINGS = { timeZone: TIME_ZONE, formats: FORMATS } as const;
