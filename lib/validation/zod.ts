import { z } from "zod";
import { msg } from "./message";

/**
 * zod with our own message keys for whatever a schema does not word itself: a
 * missing or wrongly typed field (a tampered form, a hand-edited import file), a
 * hidden id that is empty or too long. The keys are translated where the errors
 * are shown (lib/validation/issues.ts), in the reader's language; without this,
 * zod answers in English ("Invalid input: expected string, received undefined").
 * Every schema imports `z` from here, so the setting is in place wherever one parses.
 */
function defaultMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return msg(issue.input === undefined ? "field.missing" : "field.invalid");
    case "too_small":
      return msg(issue.origin === "string" && Number(issue.minimum) <= 1 ? "field.required" : "field.tooSmall");
    case "too_big":
      return msg("field.tooBig");
    case "invalid_value":
      return msg("field.choose");
    case "invalid_format":
      return msg("field.format");
    case "invalid_union":
      return msg("field.invalid");
    case "unrecognized_keys":
      return msg("field.unknownKeys");
    default:
      return msg("field.default");
  }
}

z.config({ customError: defaultMessage });

export { z };
