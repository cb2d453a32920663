import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/preparation.en.json";
import nl from "@/messages/preparation.nl.json";
import { WARNING_CODES } from "@/lib/preparation/checks";
import { MISSING_CODES } from "@/lib/preparation/progress";
import { translator } from "@/lib/i18n/translator";
import { RUNGS } from "@/lib/preparation/rungs";
import { emptyStepData, parseStepData } from "@/lib/preparation/schemas";
import { STEPS, STEP_STATUSES } from "@/lib/preparation/steps";
import { SESSION_STATUSES, TRANSITIONS, transitionKey } from "@/lib/council-sessions/lifecycle";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

const locales = { nl: leaves(nl as Tree), en: leaves(en as Tree) };
const has = (key: string) => locales.nl.has(key) && locales.en.has(key);
/** Argument names: "{name}" or "{name, …}" (select/plural case bodies contain spaces). */
const argumentsOf = (message: string) => [...message.matchAll(/\{\s*([A-Za-z]\w*)\s*[,}]/g)].map((m) => m[1]).sort();

describe("preparation messages", () => {
  it("have exactly the same keys in nl and en", () => {
    expect([...locales.en.keys()].sort()).toEqual([...locales.nl.keys()].sort());
  });

  it("use the same placeholders in nl and en", () => {
    for (const [key, text] of locales.nl) {
      expect({ key, args: argumentsOf(locales.en.get(key) ?? "") }).toEqual({ key, args: argumentsOf(text) });
    }
  });

  it("format every message in both locales without errors", () => {
    const params = { count: 2, max: 7, line: "x", index: 1, id: "x", subject: "x", date: "2026-01-01", rung: "LOSLATEN", source: "results", askedBy: "RUNG", decision: "GEEN", financial: "ONBEKEND", legal: "GEEN", dimension: "legal", amount: 1250.5, done: 7, total: 10, number: 3, title: "x", usualSuspects: 2, excerpt: "x" };
    for (const [locale, messages] of [["nl", nl], ["en", en]] as const) {
      const errors: string[] = [];
      const t = createTranslator({ locale, messages: { preparation: messages }, namespace: "preparation", onError: (e) => errors.push(e.message) });
      for (const key of locales[locale].keys()) {
        const output = (t as unknown as (k: string, p: object) => string)(key, params);
        expect(output, `${locale}:${key}`).not.toMatch(/[{}]/);
      }
      expect(errors).toEqual([]);
    }
  });

  it("format the amount as euros in Dutch", () => {
    const t = translator("nl", "preparation");
    expect(t("roomForInput.financialAmount.RUIM", { amount: 40000 })).toMatch(/€\s40\.000,00/);
  });

  it("cover every step with title, subtitle, guidance of 3 to 5 sentences and a Rob source", () => {
    for (const step of STEPS) {
      for (const part of ["title", "subtitle", "guidance", "source"]) expect(has(`${step.messageKey}.${part}`), `${step.messageKey}.${part}`).toBe(true);
      for (const [, map] of Object.entries(locales)) {
        const sentences = (map.get(`${step.messageKey}.guidance`) ?? "").split(/[.?!](?:\s|$)/).filter((s) => s.trim() !== "");
        expect(sentences.length, step.messageKey).toBeGreaterThanOrEqual(3);
        expect(sentences.length, step.messageKey).toBeLessThanOrEqual(5);
        expect(map.get(`${step.messageKey}.source`)).toMatch(new RegExp(`\\(Rob\\), Loslaten in vertrouwen\\..*\\(brochure, 2014\\), \\w+ ${step.number}; .*Loslaten in vertrouwen \\(2012\\)$`));
      }
    }
  });

  it("label every field of every step, including list items", () => {
    const itemKeys: Record<string, string> = {
      explorations: "exploration", mainLines: "mainLine", processAgreements: "processAgreement", stakeholders: "stakeholder",
      responsibilities: "responsibility", actors: "actor", councilMoments: "councilMoment", feedbackAgreements: "feedbackAgreement",
      agendaTopics: "agendaTopic", invitees: "invitee", targetGroups: "targetGroup", participants: "participant",
      evaluationMoments: "evaluationMoment", learningLog: "learningLogEntry",
    };
    for (const step of STEPS) {
      const fields = `${step.messageKey}.fields`;
      for (const [field, value] of Object.entries(emptyStepData(step.number))) {
        expect(has(`${fields}.${field}`), `${fields}.${field}`).toBe(true);
        if (Array.isArray(value)) {
          const parsed = parseStepData(step.number, { [field]: [{ id: "x", date: "2026-01-01" }] });
          if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
          const item = (parsed.data as Record<string, Record<string, unknown>[]>)[field][0];
          for (const key of Object.keys(item).filter((k) => k !== "id")) {
            expect(has(`${fields}.${itemKeys[field]}.${key}`), `${fields}.${itemKeys[field]}.${key}`).toBe(true);
          }
        } else if (value !== null && typeof value === "object") {
          for (const key of Object.keys(value)) expect(has(`${fields}.${key}`), `${fields}.${key}`).toBe(true);
        }
      }
    }
  });

  it("have a text for every code, status, rung, level and transition", () => {
    const keys = [
      ...WARNING_CODES.map((c) => `warnings.${c}`),
      ...MISSING_CODES.map((c) => `missing.${c}`),
      ...STEP_STATUSES.map((s) => `status.${s}`),
      ...RUNGS.flatMap((r) => [`rungs.${r}.name`, `rungs.${r}.explanation`]),
      ...["GEEN", "BEPERKT", "RUIM", "VOLLEDIG"].map((l) => `levels.${l}`),
      ...SESSION_STATUSES.map((s) => `sessionStatus.${s}`),
      ...SESSION_STATUSES.flatMap((from) => TRANSITIONS[from].map((to) => transitionKey(from, to))),
    ];
    expect(keys.filter((k) => !has(k))).toEqual([]);
    expect(locales.nl.get("status.NVT")).toBe("N.v.t.");
    // Closing a session after its review is named after the review (terugblik), so nobody takes it
    // for step 9's evaluation moments months later.
    expect(locales.nl.get("sessionStatus.GEEVALUEERD")).toBe("Terugblik afgerond");
    expect(locales.nl.get("sessionTransitions.AFGEROND_GEEVALUEERD")).toBe("Terugblik afronden");
    expect([...locales.nl.values()].filter((text) => /evaluatie afronden/i.test(text))).toEqual([]);
  });
});
