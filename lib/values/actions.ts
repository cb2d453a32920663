"use server";

import { getTranslations } from "next-intl/server";
import { gemeenteAction } from "@/lib/auth/gemeente-action";
import { savedInSession } from "@/lib/forms/saved";
import { saveRanking } from "@/lib/fracties/fracties";
import { findPersonalData } from "@/lib/privacy/personal-data";
import { isId } from "@/lib/validation/ids";
import { caseSchema, mergeValuesSchema, rankingSchema, sessionValueSchema, tensionSchema, verdictSchema } from "@/lib/validation/values";
import { addCase, addTension, linkSessionValue, mergeValues, saveVerdict } from "./values";

export const addCaseAction = gemeenteAction(
  { permission: "cases.contribute", ids: [isId], schema: caseSchema },
  async ({ actor, input, ids: [sessionId], gemeente, values }) => {
    const t = await getTranslations("values");
    // What looks like an inwoner's e-mail address, phone number or BSN is not saved until the author confirms it is none.
    const found = findPersonalData(`${input.description}\n${input.source}`);
    if (found.length > 0 && !input.confirmNoPersonalData) {
      const kinds = found.map((k) => t(`personalData.${k}`)).join(", ");
      return { status: "error", message: t("personalData.found", { kinds }), fieldErrors: { description: [t("personalData.found", { kinds })] }, values, data: { personalData: found.join(",") } };
    }
    await addCase(actor, sessionId, input);
    return savedInSession(gemeente, sessionId, t("caseAdded"));
  },
);

export const linkSessionValueAction = gemeenteAction(
  { permission: "sessions.prepare", ids: [isId], schema: sessionValueSchema },
  async ({ actor, input, ids: [sessionId], gemeente }) => {
    await linkSessionValue(actor, sessionId, input);
    return savedInSession(gemeente, sessionId, (await getTranslations("forms"))("saved"));
  },
);

export const mergeValuesAction = gemeenteAction(
  { permission: "sessions.prepare", ids: [isId], schema: mergeValuesSchema },
  async ({ actor, input, ids: [sessionId], gemeente }) => {
    await mergeValues(actor, input);
    return savedInSession(gemeente, sessionId, (await getTranslations("values"))("merged"));
  },
);

export const addTensionAction = gemeenteAction(
  { permission: "cases.contribute", ids: [isId], schema: tensionSchema },
  async ({ actor, input, ids: [sessionId], gemeente }) => {
    await addTension(actor, sessionId, input);
    return savedInSession(gemeente, sessionId, (await getTranslations("values"))("tensionAdded"));
  },
);

export const saveVerdictAction = gemeenteAction(
  { permission: "sessions.prepare", ids: [isId], schema: verdictSchema },
  async ({ actor, input, ids: [sessionId], gemeente }) => {
    await saveVerdict(actor, sessionId, input);
    return savedInSession(gemeente, sessionId, (await getTranslations("forms"))("saved"));
  },
);

export const saveRankingAction = gemeenteAction(
  { permission: "values.rank", ids: [isId], schema: rankingSchema },
  async ({ actor, input, ids: [sessionId], gemeente }) => {
    await saveRanking(actor, sessionId, input);
    return savedInSession(gemeente, sessionId, (await getTranslations("forms"))("saved"));
  },
);
