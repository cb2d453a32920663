import { gemeenteRoute } from "@/lib/auth/gemeente-route";
import { draaiboekFor } from "@/lib/agenda/draaiboek-data";
import { dateInWords } from "@/lib/dates";
import { attachment } from "@/lib/http/attachment";
import { renderOutlinePdf } from "@/lib/report/pdf";

/** The draaiboek as a tagged A4 PDF, drawn by the verslag's PDF machinery: for everyone who may see the programme. */
export const GET = gemeenteRoute<{ sessieId: string }>("sessions.view", async ({ actor, params: { sessieId } }) => {
  const { session, outline, locale, t } = await draaiboekFor(actor, sessieId);
  const pdf = await renderOutlinePdf(outline, locale, { footer: t("draaiboek.generated", { date: dateInWords(new Date(), { locale }) }) });
  return new Response(new Uint8Array(pdf), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": attachment(`draaiboek-${session.title}.pdf`), "Cache-Control": "private, no-store" },
  });
});
