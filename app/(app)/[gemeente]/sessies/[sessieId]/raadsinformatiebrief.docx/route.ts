import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { gemeenteRoute } from "@/lib/auth/gemeente-route";
import { attachment } from "@/lib/http/attachment";
import { renderReportDocx } from "@/lib/report/docx";
import type { ReportLanguage } from "@/lib/report/outline";
import { reportModel } from "@/lib/report/report-model";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The verslag as a raadsinformatiebrief (.docx): the same readers as the verslag (reportModel's scope). */
export const GET = gemeenteRoute<{ sessieId: string }>("sessions.view", async ({ actor, params: { sessieId } }) => {
  const [model, t, format, locale] = await Promise.all([reportModel(actor, sessieId), getTranslations(), getFormatter(), getLocale()]);
  const docx = await renderReportDocx(model, {
    t: t as unknown as ReportLanguage["t"],
    locale,
    formatNumber: (n) => format.number(n, { maximumFractionDigits: 2 }),
  });
  return new Response(new Uint8Array(docx), {
    headers: { "Content-Type": DOCX, "Content-Disposition": attachment(`raadsinformatiebrief-${model.session.title}.docx`), "Cache-Control": "private, no-store" },
  });
});
