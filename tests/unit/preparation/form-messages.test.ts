import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { AbstractIntlMessages } from "next-intl";
import { clientModulesOfRoute, keysOfSource } from "@/scripts/lib/client-message-keys.mjs";
import { routeMessages, type ClientMessagesRoute } from "@/lib/i18n/client-messages";
import ROUTES from "@/lib/i18n/client-messages.json";
import { labelKey, optionKeys, STEP_FORMS, type FieldSpec } from "@/lib/preparation/form-spec";
import { STEP_FORM_COMMON_KEYS, stepFormMessages } from "@/lib/preparation/form-messages";
import { STEPS, type StepDefinition } from "@/lib/preparation/steps";
import { root } from "@/tests/support/source-files";

// The step page ships only its own step's part of "preparation" (issue 17). A step whose form
// asks for a key the page does not ship shows the raw key: these tests fail first, for every
// step, without rendering. What a step's form can ask for comes from two places: the literal
// keys of the client components the page renders (the scan, as for every route), and the keys
// the form builds from the step's spec (labelKey, optionKeys: what step-form.tsx,
// step-fields.tsx and step-data-summary.tsx translate). A field added to a step without its
// label in messages/preparation.*.json fails here.

const ROUTE: ClientMessagesRoute = "(app)/[gemeente]/sessies/[sessieId]/stappen/[stap]/page";
/** The client modules that build "preparation" keys from a step's spec (their translator ships the whole namespace). */
const FORM_FILES = ["components/preparation/step-data-summary.tsx", "components/preparation/step-fields.tsx", "components/preparation/step-form.tsx"];

function catalogue(locale: string): AbstractIntlMessages {
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join(root, "messages", file), "utf8"));
  return { ...read(`${locale}.json`), preparation: read(`preparation.${locale}.json`), validation: read(`validation.${locale}.json`) };
}

const at = (messages: unknown, key: string) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);

/** Key paths the step page's client components use, per module (the scan's own reading of each). */
const modules = clientModulesOfRoute(root, ROUTE).map((file) => ({ file, keys: [...keysOfSource(fs.readFileSync(path.join(root, file), "utf8"), file)] as string[] }));
/** Literal "preparation" keys (or template prefixes) of any client module of the page. */
const literalKeys = [...new Set(modules.flatMap((m) => m.keys).filter((key) => key.startsWith("preparation.")))].sort();

/** Keys (under "preparation") the form builds from one step's spec: every label, and each option's texts. */
function specKeys(step: StepDefinition): string[] {
  const keys: string[] = [];
  const field = (spec: FieldSpec, path: string) => {
    keys.push(labelKey(step.messageKey, path));
    for (const option of spec.options ?? []) {
      const { label, explanation } = optionKeys(spec, option);
      keys.push(label, ...(explanation ? [explanation] : []));
    }
  };
  for (const spec of STEP_FORMS[step.number]) {
    if (spec.kind === "list") {
      keys.push(labelKey(step.messageKey, spec.name));
      for (const f of spec.fields) field(f, `${spec.itemKey}.${f.name}`);
    } else if (spec.kind === "group") {
      keys.push(labelKey(step.messageKey, spec.name));
      for (const f of spec.fields) field(f, f.name);
    } else field(spec, spec.name);
  }
  return keys.map((key) => `preparation.${key}`);
}

describe("the step page's messages", () => {
  it("the route ships 'preparation' whole, which the page narrows, and only the form builds its keys from data", () => {
    expect(ROUTES[ROUTE]).toContain("preparation");
    // A translator handed over or called with a computed key ships the whole namespace; outside the
    // form's files that would be a key the narrowing knows nothing of.
    const computing = modules.filter((m) => m.keys.includes("preparation")).map((m) => m.file);
    expect(computing).toEqual(FORM_FILES);
  });

  it("STEP_FORM_COMMON_KEYS are exactly the literal 'preparation' keys of the page's client components", () => {
    expect(literalKeys.length).toBeGreaterThan(0);
    expect(STEP_FORM_COMMON_KEYS.map((key) => `preparation.${key}`)).toEqual(literalKeys);
  });

  for (const locale of ["nl", "en"]) {
    const messages = catalogue(locale);
    it.each(STEPS.map((step) => [step.slug, step] as const))(`%s (${locale}): every key its form can ask for is shipped`, (_, step) => {
      const picked = routeMessages(ROUTE, locale, messages, stepFormMessages(step.number));
      const wanted = [...literalKeys, ...specKeys(step)];
      expect(wanted.length).toBeGreaterThan(literalKeys.length);
      for (const key of wanted) {
        expect(at(messages, key), `${key} in messages/preparation.${locale}.json`).toBeDefined();
        expect(at(picked, key), key).toEqual(at(messages, key));
      }
      for (const key of specKeys(step)) expect(typeof at(picked, key), key).toBe("string");
      // The route's other keys (the steps namespace, the worksheet controls of step 4, forms) are kept.
      for (const key of ROUTES[ROUTE].filter((k) => k !== "preparation")) expect(at(picked, key), key).toEqual(at(messages, key));
    });

    it(`leaves out other steps and the page's server texts (${locale})`, () => {
      const whole = JSON.stringify(messages.preparation).length;
      for (const step of STEPS) {
        const picked = routeMessages(ROUTE, locale, messages, stepFormMessages(step.number)).preparation as AbstractIntlMessages;
        // Its own step's field labels only: title, guidance and source are rendered on the server.
        expect(picked.steps).toEqual({ [step.messageKey.split(".")[1]]: { fields: at(messages, `preparation.${step.messageKey}.fields`) } });
        for (const serverOnly of ["overview", "warnings", "missing", "roomForInput", "sessionTransitions"]) expect(picked, serverOnly).not.toHaveProperty(serverOnly);
        expect(JSON.stringify(picked).length).toBeLessThan(whole / 5);
      }
    });
  }
});
