import { describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";
import { acceptInvitation } from "@/lib/members/accept-invitation";
import { inviteMember } from "@/lib/members/invite-member";
import { SIGN_IN_CLIENT_FAILURES, SIGN_IN_FAILURES } from "@/lib/rate-limit";
import { rowsSeenByAnotherInstance } from "@/tests/support/database";
import { createGemeente, createMember, newClient } from "@/tests/support/factories";

type Authorize = (credentials: Record<string, string>, request: object) => Promise<{ id: string } | null>;
// next-auth keeps the provider's own options (with our authorize) under `options`.
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
/**
 * A sign-in as next-auth hands it to authorize: with the request's headers, whose
 * X-Forwarded-For ends in the socket address (scripts/serve.mjs appends it).
 */
const signIn = (email: string, password: string, client = newClient()) =>
  authorize({ email, password }, { headers: { "x-forwarded-for": client } });

async function person(password = "het-goede-wachtwoord") {
  const member = await createMember(await createGemeente(), "RAADSLID", password);
  return (await db().user.findUniqueOrThrow({ where: { id: member.userId } })).email;
}

/** An invitation of another gemeente to an existing account's address: its link asks for that account's password. */
async function invitationFor(email: string) {
  const beheerder = await createMember(await createGemeente("Buurstad"), "BEHEERDER");
  return (await inviteMember(beheerder, { email, role: "RAADSLID" })).token;
}


describe("sign-in rate limit", () => {
  it("after 5 wrong passwords even the right one is refused, and a success resets the count", async () => {
    const email = await person();
    expect(await signIn(email, "het-goede-wachtwoord")).toMatchObject({ email });
    for (let i = 0; i < 4; i++) expect(await signIn(email, "fout-wachtwoord")).toBeNull();
    expect(await signIn(email, "het-goede-wachtwoord")).toMatchObject({ email }); // 4 failures + success: cleared
    expect(await rowsSeenByAnotherInstance(SIGN_IN_FAILURES.bucket, email)).toBe(0);

    for (let i = 0; i < 5; i++) expect(await signIn(email, "fout-wachtwoord")).toBeNull();
    expect(await rowsSeenByAnotherInstance(SIGN_IN_FAILURES.bucket, email)).toBe(5);
    await expect(signIn(email, "het-goede-wachtwoord")).rejects.toThrow("RateLimited");
  });

  it("holds against parallel guesses: at most 5 of 20 simultaneous attempts get their password checked", async () => {
    const email = await person();
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => signIn(email, "fout-wachtwoord")));
    const checked = results.filter((r) => r.status === "fulfilled").length;
    const refused = results.filter((r) => r.status === "rejected" && String(r.reason).includes("RateLimited")).length;
    expect({ checked, refused }).toEqual({ checked: 5, refused: 15 });
  });

  it("unknown addresses are limited the same way (no hint that an account exists)", async () => {
    for (let i = 0; i < 5; i++) expect(await signIn("niemand@test.nl", "iets")).toBeNull();
    await expect(signIn("niemand@test.nl", "iets")).rejects.toThrow("RateLimited");
  });
});

