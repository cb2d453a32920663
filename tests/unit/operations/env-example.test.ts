import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { envSchema } from "@/lib/env";
import { DEFAULT_HOST, DEFAULT_PORT, listenAddress } from "@/scripts/lib/listen.mjs";

// .env.example is what a system administrator copies: it must list every variable the
// app (lib/env.ts) and its scripts read, each with its meaning, showing the real default.

const root = process.cwd();
const EXAMPLE = fs.readFileSync(path.join(root, ".env.example"), "utf8").split("\n");

/** Read, but not for an administrator to set: each says who sets it. */
const INTERNAL: Record<string, string> = {
  NODE_ENV: "set by scripts/serve.mjs (production, or development with --dev)",
  NEXT_RUNTIME: "set by Next.js (nodejs or edge) for instrumentation.ts",
  NEXT_TELEMETRY_DISABLED: "set by the scripts: Next.js must not phone home",
  BERAAD_RUNTIME_FILE: "set by playwright.config.ts for a test's second app instance",
  BERAAD_BENCH: "set by scripts/bench.mjs for its app instance",
};

/** Files that read the environment: lib/env.ts (the app's only reader) and the runners. */
function readers(): string[] {
  const scripts = fs.readdirSync(path.join(root, "scripts"), { recursive: true, encoding: "utf8" }).filter((f) => /\.(mjs|ts)$/.test(f)).map((f) => path.join("scripts", f));
  return ["lib/env.ts", "instrumentation.ts", "playwright.config.ts", "prisma.config.ts", "vitest.config.ts", ...scripts];
}

function variablesRead(): Set<string> {
  const names = new Set<string>(Object.keys(envSchema.shape));
  for (const file of readers()) {
    for (const match of fs.readFileSync(path.join(root, file), "utf8").matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g)) names.add(match[1]);
  }
  for (const name of Object.keys(INTERNAL)) names.delete(name);
  return names;
}

type Entry = { name: string; value: string; set: boolean; line: number };
const VARIABLE_LINE = /^(# )?([A-Z][A-Z0-9_]*)=(.*)$/;

function entries(): Entry[] {
  return EXAMPLE.flatMap((text, line) => {
    const match = VARIABLE_LINE.exec(text);
    return match ? [{ name: match[2], value: match[3], set: !match[1], line }] : [];
  });
}

describe(".env.example", () => {
  it("finds what it checks (guards against a broken scan)", () => {
    expect(entries().length).toBeGreaterThanOrEqual(20);
    expect(variablesRead()).toContain("DATABASE_URL");
    expect(variablesRead()).toContain("BENCH_SECONDS");
  });

  it("lists exactly the variables lib/env.ts and the scripts read, each once", () => {
    const listed = entries().map((e) => e.name);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...new Set(listed)].sort()).toEqual([...variablesRead()].sort());
  });

  it("explains each variable in a comment above it", () => {
    for (const entry of entries()) {
      let above = entry.line - 1;
      while (above >= 0 && VARIABLE_LINE.test(EXAMPLE[above])) above--; // a group shares one explanation
      expect(EXAMPLE[above]?.startsWith("# ") && EXAMPLE[above].length > 10, `${entry.name} has no explanation above it`).toBe(true);
    }
  });

  it("shows lib/env.ts's default for every variable that has one", () => {
    for (const [name, field] of Object.entries(envSchema.shape)) {
      const byDefault = field.safeParse(undefined);
      if (!byDefault.success || byDefault.data === undefined) continue;
      const entry = entries().find((e) => e.name === name);
      if (!entry) continue; // reported by the listing test
      expect(field.safeParse(entry.value).data, `${name}=${entry.value} is not the default`).toEqual(byDefault.data);
    }
  });

  it("is a valid configuration as it stands (placeholders filled in)", () => {
    const configured = Object.fromEntries(entries().filter((e) => e.set && e.value !== "").map((e) => [e.name, e.value]));
    const parsed = envSchema.safeParse(configured);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it("the scripts bind where lib/env.ts says by default", () => {
    expect(DEFAULT_HOST).toBe(envSchema.shape.HOST.parse(undefined));
    expect(DEFAULT_PORT).toBe(envSchema.shape.PORT.parse(undefined));
    expect(listenAddress({}, {})).toEqual({ host: "127.0.0.1", port: 3000, explicit: false });
  });
});
