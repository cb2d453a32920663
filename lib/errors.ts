/**
 * Expected failures carry a code that the UI turns into a Dutch message
 * (messages: errors.<code>). Anything else is unexpected: logged, and shown as a
 * generic message, never with internal detail.
 */
export const APP_ERROR_CODES = [
  "NOT_FOUND",
  "FORBIDDEN",
  "CONFLICT",
  "INVALID",
  "RATE_LIMITED",
  "INVITATION_INVALID",
  "ALREADY_MEMBER",
  "INVITATION_WRONG_PASSWORD",
  "INVALID_TRANSITION",
  "WORKSHEET_INCOMPLETE",
  "WORKSHEET_CLOSED",
  "ANONYMITY_LOCKED",
  "ANSWERS_PURGED",
  "REPEAT_NOT_READY",
  "REPEAT_EXISTS",
  "PROMISE_CHANGED",
  "JOIN_CODE_UNKNOWN",
  "GUEST_GROUP_UNKNOWN",
  "GUESTS_FULL",
  "GUESTS_NOT_ALLOWED",
  "LAST_BEHEERDER",
  "ERASE_SELF",
  "PASSWORD_LIMITED",
  "WRONG_PASSWORD",
  "RESET_INVALID",
  "RESET_LIMITED",
  "SESSION_NOT_LIVE",
  "RSVP_INVALID",
  "MAIL_NOT_CONFIGURED",
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message?: string,
  ) {
    super(message ?? code);
    this.name = "AppError";
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
