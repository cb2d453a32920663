import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/auth/return-path";

describe("return path after sign-in", () => {
  it("follows paths inside the app", () => {
    expect(safeReturnPath("/meedoen?code=K7M2QX")).toBe("/meedoen?code=K7M2QX");
  });
  it("refuses anything that leaves the app", () => {
    for (const evil of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", undefined]) {
      expect(safeReturnPath(evil)).toBe("/");
    }
  });
});
