// Nothing to start. This file exists so that Next.js does not take the project's own
// instrumentation.ts (found above this directory) for the baseline's.
export function register() {}
