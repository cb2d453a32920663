import { describe, expect, it } from "vitest";
import { read, SOURCES } from "@/tests/support/source-files";

// The shape of every write (README: "One shape for writes"): a member's write goes through
// command() in lib/db/command.ts — permission, one transaction, the gemeente in the write's
// own where, an audit record. These scans keep the two ways around it out.

const lib = () => SOURCES.filter((file) => file.startsWith("lib/"));

/**
 * Transactions that are not a member's command, each with its reason. Anything else that
 * opens a transaction of its own fails here.
 */
const OWN_TRANSACTIONS: Record<string, string> = {
  "lib/db/command.ts": "the command itself",
  "lib/auth/sign-in-sessions.ts": "a sign-in, before there is an actor",
  "lib/auth/change-password.ts": "a person's own account, not a gemeente's data",
  "lib/members/accept-invitation.ts": "accepting an invitation: the token is the credential, there is no actor yet",
  "lib/passwords/reset.ts": "a password reset: the link is the credential, there is no actor",
  "lib/guests/repeats.ts": "a guest joining or answering a herhaling: its join code, then the signed guest cookie, is the credential, there is no member",
  "lib/auth/sso.ts": "linking a single sign-on identity at sign-in, before there is an actor",
  "lib/privacy/retention-core.ts": "the retention job (npm run retention), which runs without a person",
  "lib/reminders/digest.ts": "the daily reminder job, which runs without a person: the digest's mark and its mail together",
  "lib/privacy/export-person.ts": "a consistent read of one person's data, no write",
  "lib/worksheets/publication.ts": "the publication backfill at start, which runs without a person",
  "lib/demo/seed-demo.ts": "the demo data",
};

/** Writes by a bare id: allowed only where the row is the system's or the person's own, not a gemeente's. */
const BARE_ID_WRITES: Record<string, string> = {
  "lib/auth/change-password.ts": "the signed-in person's own user row",
  "lib/privacy/retention-core.ts": "the retention job, on rows it selected by gemeente",
  "lib/worksheets/publication.ts": "publishing, on a worksheet the caller already found in its scope",
  "lib/worksheets/guest-publication.ts": "publishing the guests' answers, on a worksheet the caller already found in its scope",
  "lib/members/accept-invitation.ts": "the invited person's own user row, found by the invitation's address",
  "lib/passwords/reset.ts": "the user row a valid reset link belongs to",
};

describe("the shape of writes", () => {
  it("finds the writes at all (guards against a broken scan)", () => {
    expect(lib().filter((file) => /\bcommand\(actor/.test(read(file))).length).toBeGreaterThanOrEqual(8);
  });

  it("opens transactions only through command(), apart from the listed system writes", () => {
    const own = lib().filter((file) => /\.\$transaction\(/.test(read(file)) && !(file in OWN_TRANSACTIONS));
    expect(own).toEqual([]);
  });

  it("updates and deletes a gemeente's rows with the scope in the write's own where, never by a bare id", () => {
    const bare = lib().flatMap((file) =>
      [...read(file).matchAll(/\.(update|delete)\(\{\s*where:\s*\{\s*id\b[^}]*\}/g)]
        .filter(() => !(file in BARE_ID_WRITES))
        .map((m) => `${file}: ${m[0]}`),
    );
    expect(bare).toEqual([]);
  });

  it("keeps the allow-lists honest: every listed file still does what it is listed for", () => {
    const stale = [
      ...Object.keys(OWN_TRANSACTIONS).filter((file) => !/\.\$transaction\(/.test(read(file))),
      ...Object.keys(BARE_ID_WRITES).filter((file) => !/\.(update|delete)\(\{\s*where:\s*\{\s*id\b/.test(read(file))),
    ];
    expect(stale).toEqual([]);
  });
});
