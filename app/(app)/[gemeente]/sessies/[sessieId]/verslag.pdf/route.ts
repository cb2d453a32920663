import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { gemeenteRoute } from "@/lib/auth/gemeente-route";
import { attachment } from "@/lib/http/attachment";
import { renderReportPdf, type PdfLanguage } from "@/lib/report/pdf";
import { reportModel } from "@/lib/report/report-model";

/** The verslag as a tagged PDF: for its reviewers, and for the gemeente's members once shared (reportModel's scope). */
export const GET = gemeenteRoute<{ sessieId: string }>("sessions.view", async ({ actor, params: { sessieId } }) => {
  const [model, t, format, locale] = await Promise.all([reportModel(actor, sessieId), getTranslations(), getFormatter(), getLocale()]);
  const pdf = await renderReportPdf(model, {
    t: t as unknown as PdfLanguage["t"],
    locale,
    formatNumber: (n) => format.number(n, { maximumFractionDigits: 2 }),
  });
  return new Response(new Uint8Array(pdf), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": attachment(`verslag-${model.session.title}.pdf`), "Cache-Control": "private, no-store" },
  });
});
