/**
 * Heuristic: does a main line of the programme read like a SMART target (measurable, with a
 * deadline) rather than a direction? Rob advises main lines over SMART targets so that others
 * can still contribute. A heuristic can be wrong, so the check using it is only "info".
 */

const MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december";

const SMART_PATTERNS: readonly RegExp[] = [
  // Percentages: "20%", "20 procent", "procentpunt".
  /%|\bpro(?:cent|centpunt(?:en)?)\b|\bpercent(?:age)?\b/i,
  // A year: "in 2027", "eind 2026", "2030".
  /\b(?:19|20)\d{2}\b/,
  // Deadlines: "vóór" (accented, meaning "before"), "uiterlijk", "deadline",
  // "voor 1 juli", "voor eind …", "binnen 3 maanden".
  /(?:^|[^\p{L}])vóór(?![\p{L}])/iu,
  /\buiterlijk\b|\bdeadline\b/i,
  new RegExp(`\\bvoor\\s+(?:\\d{1,2}\\s+(?:${MONTHS})|(?:eind|begin|medio|half)\\b|het\\s+(?:einde?|begin)\\b)`, "i"),
  /\bbinnen\s+(?:\d+|een|twee|drie|vier|vijf|zes|tien|twaalf)\s+(?:dag|dagen|week|weken|maand|maanden|jaar|jaren)\b/i,
  // Amounts: "€ 2 miljoen", "50.000 euro", "3 mln".
  /€|\beuro\b|\beur\b|\bmiljoen\b|\bmiljard\b|\bmln\b|\bmld\b/i,
  // Relative targets: "halveren", "verdubbeling".
  /\b(?:halveren|halvering|verdubbelen|verdubbeling)\b/i,
  // A number followed by a unit or a counted noun: "500 woningen", "10 km", "3x";
  // not a label followed by a small word ("fase 2 van het project").
  /\d+(?:[.,]\d+)?\s*(?:x\b|m²|m2\b|(?!(?:van|de|het|een|en|of|in|op|voor|met|naar|bij|tot|uit|aan|om|te|is|zijn|wordt)(?![\p{L}]))[\p{L}]{2,})/iu,
];

export function looksLikeSmartTarget(line: string): boolean {
  const text = line.trim();
  if (text === "") return false;
  return SMART_PATTERNS.some((pattern) => pattern.test(text));
}
