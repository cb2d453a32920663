import fs from "node:fs";
import path from "node:path";

/** Reading the app's own sources, for the unit tests that keep its shape. */

export const root = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (p: string) => {
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      if (p.endsWith(path.join("lib", "generated"))) return;
      for (const entry of fs.readdirSync(p)) visit(path.join(p, entry));
    } else if (/\.(ts|tsx)$/.test(p)) out.push(path.relative(root, p));
  };
  visit(path.join(root, dir));
  return out;
}

/** Every .ts/.tsx file of app/, components/ and lib/ (without the generated Prisma client), relative to the root. */
export const SOURCES = ["app", "components", "lib"].flatMap(sourceFiles);
export const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");
export const hasDirective = (text: string) => /^\s*["']use server["'];?\s*$/m.test(text);
export const startsWithDirective = (text: string) => /^(\s*\/\/[^\n]*\n|\s*\/\*[\s\S]*?\*\/)*\s*["']use server["']/.test(text);
/** The "use server" files: each export is a public POST endpoint. */
export const serverActionFiles = () => SOURCES.filter((file) => startsWithDirective(read(file)));
