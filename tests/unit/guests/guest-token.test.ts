import { describe, expect, it } from "vitest";
import { readGuestToken, signGuestToken } from "@/lib/auth/guest-token";
import { recognition } from "@/lib/worksheets/guest-results";
import { nextGuestPublication } from "@/lib/worksheets/guest-publication";

const SECRET = "test-secret";
const now = Date.UTC(2027, 1, 1, 19, 30);
const claim = { guestId: "guest1", sessionId: "session1", expiresAt: now + 3600_000 };

describe("the guest cookie", () => {
  it("is read back for its own session only, while unexpired, and only with the app's secret", () => {
    const token = signGuestToken(claim, SECRET);
    expect(readGuestToken(token, "session1", SECRET, now)).toEqual(claim);
    expect(readGuestToken(token, "session2", SECRET, now)).toBeNull();
    expect(readGuestToken(token, "session1", SECRET, claim.expiresAt)).toBeNull();
    expect(readGuestToken(token, "session1", "another-secret", now)).toBeNull();
    expect(readGuestToken(undefined, "session1", SECRET, now)).toBeNull();
  });

  it("cannot be edited to name another guest, session or expiry", () => {
    const [prefix, , sessionId, expires, signature] = signGuestToken(claim, SECRET).split(".");
    expect(readGuestToken([prefix, "guest2", sessionId, expires, signature].join("."), "session1", SECRET, now)).toBeNull();
    expect(readGuestToken([prefix, "guest1", "session2", expires, signature].join("."), "session2", SECRET, now)).toBeNull();
    expect(readGuestToken([prefix, "guest1", sessionId, String(claim.expiresAt * 2), signature].join("."), "session1", SECRET, now)).toBeNull();
    expect(readGuestToken("g1.guest1.session1", "session1", SECRET, now)).toBeNull();
  });
});

describe("guest publication and recognition", () => {
  const row = (group: string, guestId: string, rung: "LOSLATEN" | "FACILITEREN") => ({ actorId: "a", group, guestId, rung, motivation: "", unpublished: true });

  it("publishes each group on its own with k, and keeps a group's figures until k of its answers changed", () => {
    const first = nextGuestPublication(null, ["a"], [row("Inwoners", "1", "LOSLATEN"), row("Inwoners", "2", "LOSLATEN"), row("Inwoners", "3", "FACILITEREN"), row("College", "4", "LOSLATEN")], { k: 3, now: new Date(now) });
    expect(first.publication.groups.Inwoners.actors.a.counts.LOSLATEN).toBe(2);
    expect(first.publication.groups.Inwoners.respondents).toBe(3);
    expect(first.publication.groups.College.actors.a).toBeUndefined();
    // One inwoner changes their answer: not shown until k answers changed.
    const answers = [{ ...row("Inwoners", "1", "FACILITEREN") }, { ...row("Inwoners", "2", "LOSLATEN"), unpublished: false }, { ...row("Inwoners", "3", "FACILITEREN"), unpublished: false }];
    const second = nextGuestPublication(first.publication, ["a"], answers, { k: 3, now: new Date(now + 1000) });
    expect(second.publication.groups.Inwoners.actors.a).toEqual(first.publication.groups.Inwoners.actors.a);
    expect(second.republished).toEqual([]);
  });

  it("reads recognition from the distance to the council's most chosen rung", () => {
    const guests = (counts: Partial<Record<"REGULEREN" | "REGISSEREN" | "STIMULEREN" | "FACILITEREN" | "LOSLATEN", number>>) => ({ REGULEREN: 0, REGISSEREN: 0, STIMULEREN: 0, FACILITEREN: 0, LOSLATEN: 0, ...counts });
    expect(recognition(["FACILITEREN"], guests({ FACILITEREN: 3, STIMULEREN: 1 }))).toEqual({ meanDistance: 0.25, sameRung: 0.75, reading: "HERKENNEN" });
    expect(recognition(["FACILITEREN"], guests({ STIMULEREN: 2, LOSLATEN: 2 }))?.reading).toBe("DEELS");
    expect(recognition(["REGULEREN"], guests({ LOSLATEN: 3 }))?.reading).toBe("NIET");
    // A tied council: each guest counts from the nearest of its rungs.
    expect(recognition(["REGULEREN", "LOSLATEN"], guests({ LOSLATEN: 2 }))?.meanDistance).toBe(0);
    expect(recognition([], guests({ LOSLATEN: 2 }))).toBeNull();
  });
});

describe("the gap between now and desired", () => {
  it("reads the shift in rungs and its direction", async () => {
    const { gap } = await import("@/lib/worksheets/gap");
    expect(gap(["REGULEREN", "REGULEREN"], ["FACILITEREN", "LOSLATEN"])).toEqual({ meanNow: 0, meanDesired: 3.5, shift: 3.5, direction: "LOSSER" });
    expect(gap(["LOSLATEN"], ["STIMULEREN"])?.direction).toBe("STURENDER");
    expect(gap(["STIMULEREN", "FACILITEREN"], ["STIMULEREN", "STIMULEREN", "FACILITEREN", "FACILITEREN"])?.direction).toBe("GELIJK");
    expect(gap([], ["STIMULEREN"])).toBeNull();
  });
});
