import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

describe("passwords", () => {
  it("are stored as argon2id hashes with a random salt", async () => {
    const [a, b] = [await hashPassword("zelfde-wachtwoord"), await hashPassword("zelfde-wachtwoord")];
    expect(a).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, "zelfde-wachtwoord")).toBe(true);
    expect(await verifyPassword(a, "ander-wachtwoord")).toBe(false);
    expect(await verifyPassword(null, "zelfde-wachtwoord")).toBe(false);
  });
});
