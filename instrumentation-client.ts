import { config } from "zod";

// Runs before any client code. zod 4 probes for eval (`new Function("")`) when it
// builds an object schema, to speed up parsing; under our CSP (no 'unsafe-eval')
// the probe fails harmlessly but Chromium reports it as a CSP violation. jitless
// skips the probe; client-side validation stays the same, only not JIT-compiled.
config({ jitless: true });
