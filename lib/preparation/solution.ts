/**
 * Does a problem statement already prescribe a solution? Rob 2014, suggestion 3 asks
 * councils not to jump to solutions; a problem written as "we moeten een
 * jongerencentrum bouwen" does exactly that, even with the solution field empty.
 *
 * A heuristic on Dutch phrasing, tuned to miss rather than nag: it looks for a
 * sentence that says something must be built, started or bought ("we moeten …
 * bouwen", "er moet een … komen", "de oplossing is …", "oplossing: …"). It returns
 * the sentence (shortened) that triggered it, so the warning can quote it, or null.
 */

// Verbs that prescribe an intervention rather than describe a situation.
const ACTION_VERBS = [
  "bouwen", "aanleggen", "openen", "oprichten", "starten", "opstarten", "invoeren", "inzetten", "aanstellen",
  "aannemen", "kopen", "aanschaffen", "subsidiëren", "realiseren", "plaatsen", "instellen", "organiseren",
  "verbieden", "sluiten", "uitbreiden", "verhogen", "verlagen", "afschaffen", "uitbesteden", "regelen",
  "neerzetten", "opzetten", "financieren", "investeren",
];
const VERB = `(?:${ACTION_VERBS.join("|")})`;

const PATTERNS: RegExp[] = [
  // "we moeten een jongerencentrum bouwen", "de gemeente moet meer handhavers inzetten"
  new RegExp(`\\b(?:we|wij|de gemeente|het college|de raad|men|jullie|u)\\s+(?:moeten|moet|gaan|willen|zullen)\\b[^.!?]{0,80}?\\b${VERB}\\b`, "i"),
  // "er moet een jongerencentrum komen", "er moeten meer agenten worden ingezet"
  new RegExp(`\\ber\\s+(?:moet|moeten)\\s+(?:een|meer|extra|nieuwe?)\\b[^.!?]{0,80}?\\b(?:komen|${VERB}|worden\\s+\\w+)\\b`, "i"),
  // "de oplossing is …", "oplossing: …", "het antwoord is …"
  /\b(?:de |onze )?oplossing(?: is|:)|\bhet antwoord is\b/i,
  // "we need to build …" for the odd English entry
  /\bwe (?:need|have) to (?:build|open|start|buy|hire|set up)\b/i,
];

const MAX_EXCERPT = 120;

export function solutionInProblem(problemStatement: string): string | null {
  const sentences = problemStatement.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
  for (const sentence of sentences) {
    if (PATTERNS.some((p) => p.test(sentence))) {
      return sentence.length > MAX_EXCERPT ? `${sentence.slice(0, MAX_EXCERPT - 1)}…` : sentence;
    }
  }
  return null;
}
