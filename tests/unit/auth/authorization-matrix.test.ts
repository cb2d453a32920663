import { describe, expect, it } from "vitest";
import { ACTION_ROWS, ROUTE_ROWS, SUBJECTS } from "@/tests/support/authorization-matrix";
import { hasDirective, read, serverActionFiles, SOURCES, startsWithDirective } from "@/tests/support/source-files";

// The matrix must cover everything a browser can reach: a new server action or a
// new page/route without a row in tests/support/authorization-matrix.ts fails here.

/** Every exported name of every "use server" file: each one is a public POST endpoint. */
function serverActions(): string[] {
  return serverActionFiles().flatMap((file) =>
    [...read(file).matchAll(/^export\s+(?:async\s+)?(?:function\s*\*?\s*|const\s+|let\s+)(\w+)/gm)].map((m) => `${file}#${m[1]}`),
  );
}

describe("authorisation matrix completeness", () => {
  it("finds the server actions at all (guards against a broken scan)", () => {
    expect(serverActions().length).toBeGreaterThanOrEqual(20);
  });

  it("has no inline 'use server' functions the file scan would miss", () => {
    const inline = SOURCES.filter((file) => hasDirective(read(file)) && !startsWithDirective(read(file)));
    expect(inline).toEqual([]);
  });

  it("has a row for every exported server action, and no row for one that does not exist", () => {
    const actions = new Set(serverActions());
    const rows = new Set(ACTION_ROWS.map((r) => `${r.file}#${r.name}`));
    expect([...actions].filter((a) => !rows.has(a)), "actions without a row").toEqual([]);
    expect([...rows].filter((r) => !actions.has(r)), "rows without an action").toEqual([]);
  });

  it("has a row for every page and route handler, and no row for one that does not exist", () => {
    const routes = new Set(SOURCES.filter((f) => f.startsWith("app/") && /\/(page\.tsx|route\.ts)$/.test(f)));
    const rows = new Set(ROUTE_ROWS.map((r) => r.file));
    expect([...routes].filter((r) => !rows.has(r)), "routes without a row").toEqual([]);
    expect([...rows].filter((r) => !routes.has(r)), "rows without a route").toEqual([]);
  });

  it("names only known subjects, and refuses the signed-out caller wherever a member role is needed", () => {
    for (const row of [...ACTION_ROWS, ...ROUTE_ROWS]) {
      for (const subject of row.allowed) expect(SUBJECTS).toContain(subject);
      if (row.allowed.includes("SIGNED_OUT")) expect(row.allowed.length, `${row.file} is public: then for everyone`).toBe(SUBJECTS.length);
    }
  });
});
