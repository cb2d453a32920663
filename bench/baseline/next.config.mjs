import path from "node:path";

// The framework baseline of `npm run bench` (scripts/bench.mjs): a minimal Next.js app of
// the project's own Next.js version (resolved from the project's node_modules, nothing
// downloaded) — one dynamic page, no proxy, no i18n, no database. Its figures are what
// the framework alone serves on this machine in the same run as Beraad.
const projectRoot = path.resolve(import.meta.dirname, "../..");

/** @type {import('next').NextConfig} */
const config = {
  poweredByHeader: false,
  turbopack: { root: projectRoot },
  outputFileTracingRoot: projectRoot,
};

export default config;
