import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { isAppError } from "@/lib/errors";
import { logServerError } from "@/lib/log";
import { fieldErrorsOf } from "@/lib/validation/issues";
import { formObject, formValues, type FormState } from "./state";

/** Checks one argument the page bound to an action (an id, a step number). */
export type Guard<T = unknown> = (value: unknown) => value is T;
/** The values a tuple of guards lets through, e.g. [typeof isId] → [string]. */
export type Guarded<G extends readonly Guard[]> = { -readonly [I in keyof G]: G[I] extends Guard<infer T> ? T : never };

/** A form's input after parsing, or the state that refuses it (field errors, the typed values). */
/** A refusal carries no result data: it fits every form's state. */
export type Parsed<T> = { ok: true; input: T } | { ok: false; state: FormState<never> };
export type Parse<T, B = unknown> = (formData: FormData, bound: B) => Promise<Parsed<T>>;

/**
 * The one way a form action runs (lib/auth/gemeente-action.ts builds every action on it):
 * the bound arguments and the FormData are checked first (refusedArguments), then
 * `authorise` runs BEFORE anything else of the input is read, then `parse`, then
 * `body`, whose errors runAction turns into a FormState that keeps the typed values.
 */
export async function runFormAction<C, T, D extends object>(call: {
  formData: unknown;
  bound: unknown[];
  guards: readonly Guard[];
  authorise: () => Promise<C>;
  parse: (formData: FormData) => Promise<Parsed<T>>;
  body: (context: C, input: T, formData: FormData, values: Record<string, string>) => Promise<FormState<D> | void>;
}): Promise<FormState<D>> {
  const refused = await refusedArguments(call.formData, call.bound, call.guards);
  if (refused) return refused;
  const formData = call.formData as FormData;
  const values = formValues(formData);
  return runAction<D>(values, async () => {
    const context = await call.authorise();
    const parsed = await call.parse(formData);
    if (!parsed.ok) return parsed.state;
    return (await call.body(context, parsed.input, formData, values)) ?? { status: "success" };
  });
}

/** Parsing with a zod schema: Dutch field errors, and the typed values echoed back so a refused form keeps its input. */
export function parseWith<T>(schema: z.ZodType<T>): (formData: FormData) => Promise<Parsed<T>> {
  return async (formData) => {
    const parsed = schema.safeParse(formObject(formData));
    if (parsed.success) return { ok: true, input: parsed.data };
    return { ok: false, state: await invalidState(fieldErrorsOf(parsed.error, await getTranslations("validation")), formValues(formData)) };
  };
}

/**
 * A server action's arguments come from the client, the ones bound in the page
 * as much as the form: React decodes whatever was posted, so the "form" may be a
 * plain object and a bound id an object ({"$ne": null}) or a text with a NUL.
 * Refused before anything reaches the database: a form that is none is invalid,
 * a bound argument that its guard refuses is not found. Null when the arguments are fine.
 */
export async function refusedArguments(formData: unknown, bound: unknown[], guards: readonly Guard[]): Promise<FormState<never> | null> {
  if (!(formData instanceof FormData)) return invalidState({}, {});
  if (guards.every((guard, i) => guard(bound[i]))) return null;
  return { status: "error", message: (await getTranslations("errors"))("NOT_FOUND"), values: formValues(formData) };
}

export async function invalidState(fieldErrors: Record<string, string[]>, values: Record<string, string>): Promise<FormState<never>> {
  const t = await getTranslations("errors");
  return { status: "error", message: t("invalid"), fieldErrors, values };
}

/** Runs an action body and turns its errors into a FormState that keeps `values`. */
export async function runAction<D extends object>(values: Record<string, string>, body: () => Promise<FormState<D>>): Promise<FormState<D>> {
  try {
    return await body();
  } catch (error) {
    if (isNextControlFlow(error)) throw error;
    const t = await getTranslations("errors");
    if (isAppError(error)) return { status: "error", message: t(error.code), values };
    await logServerError("Unexpected error in form action", error);
    return { status: "error", message: t("unexpected"), values };
  }
}

// redirect() and notFound() work by throwing; they must reach Next unchanged.
function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"));
}
