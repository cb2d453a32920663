import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "@/tests/support/source-files";

// Tests mirror lib/<domain> (README: "Where a domain lives"): a test of the agenda is found
// under tests/*/agenda, not inside another domain's folder.

const dirs = (dir: string) =>
  fs
    .readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

/** Folders that test the app as a whole rather than one domain (reliability; operations: configuration and deploy files). */
const CROSS_CUTTING = ["reliability", "operations"];

describe("the layout of the tests", () => {
  const domains = new Set(dirs("lib").filter((name) => name !== "generated"));

  it.each(["tests/unit", "tests/integration"])("%s has a folder per lib domain, and no other", (dir) => {
    const strays = dirs(dir).filter((name) => !domains.has(name) && !CROSS_CUTTING.includes(name));
    expect(strays).toEqual([]);
  });
});
