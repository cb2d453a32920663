import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { OutlineView } from "@/components/report/outline-view";
import { PrintButton } from "@/components/agenda/print-button";
import { MainContent } from "@/components/shell/main-content";
import { SiteFooter } from "@/components/shell/site-footer";
import { draaiboekFor } from "@/lib/agenda/draaiboek-data";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/not-found";
import "../../print.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("draaiboek"))("title") };
}

/**
 * The draaiboek to print: outside the app shell (no navigation), A4 print CSS,
 * the same outline as the PDF (lib/agenda/draaiboek.ts).
 */
export default async function DraaiboekPage({ params }: { params: Promise<{ gemeente: string; sessieId: string }> }) {
  const { gemeente, sessieId } = await params;
  const actor = await requireActor(gemeente, "sessions.view");
  const { session, outline } = await orNotFound(draaiboekFor(actor, sessieId), "NOT_FOUND");
  const t = await getTranslations("draaiboek");
  const programme = `/${gemeente}/sessies/${session.id}/programma`;
  // The statement stays one link away on screen; the footer is not printed.
  return (
    <>
      <MainContent className="draaiboek mx-auto flex w-full max-w-[210mm] flex-col gap-4 bg-white px-6 py-8 print:max-w-none print:p-0">
        <nav aria-label={t("title")} className="flex flex-wrap items-center gap-4 print:hidden">
          <Link href={programme} className="text-accent underline">
            ← {t("back")}
          </Link>
          <a href={`/${gemeente}/sessies/${session.id}/draaiboek.pdf`} className="text-accent underline">
            {t("pdf")}
          </a>
          <PrintButton label={t("print")} />
        </nav>
        <OutlineView outline={outline} idPrefix="draaiboek" />
      </MainContent>
      <SiteFooter />
    </>
  );
}
