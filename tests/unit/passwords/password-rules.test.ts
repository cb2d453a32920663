import type { z } from "zod";
import { messagesOf } from "@/tests/support/validation";
import { describe, expect, it } from "vitest";
import { isVerifiedEmail } from "@/lib/auth/sso-claims";
import { changePasswordSchema, resetPasswordSchema } from "@/lib/validation/password-forms";
import { isCommonPassword, newPasswordSchema } from "@/lib/validation/password";

/** The messages as the Dutch form shows them. */
const messages = (result: { success: boolean; error?: z.ZodError }) => (result.error ? messagesOf(result.error) : []);

describe("new passwords (NCSC: length and no common passwords)", () => {
  it("refuses passwords shorter than 10 characters", () => {
    expect(messages(newPasswordSchema.safeParse("kort-ww"))).toEqual(["Kies een wachtwoord van minstens 10 tekens."]);
  });

  it("refuses common passwords from the shipped list, ignoring case", () => {
    for (const common of ["password123", "Welkom2024!", "WACHTWOORD1", "qwertyuiop", "1234567890"]) {
      expect(isCommonPassword(common), common).toBe(true);
      expect(messages(newPasswordSchema.safeParse(common))[0], common).toMatch(/veel gebruikt/);
    }
  });

  it("accepts a long password that is on no list", () => {
    expect(newPasswordSchema.safeParse("de fiets staat bij het raadhuis").success).toBe(true);
    expect(isCommonPassword("beraad-demo")).toBe(false);
  });

  it("asks for the same new password twice, on reset and on change", () => {
    const reset = resetPasswordSchema.safeParse({ token: "t".repeat(43), password: "een lange zin hier", passwordRepeat: "een andere zin hier" });
    expect(reset.error?.issues.map((i) => i.path.join("."))).toEqual(["passwordRepeat"]);
    const change = changePasswordSchema.safeParse({ currentPassword: "", password: "een lange zin hier", passwordRepeat: "een lange zin hier" });
    expect(change.error?.issues.map((i) => i.path.join("."))).toEqual(["currentPassword"]);
  });
});

describe("a verified e-mail address from single sign-on", () => {
  it("needs email_verified true, or Entra ID's xms_edov", () => {
    expect(isVerifiedEmail({ sub: "a", email: "a@b.nl", email_verified: true })).toBe(true);
    expect(isVerifiedEmail({ sub: "a", email: "a@b.nl", xms_edov: true })).toBe(true);
    expect(isVerifiedEmail({ sub: "a", email: "a@b.nl", email_verified: "true" })).toBe(false);
    expect(isVerifiedEmail({ sub: "a", email: "a@b.nl", email_verified: false })).toBe(false);
    expect(isVerifiedEmail({ sub: "a", email: "a@b.nl" })).toBe(false);
    expect(isVerifiedEmail({ sub: "a", email_verified: true })).toBe(false);
  });
});
