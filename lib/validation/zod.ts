import { z } from "zod";

/**
 * zod with Dutch messages for whatever a schema does not word itself: a missing
 * or wrongly typed field (a tampered form, a hand-edited import file), a hidden
 * id that is empty or too long. Without this, zod answers in English
 * ("Invalid input: expected string, received undefined") in the form.
 * Every schema imports `z` from here, so the setting is in place wherever one parses.
 */
function dutch(issue: z.core.$ZodRawIssue): string {
  const unit = issue.origin === "string" ? "tekens" : "items";
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "Dit veld ontbreekt." : "Dit veld heeft een ongeldige waarde.";
    case "too_small":
      return issue.origin === "string" && Number(issue.minimum) <= 1 ? "Vul dit veld in." : `Te kort of te klein: minstens ${String(issue.minimum)}${issue.origin === "string" || issue.origin === "array" ? ` ${unit}` : ""}.`;
    case "too_big":
      return `Te lang of te groot: hoogstens ${String(issue.maximum)}${issue.origin === "string" || issue.origin === "array" ? ` ${unit}` : ""}.`;
    case "invalid_value":
      return "Kies een van de mogelijke waarden.";
    case "invalid_format":
      return "Dit heeft niet de juiste vorm.";
    case "invalid_union":
      return "Dit veld heeft een ongeldige waarde.";
    case "unrecognized_keys":
      return "Dit bevat onbekende velden.";
    default:
      return "Deze waarde is ongeldig.";
  }
}

z.config({ customError: dutch });

export { z };
