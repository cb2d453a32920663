import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The footer of every page with the app's chrome: where to find the accessibility statement. */
export async function SiteFooter() {
  const t = await getTranslations("accessibility");
  return (
    <footer className="mt-auto border-t border-line bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap gap-x-6 px-4 py-3 text-sm">
        <Link href="/toegankelijkheid" className="inline-flex min-h-11 items-center text-accent underline">
          {t("footerLink")}
        </Link>
      </div>
    </footer>
  );
}
