import Link from "next/link";
import { LanguageSwitch } from "./language-switch";

/** Header of the pages outside the signed-in app: the name and the language switch. */
export function PublicHeader() {
  return (
    <header className="border-b border-line bg-white print:hidden">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-xl font-semibold text-accent">
          Beraad
        </Link>
        <LanguageSwitch />
      </div>
    </header>
  );
}
