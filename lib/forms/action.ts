import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { isAppError } from "@/lib/errors";
import { logServerError } from "@/lib/log";
import { fieldErrorsOf, formObject, formValues, type FormState } from "./state";

/**
 * The one way a form action runs: parse with zod → run (which authorises and
 * calls the domain) → a FormState. Expected errors (AppError) show their Dutch
 * message; unexpected ones are logged and shown generically. Redirects thrown
 * by `run` pass through.
 */
export async function handleForm<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  run: (input: z.infer<S>) => Promise<FormState | void>,
): Promise<FormState> {
  const values = formValues(formData);
  const parsed = schema.safeParse(formObject(formData));
  if (!parsed.success) return invalidState(fieldErrorsOf(parsed.error), values);
  return runAction(values, async () => (await run(parsed.data)) ?? { status: "success" });
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
