import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { isAppError } from "@/lib/errors";
import { logServerError } from "@/lib/log";
import { isId } from "@/lib/validation/ids";
import { fieldErrorsOf, formObject, formValues, type FormState } from "./state";

/**
 * The one way a form action runs: parse with zod → run (which authorises and
 * calls the domain) → a FormState. Expected errors (AppError) show their Dutch
 * message; unexpected ones are logged and shown generically. Redirects thrown
 * by `run` pass through. `boundIds` are the ids the page bound to the action
 * (a session id, a card id): checked first, see refusedArguments.
 */
export async function handleForm<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  run: (input: z.infer<S>) => Promise<FormState | void>,
  boundIds: unknown[] = [],
): Promise<FormState> {
  const refused = await refusedArguments(formData, boundIds);
  if (refused) return refused;
  const values = formValues(formData);
  const parsed = schema.safeParse(formObject(formData));
  if (!parsed.success) return invalidState(fieldErrorsOf(parsed.error), values);
  return runAction(values, async () => (await run(parsed.data)) ?? { status: "success" });
}

/**
 * A server action's arguments come from the client, the ones bound in the page
 * as much as the form: React decodes whatever was posted, so the "form" may be a
 * plain object and a bound id an object ({"$ne": null}) or a text with a NUL.
 * Refused before anything reaches the database: a form that is none is invalid,
 * an id that is none is not found. Null when the arguments are fine.
 */
export async function refusedArguments(formData: unknown, boundIds: unknown[]): Promise<FormState | null> {
  if (!(formData instanceof FormData)) return invalidState({}, {});
  if (boundIds.every(isId)) return null;
  return { status: "error", message: (await getTranslations("errors"))("NOT_FOUND"), values: formValues(formData) };
}

export async function invalidState(fieldErrors: Record<string, string[]>, values: Record<string, string>): Promise<FormState> {
  const t = await getTranslations("errors");
  return { status: "error", message: t("invalid"), fieldErrors, values };
}

/** Runs an action body and turns its errors into a FormState that keeps `values`. */
export async function runAction(values: Record<string, string>, body: () => Promise<FormState>): Promise<FormState> {
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
