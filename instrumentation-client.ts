// Runs before any client code. zod 4 probes for eval (`new Function("")`) when it
// builds an object schema, to speed up parsing; under our CSP (no 'unsafe-eval')
// the probe fails harmlessly but Chromium reports it as a CSP violation. jitless
// skips the probe; client-side validation stays the same, only not JIT-compiled.
//
// zod keeps its configuration in one object on globalThis (zod/v4/core/core.js:
// `globalThis.__zod_globalConfig`, created when absent, read when a schema is built),
// so it is set here without importing zod: `import { config } from "zod"` put zod's
// core (~7 KB gzip) into the first-load JavaScript of every page, also pages that
// never validate in the browser (issue 17). tests/unit/validation/zod-config.test.ts pins this.
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
Object.assign((holder.__zod_globalConfig ??= {}), { jitless: true });

export {}; // a module, so the unit test can import it