describe("accepting an invitation with an existing account", () => {
  it("shares the sign-in limit: eight wrong tries lock the address, and then even the right password is refused", async () => {
    const email = await person();
    const token = await invitationFor(email);
    const outcomes: string[] = [];
    for (let i = 0; i < 8; i++) {
      outcomes.push(await acceptInvitation({ token, password: `geraden-${i}` }, newClient()).then(() => "ACCEPTED", (e: { code: string }) => e.code));
    }
    expect(outcomes).toEqual([...Array(5).fill("INVITATION_WRONG_PASSWORD"), ...Array(3).fill("PASSWORD_LIMITED")]);
    await expect(acceptInvitation({ token, password: "het-goede-wachtwoord" }, newClient())).rejects.toMatchObject({ code: "PASSWORD_LIMITED" });
    expect(await db().membership.count({ where: { user: { email } } })).toBe(1); // not joined
    // The same lock holds for signing in.
    await expect(signIn(email, "het-goede-wachtwoord")).rejects.toThrow("RateLimited");
  });

  it("is refused while the address's sign-in is locked, and accepted with the right password otherwise", async () => {
    const email = await person();
    const token = await invitationFor(email);
    for (let i = 0; i < 5; i++) expect(await signIn(email, "fout-wachtwoord")).toBeNull();
    await expect(acceptInvitation({ token, password: "het-goede-wachtwoord" }, newClient())).rejects.toMatchObject({ code: "PASSWORD_LIMITED" });

    const other = await person();
    await acceptInvitation({ token: await invitationFor(other), password: "het-goede-wachtwoord" }, newClient());
    expect(await db().membership.count({ where: { user: { email: other } } })).toBe(2);
  });

  it("counts against the client too", async () => {
    const client = newClient();
    for (let i = 0; i < SIGN_IN_CLIENT_FAILURES.max; i++) expect(await signIn(`adres-${i}@test.nl`, "zomer2026", client)).toBeNull();
    const email = await person();
    await expect(acceptInvitation({ token: await invitationFor(email), password: "het-goede-wachtwoord" }, client)).rejects.toMatchObject({
      code: "PASSWORD_LIMITED",
    });
  });
});

describe("sign-in rate limit per client", () => {
  it("one client trying one password against many addresses is stopped; other clients are not", async () => {
    const client = newClient();
    const email = await person();
    for (let i = 0; i < SIGN_IN_CLIENT_FAILURES.max; i++) expect(await signIn(`slachtoffer-${i}@test.nl`, "zomer2026", client)).toBeNull();
    expect(await rowsSeenByAnotherInstance(SIGN_IN_CLIENT_FAILURES.bucket, client)).toBe(SIGN_IN_CLIENT_FAILURES.max);
    await expect(signIn(email, "het-goede-wachtwoord", client)).rejects.toThrow("RateLimited");
    expect(await signIn(email, "het-goede-wachtwoord", newClient())).toMatchObject({ email });
  });

  it("a success takes back only its own attempt: signing in to one's own account does not reset a guesser", async () => {
    const client = newClient();
    const own = await person();
    for (let i = 0; i < SIGN_IN_CLIENT_FAILURES.max - 1; i++) expect(await signIn(`ander-${i}@test.nl`, "zomer2026", client)).toBeNull();
    expect(await signIn(own, "het-goede-wachtwoord", client)).toMatchObject({ email: own });
    expect(await signIn("nog-een@test.nl", "zomer2026", client)).toBeNull(); // the 30th failure
    await expect(signIn(own, "het-goede-wachtwoord", client)).rejects.toThrow("RateLimited");
  });

  it("holds against parallel guesses from one client", async () => {
    const client = newClient();
    const results = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => signIn(`parallel-${i}@test.nl`, "zomer2026", client)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(SIGN_IN_CLIENT_FAILURES.max);
  });

  it("the client is the socket address (the last X-Forwarded-For entry), not what the client wrote before it", async () => {
    const socket = newClient();
    for (let i = 0; i < SIGN_IN_CLIENT_FAILURES.max; i++) {
      expect(await signIn(`vervalst-${i}@test.nl`, "zomer2026", `${newClient()}, ${socket}`)).toBeNull();
    }
    await expect(signIn("nog-een@test.nl", "zomer2026", `${newClient()}, ${socket}`)).rejects.toThrow("RateLimited");
  });
});

describe("rate limit rows", () => {
  it("are not kept past their window: client addresses are personal data", async () => {
    const client = newClient();
    const longAgo = new Date(Date.now() - SIGN_IN_CLIENT_FAILURES.windowMs - 1000);
    await db().rateLimitHit.create({ data: { bucket: SIGN_IN_CLIENT_FAILURES.bucket, key: client, createdAt: longAgo } });
    expect(await signIn("iemand@test.nl", "zomer2026")).toBeNull(); // another client's attempt
    expect(await rowsSeenByAnotherInstance(SIGN_IN_CLIENT_FAILURES.bucket, client)).toBe(0);
  });
});
