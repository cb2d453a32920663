import { describe, expect, it } from "vitest";
import { signInSchema } from "@/lib/validation/auth";
import { acceptInvitationSchema, inviteSchema } from "@/lib/validation/members";
import { errorsByField } from "@/tests/support/validation";
import type { z } from "zod";

/** The first message per field, in Dutch (or English), as the form shows it. */
const messages = (result: { success: boolean; error?: z.ZodError }, locale: "nl" | "en" = "nl") =>
  Object.fromEntries(Object.entries(result.error ? errorsByField(result.error, locale) : {}).map(([field, list]) => [field, list[0]]));

describe("sign-in schema", () => {
  it("accepts an address and password, normalising the address", () => {
    const result = signInSchema.parse({ email: "  Griffier@Voorbeeld.NL ", password: "x" });
    expect(result.email).toBe("griffier@voorbeeld.nl");
  });

  it("asks for both fields in Dutch", () => {
    const result = signInSchema.safeParse({ email: "", password: "" });
    expect(result.success).toBe(false);
    expect(messages(result)).toEqual({ email: "Vul uw e-mailadres in.", password: "Vul uw wachtwoord in." });
  });

  it("asks for them in English in the English interface", () => {
    const result = signInSchema.safeParse({ email: "", password: "" });
    expect(messages(result, "en")).toEqual({ email: "Please enter your e-mail address.", password: "Please enter your password." });
  });

  it("refuses an address without a domain", () => {
    const result = signInSchema.safeParse({ email: "griffier", password: "geheim" });
    expect(messages(result).email).toMatch(/geldig e-mailadres/);
  });
});

describe("invite schema", () => {
  it("accepts an address with a known role", () => {
    expect(inviteSchema.parse({ email: "nieuw@voorbeeld.nl", role: "RAADSLID" })).toEqual({
      email: "nieuw@voorbeeld.nl",
      role: "RAADSLID",
    });
  });

  it("refuses an unknown role and a bad address", () => {
    const result = inviteSchema.safeParse({ email: "geen-adres", role: "WETHOUDER" });
    expect(messages(result)).toEqual({
      email: "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.",
      role: "Kies een rol.",
    });
  });
});

describe("accept-invitation schema", () => {
  const base = { mode: "new", token: "t".repeat(43), name: "Nieuw Raadslid" };

  it("requires a password of at least 10 characters, typed twice the same", () => {
    expect(messages(acceptInvitationSchema.safeParse({ ...base, password: "kort", passwordRepeat: "kort" })).password).toBe(
      "Kies een wachtwoord van minstens 10 tekens.",
    );
    expect(
      messages(acceptInvitationSchema.safeParse({ ...base, password: "lang-genoeg-1", passwordRepeat: "anders-12345" })).passwordRepeat,
    ).toBe("De twee wachtwoorden zijn niet gelijk.");
    expect(acceptInvitationSchema.safeParse({ ...base, password: "lang-genoeg-1", passwordRepeat: "lang-genoeg-1" }).success).toBe(true);
  });

  it("lets an existing account confirm with its password only", () => {
    expect(acceptInvitationSchema.safeParse({ mode: "existing", token: base.token, password: "x" }).success).toBe(true);
  });
});
