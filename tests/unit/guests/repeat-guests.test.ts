import { describe, expect, it } from "vitest";
import { readGuestToken, readRepeatGuestToken, signGuestToken, signRepeatGuestToken } from "@/lib/auth/guest-token";
import { nextGuestPublication } from "@/lib/worksheets/guest-publication";
import { guestShift } from "@/lib/worksheets/shift-guests";

const SECRET = "test-secret";
const now = Date.UTC(2027, 8, 1, 19, 30);

describe("a herhaling's guest cookie", () => {
  const claim = { guestId: "guest1", repeatId: "repeat1", expiresAt: now + 3600_000 };

  it("is read back for its own herhaling only, while unexpired, and only with the app's secret", () => {
    const token = signRepeatGuestToken(claim, SECRET);
    expect(readRepeatGuestToken(token, "repeat1", SECRET, now)).toEqual(claim);
    expect(readRepeatGuestToken(token, "repeat2", SECRET, now)).toBeNull();
    expect(readRepeatGuestToken(token, "repeat1", SECRET, claim.expiresAt)).toBeNull();
    expect(readRepeatGuestToken(token, "repeat1", "another-secret", now)).toBeNull();
  });

  it("is never read as the live phase's cookie, nor the reverse, even for the same id", () => {
    const repeatToken = signRepeatGuestToken({ guestId: "guest1", repeatId: "x1", expiresAt: now + 3600_000 }, SECRET);
    const sessionToken = signGuestToken({ guestId: "guest1", sessionId: "x1", expiresAt: now + 3600_000 }, SECRET);
    expect(readGuestToken(repeatToken, "x1", SECRET, now)).toBeNull();
    expect(readRepeatGuestToken(sessionToken, "x1", SECRET, now)).toBeNull();
    // Relabelling the kind breaks the signature.
    expect(readRepeatGuestToken(sessionToken.replace(/^g1\./, "h1."), "x1", SECRET, now)).toBeNull();
    expect(readGuestToken(repeatToken.replace(/^h1\./, "g1."), "x1", SECRET, now)).toBeNull();
  });
});

describe("guests in the shift over the rounds", () => {
  const answer = (actorId: string, group: string, guestId: string, rung: "LOSLATEN" | "FACILITEREN" | "REGULEREN") => ({ actorId, group, guestId, rung, motivation: "geheim", unpublished: true });
  const publish = (actorId: string, rows: ReturnType<typeof answer>[]) => nextGuestPublication(null, [actorId], rows, { k: 3, now: new Date(now) }).publication;

  it("shows each group per round only from k answers, below k no distribution, and a round still open as not published", () => {
    const round1 = {
      state: "GESLOTEN" as const,
      actors: [{ id: "a1", key: "gemeente" }],
      guestPublished: publish("a1", [
        answer("a1", "Inwoners", "g1", "FACILITEREN"),
        answer("a1", "Inwoners", "g2", "FACILITEREN"),
        answer("a1", "Inwoners", "g3", "LOSLATEN"),
        answer("a1", "Ambtenaren", "g4", "REGULEREN"),
        answer("a1", "Ambtenaren", "g5", "REGULEREN"),
      ]),
    };
    const round2 = {
      state: "GESLOTEN" as const,
      // The herhaling's own copy of the actor: matched by step 4's key, not by id.
      actors: [{ id: "b1", key: "gemeente" }],
      guestPublished: publish("b1", [
        answer("b1", "Inwoners", "h1", "LOSLATEN"),
        answer("b1", "Inwoners", "h2", "LOSLATEN"),
        answer("b1", "Ambtenaren", "h3", "REGULEREN"),
        answer("b1", "Ambtenaren", "h4", "REGULEREN"),
        answer("b1", "Ambtenaren", "h5", "FACILITEREN"),
      ]),
    };
    const round3 = { state: "OPEN" as const, actors: [{ id: "c1", key: "gemeente" }], guestPublished: null };
    const shift = guestShift([round1, round2, round3], "gemeente", 3);
    expect(shift.map((g) => g.group)).toEqual(["Ambtenaren", "Inwoners"]);
    const [ambtenaren, inwoners] = shift;
    expect(ambtenaren.cells[0]).toEqual({ status: "tooFew" });
    expect(ambtenaren.cells[1]).toMatchObject({ status: "shown", count: 3, distribution: { REGULEREN: 2, FACILITEREN: 1 }, mostChosen: ["REGULEREN"] });
    expect(inwoners.cells[0]).toMatchObject({ status: "shown", count: 3, distribution: { FACILITEREN: 2, LOSLATEN: 1 } });
    expect(inwoners.cells[1]).toEqual({ status: "tooFew" });
    expect(inwoners.cells[2]).toEqual({ status: "notPublished" });
    // Counts only: no guest id and no motivation reaches the shift.
    expect(JSON.stringify(shift)).not.toMatch(/"g1"|"h1"|geheim/);
  });

  it("is empty when no guest answered in any round", () => {
    expect(guestShift([{ state: "GESLOTEN", actors: [{ id: "a1", key: "gemeente" }], guestPublished: null }], "gemeente", 3)).toEqual([]);
  });
});
