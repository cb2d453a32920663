import { describe, expect, it } from "vitest";
import { readRsvpToken, signRsvpToken } from "@/lib/invitations/rsvp-token";

describe("the RSVP link's token", () => {
  const claim = { sessionId: "cmsession1", membershipId: "cmmember1" };

  it("reads back what was signed", () => {
    expect(readRsvpToken(signRsvpToken(claim, "geheim"), "geheim")).toEqual(claim);
  });

  it("refuses another secret, another person and anything malformed", () => {
    const token = signRsvpToken(claim, "geheim");
    expect(readRsvpToken(token, "ander-geheim")).toBeNull();
    expect(readRsvpToken(token.replace("cmmember1", "cmmember2"), "geheim")).toBeNull();
    for (const bad of [undefined, "", "r1", "r1.a.b", `${token}.x`, token.slice(0, -1), "x".repeat(43)]) expect(readRsvpToken(bad, "geheim")).toBeNull();
  });
});
