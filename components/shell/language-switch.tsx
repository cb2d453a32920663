import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/lib/i18n/actions";

/** Switches between Dutch and English; a plain form, so it works without JavaScript. */
export async function LanguageSwitch() {
  const locale = await getLocale();
  const t = await getTranslations("app");
  const other = locale === "nl" ? "en" : "nl";
  return (
    <form action={setLocale}>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        lang={other}
        aria-label={t("switchToLabel")}
        className="min-h-11 rounded-md px-3 py-2 text-accent underline hover:bg-accent-soft"
      >
        {t("switchTo")}
      </button>
    </form>
  );
}
