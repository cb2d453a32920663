import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { MainContent } from "@/components/shell/main-content";
import { PublicHeader } from "@/components/shell/public-header";
import { SiteFooter } from "@/components/shell/site-footer";
import { KNOWN_ISSUES, STATEMENT_DATE, TESTING } from "@/lib/accessibility/statement";
import { accessibilityContact } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accessibility"))("title") };
}

/** The accessibility statement (toegankelijkheidsverklaring): public, no sign-in needed. */
export default async function AccessibilityStatementPage() {
  const [t, format] = await Promise.all([getTranslations("accessibility"), getFormatter()]);
  const contact = accessibilityContact();
  return (
    <div className="flex min-h-screen flex-col">
      <PublicHeader />
      <MainContent className="mx-auto w-full max-w-3xl flex-1 px-4 py-10">
        <article className="flex flex-col gap-8 rounded-lg border border-line bg-white p-4 sm:p-8">
          <header>
            <h1 className="mb-3 text-2xl font-semibold break-words hyphens-auto sm:text-3xl">{t("title")}</h1>
            <p className="text-lg">{t("intro")}</p>
          </header>
          <Section id="eisen" title={t("standardTitle")}>
            <p>{t("standard")}</p>
          </Section>
          <Section id="stand" title={t("statusTitle")}>
            <p>{t("status")}</p>
          </Section>
          <Section id="controle" title={t("testingTitle")}>
            <ul className="list-disc space-y-2 pl-6">
              {TESTING.map((key) => (
                <li key={key}>{t(`testing.${key}`)}</li>
              ))}
            </ul>
          </Section>
          <Section id="bekende-problemen" title={t("knownTitle")}>
            <ul className="list-disc space-y-2 pl-6">
              {KNOWN_ISSUES.map((key) => (
                <li key={key}>{t(`known.${key}`)}</li>
              ))}
            </ul>
          </Section>
          <Section id="contact" title={t("contactTitle")}>
            <p>
              {t("contact")}{" "}
              <a href={`mailto:${contact}`} className="text-accent underline">
                {contact}
              </a>
              .
            </p>
            <p className="mt-2">{t("contactHelp")}</p>
            <p className="mt-2">{t("complaint")}</p>
          </Section>
          <Section id="datum" title={t("dateTitle")}>
            <p>
              {t("date", { date: format.dateTime(STATEMENT_DATE, { dateStyle: "long", timeZone: "Europe/Amsterdam" }) })}
            </p>
          </Section>
        </article>
      </MainContent>
      <SiteFooter />
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-2 text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
