import { notFound } from "next/navigation";
import { isAppError, type AppErrorCode } from "@/lib/errors";

/**
 * For pages: the promise's value, or Next's "niet gevonden" page when it fails
 * with an AppError (only with `code`, when given). Anything else is rethrown.
 */
export async function orNotFound<T>(promise: Promise<T>, code?: AppErrorCode): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (isAppError(error) && (code === undefined || error.code === code)) notFound();
    throw error;
  }
}
