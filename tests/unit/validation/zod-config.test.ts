import { describe, expect, it } from "vitest";

describe("instrumentation-client.ts sets zod to jitless without importing zod", () => {
  it("zod reads the setting, so no page probes for eval under the CSP", async () => {
    await import("@/instrumentation-client");
    const { config, z } = await import("zod");
    expect(config().jitless).toBe(true);
    // And a schema still parses the same way.
    expect(z.object({ a: z.string() }).parse({ a: "x" })).toEqual({ a: "x" });
  });

  it("does not import zod itself (it would be in every page's first-load JavaScript)", async () => {
    const { readFile } = await import("node:fs/promises");
    const source = await readFile(new URL("../../../instrumentation-client.ts", import.meta.url), "utf8");
    expect(source).not.toMatch(/^\s*import\b.*["']zod/m);
  });
});
