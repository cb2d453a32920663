import { describe, expect, it } from "vitest";
import { read, serverActionFiles, SOURCES } from "@/tests/support/source-files";

// The shape of every entry point (README: "Authorisation in one place"): server actions and
// gemeente route handlers are made by the builders in lib/auth, which authorise before
// reading the input. A hand-written action or handler fails here.

/** Every line of a file that exports something, trimmed to its start. */
const exportLines = (file: string) => [...read(file).matchAll(/^export\b[^\n]*/gm)].map((m) => m[0]);

const BUILT_ACTION = /^export const \w+ = (gemeenteAction|publicAction|guestAction|repeatGuestAction)\(/;
const HANDLER = /^export const (GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) = gemeenteRoute\b/;
const ROUTE_CONFIG = /^export const (dynamic|revalidate|runtime|fetchCache|preferredRegion|maxDuration) = /;

const gemeenteRoutes = () => SOURCES.filter((f) => f.startsWith("app/(app)/[gemeente]/") && f.endsWith("/route.ts"));
const BUILDERS = ["lib/auth/gemeente-action.ts", "lib/auth/session.ts"];

describe("the shape of server actions and route handlers", () => {
  it("finds the files at all (guards against a broken scan)", () => {
    expect(serverActionFiles().length).toBeGreaterThanOrEqual(10);
    expect(gemeenteRoutes().length).toBeGreaterThanOrEqual(6);
  });

  it("exports every server action through gemeenteAction(, publicAction( or guestAction(", () => {
    const handWritten = serverActionFiles().flatMap((file) => exportLines(file).filter((line) => !BUILT_ACTION.test(line)).map((line) => `${file}: ${line}`));
    expect(handWritten).toEqual([]);
  });

  it("exports every route handler under app/(app)/[gemeente] through gemeenteRoute", () => {
    for (const file of gemeenteRoutes()) {
      const lines = exportLines(file);
      expect(lines.filter((line) => !HANDLER.test(line) && !ROUTE_CONFIG.test(line)), file).toEqual([]);
      expect(lines.some((line) => HANDLER.test(line)), `${file} has a handler`).toBe(true);
    }
  });

  it("calls actorForAction only inside the action builder", () => {
    const callers = SOURCES.filter((file) => !BUILDERS.includes(file) && /\bactorForAction\b/.test(read(file)));
    expect(callers).toEqual([]);
  });
});
