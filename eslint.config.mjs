import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Rules that keep the house's shape (README: "How the code is laid out").
const ROLE_MESSAGE = "Decide by role only in lib/auth/permissions.ts (can) or lib/auth/policy.ts (what a role sees).";
const roleComparisons = [
  { selector: "BinaryExpression[operator=/^[!=]==?$/][left.property.name='role'][right.type='Literal']", message: ROLE_MESSAGE },
  { selector: "BinaryExpression[operator=/^[!=]==?$/][right.property.name='role'][left.type='Literal']", message: ROLE_MESSAGE },
  { selector: "Property[key.name='role'] > Literal[value=/^[A-Z]+$/]", message: ROLE_MESSAGE },
];
const envAccess = { object: "process", property: "env", message: "Read configuration through lib/env.ts, the one reader of process.env." };
const nextAuthImports = { group: ["next-auth", "next-auth/*"], message: "next-auth is used only inside lib/auth/." };
const databaseImports = { group: ["@/lib/db", "@/lib/db/*", "@/lib/generated/prisma/client"], message: "Pages and components ask the domain (lib/<domain>); only the data layer uses the Prisma client." };

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "proxy.ts"],
    ignores: ["lib/auth/**", "lib/env.ts", "lib/demo/**"],
    rules: {
      "no-restricted-syntax": ["error", ...roleComparisons],
      "no-restricted-properties": ["error", envAccess],
      "no-restricted-imports": ["error", { patterns: [nextAuthImports] }],
    },
  },
  {
    // next-auth lives in lib/auth, which may read roles (it defines them) but not the environment.
    files: ["lib/auth/**/*.{ts,tsx}"],
    rules: { "no-restricted-properties": ["error", envAccess] },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [nextAuthImports, databaseImports] }] },
  },
  globalIgnores([".next/**", "bench/baseline/.next/**", "lib/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);
