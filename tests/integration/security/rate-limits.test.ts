import pg from "pg";
import { describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";
import { JOIN_ATTEMPTS, joinByCode } from "@/lib/live/join";
import { SIGN_IN_FAILURES } from "@/lib/rate-limit";
import { createGemeente, createMember } from "@/tests/support/factories";

type Authorize = (credentials: Record<string, string>, request: object) => Promise<{ id: string } | null>;
// next-auth keeps the provider's own options (with our authorize) under `options`.
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
const signIn = (email: string, password: string) => authorize({ email, password }, {});

async function person(password = "het-goede-wachtwoord") {
  const member = await createMember(await createGemeente(), "RAADSLID", password);
  return (await db().user.findUniqueOrThrow({ where: { id: member.userId } })).email;
}

/** Counts rows through a separate connection: the limit's state is in PostgreSQL, where every app instance sees it. */
async function rowsSeenByAnotherInstance(bucket: string, key: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query("SELECT count(*)::int AS n FROM rate_limit_hit WHERE bucket = $1 AND key = $2", [bucket, key])).rows[0].n as number;
  } finally {
    await client.end();
  }
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

describe("join code rate limit", () => {
  it("10 wrong codes per person per 10 minutes, then even a right code is refused", async () => {
    const member = await createMember(await createGemeente(), "GRIFFIER");
    const session = await db().councilSession.create({
      data: { gemeenteId: member.gemeenteId, title: "Live", theme: "", startsAt: new Date(), location: "", description: "", status: "LIVE", joinCode: "ABCDEF" },
    });
    expect(await joinByCode(member.userId, "abc def")).toBe(`/projectie/${member.gemeenteSlug}/${session.id}`);
    expect(await rowsSeenByAnotherInstance(JOIN_ATTEMPTS.bucket, member.userId)).toBe(0); // a successful join does not count

    const guesses = await Promise.allSettled(Array.from({ length: 15 }, (_, i) => joinByCode(member.userId, `ZZZZ${String(i).padStart(2, "2")}`)));
    const codes = guesses.map((g) => (g.status === "rejected" ? (g.reason as { code: string }).code : "OK"));
    expect(codes.filter((c) => c === "JOIN_CODE_UNKNOWN")).toHaveLength(10);
    expect(codes.filter((c) => c === "RATE_LIMITED")).toHaveLength(5);
    await expect(joinByCode(member.userId, "ABCDEF")).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});
