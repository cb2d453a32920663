import { describe, expect, it } from "vitest";
import { checkPassword } from "@/lib/auth/check-password";
import { changePassword } from "@/lib/auth/change-password";
import { accountOfSession } from "@/lib/auth/membership";
import { startSignInSession } from "@/lib/auth/sign-in-sessions";
import { db } from "@/lib/db";
import { RESET_TTL_MS, isResetUsable, requestPasswordReset, resetPassword } from "@/lib/passwords/reset";
import { createGemeente, createMember, newClient } from "@/tests/support/factories";

async function member(password = "het-oude-wachtwoord") {
  const gemeente = await createGemeente("Herstelstad");
  const m = await createMember(gemeente, "RAADSLID", password);
  return db().user.findUniqueOrThrow({ where: { id: m.userId } });
}

async function linkFor(email: string, now = new Date()) {
  const request = await requestPasswordReset(email, newClient(), now);
  if (request.status !== "send") throw new Error(`expected a link, got ${request.status}`);
  return request.token;
}

describe("wachtwoord vergeten", () => {
  it("stores only the token's hash, and the link works exactly once", async () => {
    const user = await member();
    const token = await linkFor(user.email);
    const stored = await db().passwordReset.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).not.toContain(token);
    expect(JSON.stringify(stored)).not.toContain(token);

    expect(await isResetUsable(token)).toBe(true);
    await resetPassword(token, "een nieuwe zin als wachtwoord");
    expect(await isResetUsable(token)).toBe(false);
    await expect(resetPassword(token, "nog een andere zin hier")).rejects.toMatchObject({ code: "RESET_INVALID" });
    expect((await checkPassword(user.email, "een nieuwe zin als wachtwoord", newClient())).status).toBe("ok");
    expect(await db().auditEvent.count({ where: { actorId: user.id, action: "account.reset-password" } })).toBe(1);
  });

  it("two uses at the same moment: only one wins", async () => {
    const user = await member();
    const token = await linkFor(user.email);
    const results = await Promise.allSettled([resetPassword(token, "de eerste nieuwe zin"), resetPassword(token, "de tweede nieuwe zin")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("a link expires after an hour", async () => {
    const user = await member();
    const asked = new Date(Date.now() - RESET_TTL_MS - 1000);
    const token = await linkFor(user.email, asked);
    expect(await isResetUsable(token)).toBe(false);
    await expect(resetPassword(token, "een nieuwe zin als wachtwoord")).rejects.toMatchObject({ code: "RESET_INVALID" });
    expect((await checkPassword(user.email, "het-oude-wachtwoord", newClient())).status).toBe("ok");
  });

  it("a reset ends every sign-in session of the person, and their other links", async () => {
    const user = await member();
    const [phone, laptop] = [await startSignInSession(user.id), await startSignInSession(user.id)];
    const older = await linkFor(user.email);
    const token = await linkFor(user.email);
    await resetPassword(token, "een nieuwe zin als wachtwoord");
    expect(await accountOfSession(user.id, phone)).toBeNull();
    expect(await accountOfSession(user.id, laptop)).toBeNull();
    expect(await isResetUsable(older)).toBe(false);
  });

  it("changing the password makes an earlier reset link useless", async () => {
    const user = await member();
    const token = await linkFor(user.email);
    await changePassword({ id: user.id, email: user.email, sid: await startSignInSession(user.id) }, { currentPassword: "het-oude-wachtwoord", newPassword: "een nieuwe zin als wachtwoord" }, newClient());
    expect(await isResetUsable(token)).toBe(false);
  });

  it("an unknown address gets no link and the same kind of answer; nothing is stored", async () => {
    const before = await db().passwordReset.count();
    expect(await requestPasswordReset("niemand@herstelstad.test", newClient())).toEqual({ status: "none" });
    expect(await db().passwordReset.count()).toBe(before);
  });

  it("is limited per address (3 an hour) and per client (10 an hour), whether or not the address exists", async () => {
    const user = await member();
    for (let i = 0; i < 3; i++) await linkFor(user.email);
    expect((await requestPasswordReset(user.email, newClient())).status).toBe("limited");
    for (let i = 0; i < 3; i++) expect((await requestPasswordReset("onbekend@herstelstad.test", newClient())).status).toBe("none");
    expect((await requestPasswordReset("onbekend@herstelstad.test", newClient())).status).toBe("limited");

    const client = newClient();
    for (let i = 0; i < 10; i++) expect((await requestPasswordReset(`adres-${i}@herstelstad.test`, client)).status).toBe("none");
    expect((await requestPasswordReset("adres-10@herstelstad.test", client)).status).toBe("limited");
  });
});
