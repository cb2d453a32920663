import "server-only";
import path from "node:path";
import PDFDocument from "pdfkit";
import { RUNGS } from "@/lib/preparation/rungs";
import type { ReportModel } from "./report-model";

type Translate = (key: string, values?: Record<string, string | number>) => string;
/** The request's language: its translations, its number and date formats, its code (for the PDF's language tag). */
export type PdfLanguage = { t: Translate; locale: string; formatDate: (d: Date) => string; formatNumber: (n: number) => string };

const FONTS = path.join(process.cwd(), "node_modules", "geist", "dist", "fonts", "geist-sans");

/**
 * The report (verslag) as PDF, drawn with pdfkit and the Geist font shipped in
 * an npm package: no browser and no network needed. Text, not images, so it is
 * searchable and readable by screen readers.
 */
export async function renderReportPdf(model: ReportModel, { t, locale, formatDate, formatNumber }: PdfLanguage): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 56, info: { Title: `${t("review.report")}: ${model.session.title}`, Author: "Beraad" }, lang: locale, displayTitle: true });
  doc.registerFont("regular", path.join(FONTS, "Geist-Regular.ttf"));
  doc.registerFont("bold", path.join(FONTS, "Geist-SemiBold.ttf"));
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));

  const heading = (text: string) => doc.moveDown(0.8).font("bold").fontSize(14).fillColor("#154273").text(text).moveDown(0.3).font("regular").fontSize(10.5).fillColor("#1a1a1a");
  const para = (text: string) => doc.text(text, { paragraphGap: 4 });
  const bullet = (text: string) => doc.text(`•  ${text}`, { indent: 8, paragraphGap: 2 });
  const { session } = model;

  doc.font("bold").fontSize(20).fillColor("#154273").text(`${t("review.report")}: ${session.title}`);
  doc.font("regular").fontSize(10.5).fillColor("#1a1a1a").text(`${session.theme} · ${formatDate(session.startsAt)}${session.location ? ` · ${session.location}` : ""}`);
  if (session.description) para(session.description);

  heading(t("review.review"));
  for (const key of ["stoodOut", "agreements", "nextSteps"] as const) {
    const value = { stoodOut: session.reviewStoodOut, agreements: session.reviewAgreements, nextSteps: session.reviewNextSteps }[key];
    doc.font("bold").text(t(`review.fields.${key}`)).font("regular");
    para(value || t("review.none"));
  }

  heading(t("worksheet.results.title"));
  if (!model.results) para(t("worksheet.notOpen"));
  else {
    para(`${model.results.question} — ${t("worksheet.results.respondents", { count: model.results.respondents })}`);
    for (const actor of model.results.actors) {
      doc.font("bold").text(actor.name).font("regular");
      const { summary } = actor;
      if (summary === null) {
        para(t("worksheet.results.tooFew", { k: model.results.minimumGroupSize }));
        continue;
      }
      para(RUNGS.map((r) => `${t(`preparation.rungs.${r}.name`)}: ${summary.distribution[r]}`).join(" · "));
      if (summary.consensus !== null) {
        para(
          t("worksheet.results.consensus", {
            score: formatNumber(summary.consensus),
            reading: t(`worksheet.results.readings.${summary.reading}`),
          }),
        );
      }
    }
  }

  heading(t("values.map"));
  if (model.values.values.length === 0) para(t("values.noCases"));
  for (const v of model.values.values) bullet(`${v.name} (${t("values.named", { count: v.count })})${v.link?.indicator ? ` — ${v.link.indicator}` : ""}`);

  heading(t("preparation.roomForInput.heading"));
  for (const item of model.roomForInput) bullet(`${t(`preparation.dimensions.${item.dimension}`)}: ${t(`preparation.${item.key}`, item.params)}${item.explanation ? ` ${item.explanation}` : ""}`);

  heading(t("agenda.title"));
  if (session.agendaItems.length === 0) para(t("agenda.none"));
  session.agendaItems.forEach((item, i) => bullet(`${i + 1}. ${item.title} — ${t(`agenda.phases.${item.phase}`)}, ${t("agenda.minutes", { minutes: item.durationMinutes })}`));

  heading(t("commitments.title"));
  if (model.commitments.length === 0) para(t("commitments.none"));
  for (const c of model.commitments) bullet(`${c.who}: ${c.what} (${t(`commitments.status.${c.status}`)}, ${c.dueDate})`);

  heading(t("sessions.evaluationMoments"));
  for (const m of model.evaluationMoments) bullet(`${m.date}: ${m.subject}${m.outcome ? ` — ${m.outcome}` : ""}`);

  heading(`${t("preparation.overview.title")} (${t("preparation.overview.progress", { done: model.progress.done, total: model.progress.total })})`);
  for (const s of model.progress.steps) bullet(`${s.number}. ${t(`preparation.${s.messageKey}.title`)} — ${t(`preparation.status.${s.status}`)}`);

  doc.moveDown(1).fontSize(8.5).fillColor("#4a4f55").text(t("review.generated", { date: formatDate(new Date()) }));
  doc.end();
  return done;
}
