import fs from "node:fs";
import path from "node:path";
import catalogLoader from "next-intl/extractor/catalogLoader";
import { root } from "@/tests/support/source-files";

/**
 * What the build does to a message catalogue, for tests that run outside Next (vitest reads the
 * JSON as it is). next.config.mjs has next-intl's catalog loader compile every file in
 * messages/ (icu-minify) and aliases `use-intl/format-message` to a formatter without the ICU
 * parser. Here the loader runs with the options the project's own next.config.mjs gives it.
 */

type LoaderRule = { loaders: { loader: string; options: object }[]; condition?: { path?: string }; as?: string };
type BuiltConfig = { turbopack?: { rules?: Record<string, LoaderRule | LoaderRule[]>; resolveAlias?: Record<string, string> } };

/** The project's Next.js config as the build sees it (after the next-intl plugin). */
export async function builtNextConfig(): Promise<BuiltConfig> {
  return (await import("@/next.config.mjs")).default as BuiltConfig;
}

/** The catalog loader's rule in the build's Turbopack config. */
export async function catalogRule(): Promise<LoaderRule> {
  const rules = Object.values((await builtNextConfig()).turbopack?.rules ?? {}).flat();
  const rule = rules.find((r) => r.loaders.some((l) => l.loader === "next-intl/extractor/catalogLoader"));
  if (!rule) throw new Error("next.config.mjs has no next-intl catalog loader rule");
  return rule;
}

/** A messages file (e.g. "preparation.nl.json") as the build hands it to the app: compiled. */
export async function compiledCatalogue(file: string): Promise<Record<string, unknown>> {
  const options = (await catalogRule()).loaders.find((l) => l.loader === "next-intl/extractor/catalogLoader")!.options;
  const resourcePath = path.join(root, "messages", file);
  const output = await new Promise<string>((resolve, reject) => {
    const context = {
      getOptions: () => options,
      async: () => (error: Error | null, result?: string) => (error ? reject(error) : resolve(result ?? "")),
      resourcePath,
      rootContext: root,
    };
    catalogLoader.call(context as unknown as ThisParameterType<typeof catalogLoader>, fs.readFileSync(resourcePath, "utf8"));
  });
  const literal = /^export default JSON\.parse\((.*)\);$/s.exec(output);
  if (!literal) throw new Error(`unexpected catalog loader output for ${file}: ${output.slice(0, 80)}`);
  return JSON.parse(JSON.parse(literal[1]));
}

/** A language's whole catalogue as lib/i18n/request.ts assembles it, raw (as vitest reads it) and compiled (as the build does). */
export async function catalogues(locale: "nl" | "en") {
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join(root, "messages", file), "utf8"));
  const raw = { ...read(`${locale}.json`), preparation: read(`preparation.${locale}.json`), validation: read(`validation.${locale}.json`) };
  const [base, preparation, validation] = await Promise.all([`${locale}.json`, `preparation.${locale}.json`, `validation.${locale}.json`].map(compiledCatalogue));
  return { raw: raw as Record<string, unknown>, compiled: { ...base, preparation, validation } as Record<string, unknown> };
}
