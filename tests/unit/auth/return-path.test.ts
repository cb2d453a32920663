import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeRedirectUrl, safeReturnPath } from "@/lib/auth/return-path";

const APP = "https://beraad.gemeente.nl";

/** Where a browser ends up when the app sends it to `path` from one of its pages. */
const landsOn = (path: string) => new URL(path, `${APP}/inloggen?terug=x`).origin;

describe("return path after sign-in", () => {
  it("follows paths inside the app", () => {
    for (const path of ["/meedoen?code=K7M2QX", "/voorbeeld/sessies/abc#stap-3", "/voorbeeld/zoeken?q=100%25", "/voorbeeld?na=//x"]) {
      expect(safeReturnPath(path)).toBe(path);
    }
  });

  it("refuses anything that leaves the app", () => {
    const evil = [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "/\t/evil.example",
      "/%09/evil.example",
      "/%0a/evil.example",
      "/%0D%0A/evil.example",
      "/\r\n/evil.example",
      "/%2F/evil.example",
      "/%2f%2fevil.example",
      "/%5Cevil.example",
      "/%252F/evil.example",
      "/\u0000/evil.example",
      "/a\\b",
      "",
      undefined,
      null,
    ];
    for (const value of evil) expect(safeReturnPath(value), JSON.stringify(value)).toBe("/");
  });

  it("property: whatever hostile path comes in, the browser stays on the app's own origin", () => {
    const piece = fc.constantFrom(
      "/", "//", "\\", "/\\", "\t", "\n", "\r", "\u0000", "\u001f", "\u007f", " ", "\u2028", "／", "＼",
      "%09", "%0a", "%0D", "%00", "%2f", "%2F", "%5c", "%5C", "%252f", "%25", "%", "%2", "%E0%A4%A",
      "@", ":", ".", "..", "?", "#", "evil.example", "evil.example:443", "http:", "https:", "javascript:", "data:", "a",
    );
    const hostile = fc.oneof(
      fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join("")),
      fc.array(piece, { maxLength: 8 }).map((parts) => `/${parts.join("")}`),
      fc.string({ unit: "binary" }),
    );
    fc.assert(
      fc.property(hostile, (value) => {
        const result = safeReturnPath(value);
        expect(result === "/" || result === value).toBe(true);
        expect(landsOn(result)).toBe(APP);
        // Also after one more decoding (a server or router that decodes it again).
        let decoded = result;
        try {
          decoded = decodeURIComponent(result);
        } catch {
          // a broken escape stays as it is
        }
        expect(landsOn(decoded)).toBe(APP);
        expect(safeRedirectUrl(value, APP).startsWith(`${APP}/`)).toBe(true);
        expect(new URL(safeRedirectUrl(value, APP)).origin).toBe(APP);
      }),
      { numRuns: 5000 },
    );
    // 5000 runs are CPU-bound: a busy machine needs more than the default 5 s.
  }, 30_000);
});

describe("next-auth redirect callback", () => {
  it("keeps safe paths on this app, absolute or relative", () => {
    expect(safeRedirectUrl("/voorbeeld", APP)).toBe(`${APP}/voorbeeld`);
    expect(safeRedirectUrl(`${APP}/inloggen`, APP)).toBe(`${APP}/inloggen`);
    expect(safeRedirectUrl(APP, APP)).toBe(`${APP}/`);
  });

  it("sends everything else to the start page", () => {
    for (const url of ["https://evil.example/", `${APP}.evil.example/`, `${APP}//evil.example`, `${APP}/%09/evil.example`, "/\t/evil.example"]) {
      expect(safeRedirectUrl(url, APP)).toBe(`${APP}/`);
    }
  });
});
