/**
 * What in a case text looks like personal data of an inwoner: an e-mail address,
 * a Dutch phone number or a BSN (citizen service number, checked with the
 * 11-proef so an arbitrary nine-digit number does not count). A case is about a
 * signal from society, not about a person who can be recognised (AVG: keep
 * personal data to what is needed). Pure: the form warns while typing and the
 * server checks again before saving.
 */

export const PERSONAL_DATA_KINDS = ["EMAIL", "PHONE", "BSN"] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
// Runs of digits, optionally grouped by spaces, dots, dashes or a "(0)"; with an optional +31/0031 in front.
const DIGIT_RUNS = /(?:\+|\b00)?\d(?:[\s.\-/]?(?:\(0\))?[\s.\-/]?\d)*/g;

/** The 11-proef for a BSN of nine digits (eight with a leading zero dropped). */
export function isValidBsn(digits: string): boolean {
  const d = digits.length === 8 ? `0${digits}` : digits;
  if (!/^\d{9}$/.test(d) || /^0+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i);
  sum -= Number(d[8]);
  return sum % 11 === 0;
}

/** A Dutch phone number: 0 + nine digits, or +31/0031 + nine digits (a "(0)" after the country code allowed). */
export function isDutchPhoneNumber(run: string): boolean {
  const compact = run.replace(/\(0\)/g, "").replace(/[\s.\-/]/g, "");
  return /^0[1-9]\d{8}$/.test(compact) || /^(?:\+|00)31[1-9]\d{8}$/.test(compact);
}

export function findPersonalData(text: string): PersonalDataKind[] {
  const found = new Set<PersonalDataKind>();
  if (EMAIL.test(text)) found.add("EMAIL");
  for (const match of text.matchAll(DIGIT_RUNS)) {
    const run = match[0];
    if (isDutchPhoneNumber(run)) found.add("PHONE");
    else if (isValidBsn(run.replace(/[\s.\-/]/g, ""))) found.add("BSN");
  }
  return PERSONAL_DATA_KINDS.filter((k) => found.has(k));
}
