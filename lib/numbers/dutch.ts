/**
 * Numbers and amounts the way Dutch people type them: "." groups thousands, ","
 * is the decimal comma. "25.000" is twenty-five thousand (not 25), "25.000,50"
 * and "1.234,5" work, and an amount may carry "€", "euro" and a word for its
 * size ("€ 2,5 mln", "3 miljoen", "1,2 mld"). Pure, so the browser can show
 * what it understood before saving and the server reads it the same way.
 */

export type ParsedNumber = { ok: true; value: number } | { ok: false };

const SPACES = /[\s\u00a0\u202f]+/g;
const SCALES: [RegExp, number][] = [
  [/(?:mld|miljard)\.?$/i, 1_000_000_000],
  [/(?:mln|miljoen)\.?$/i, 1_000_000],
  [/(?:duizend|k)$/i, 1_000],
];
// 1.234.567,89 · 1234567,89 · 1234567 · 1,5 · ,5
const GROUPED = /^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const PLAIN_COMMA = /^-?\d*(?:,\d+)?$/;
// One point not followed by exactly three digits is a decimal point ("2.5"), as people type on a phone.
const POINT_DECIMAL = /^-?\d+\.(?:\d{1,2}|\d{4,})$/;

/** A number as typed ("1.234,5"); no currency, no scale words. */
export function parseDutchNumber(input: string): ParsedNumber {
  const text = input.replace(SPACES, "");
  if (text === "" || text === "-") return { ok: false };
  let normal: string;
  if (GROUPED.test(text)) normal = text.replaceAll(".", "").replace(",", ".");
  else if (PLAIN_COMMA.test(text) && /\d/.test(text)) normal = text.replace(",", ".");
  else if (POINT_DECIMAL.test(text)) normal = text;
  else return { ok: false };
  const value = Number(normal);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}

/** An amount in euros as typed ("€ 25.000", "25.000,50", "€ 2,5 mln"), rounded to cents. */
export function parseDutchAmount(input: string): ParsedNumber {
  let text = input.replace(SPACES, "").replace(/^(?:€|eur)/i, "").replace(/(?:€|eur(?:o(?:'?s)?)?)$/i, "");
  let scale = 1;
  for (const [pattern, factor] of SCALES) {
    if (pattern.test(text)) {
      text = text.replace(pattern, "");
      scale = factor;
      break;
    }
  }
  text = text.replace(/^€/, "").replace(/,-+$/, "");
  const parsed = parseDutchNumber(text);
  if (!parsed.ok) return parsed;
  return { ok: true, value: Math.round(parsed.value * scale * 100) / 100 };
}

const EURO = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });
const NUMBER = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 20 });

/** "€ 25.000,00" */
export const formatEuro = (value: number) => EURO.format(value);
/** "1.234,5" */
export const formatDutchNumber = (value: number) => NUMBER.format(value);
