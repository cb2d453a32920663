import createNextIntlPlugin from "next-intl/plugin";
import { ACTION_BODY_LIMIT_BYTES } from "./lib/exchange/limits.mjs";

// Messages are compiled at build time (next-intl's catalog loader with icu-minify, on every
// JSON file in messages/), and `use-intl/format-message` becomes a formatter without the ICU
// parser: the browser no longer downloads intl-messageformat (~12 KB gzip, issue 17). So in
// the build a message is an array or a string, not ICU text: translate it (t, createTranslator
// with lib/i18n/formats.ts), never read it; no `t.raw`; named date styles only from FORMATS.
// Vitest and the tsx worker read the JSON as it is and format with the parser;
// tests/unit/i18n/precompiled.test.ts checks that both give the same text for every message.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Server-only packages with native or WASM parts stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "pdfkit", "pg-boss", "ical-generator", "@touch4it/ical-timezones"],
  // The default 1 MB refused session files the import page allows (lib/exchange/limits.mjs).
  experimental: { serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_BYTES } },
};

export default withNextIntl(nextConfig);
