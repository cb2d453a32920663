import "server-only";
import path from "node:path";
import PDFDocument from "pdfkit";
import { RUNGS } from "@/lib/preparation/rungs";
import type { ReportModel } from "./report-model";

type Translate = (key: string, values?: Record<string, string | number>) => string;
/** The request's language: its translations, its number and date formats, its code (for the PDF's language tag). */
export type PdfLanguage = { t: Translate; locale: string; formatDate: (d: Date) => string; formatNumber: (n: number) => string };

const FONTS = path.join(process.cwd(), "node_modules", "geist", "dist", "fonts", "geist-sans");
const ACCENT = "#154273";
const TEXT = "#1a1a1a";

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

/**
 * The report (verslag) as PDF, drawn with pdfkit and the Geist font shipped in
 * an npm package: no browser and no network needed. Tagged for PDF/UA (pdfkit's
 * `subset: "PDF/UA"`): a structure tree in reading order (the order it is drawn),
 * the document's language and title, headings H1–H3, lists, the rung distribution
 * and the programme and commitments as tables with header cells, and each chart as
 * a Figure whose alternative text says what the bars show.
 */
export async function renderReportPdf(model: ReportModel, language: PdfLanguage): Promise<Buffer> {
  const { t, locale, formatDate } = language;
  const title = `${t("review.report")}: ${model.session.title}`;
  const doc = new PDFDocument({ size: "A4", margin: 56, pdfVersion: "1.7", subset: "PDF/UA" as PDFKit.Mixins.PDFSubsets /* supported since pdfkit 0.15; missing from @types/pdfkit */, tagged: true, lang: locale, displayTitle: true, info: { Title: title, Author: "Beraad" } });
  doc.registerFont("regular", path.join(FONTS, "Geist-Regular.ttf"));
  doc.registerFont("bold", path.join(FONTS, "Geist-SemiBold.ttf"));
  doc.font("regular"); // before any text: the standard Helvetica cannot be embedded, as PDF/UA requires
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));

  const root = doc.struct("Document");
  doc.addStructure(root);
  drawReport(doc, root, model, language);
  root.add(element(doc, "P", () => doc.moveDown(1).font("regular").fontSize(8.5).fillColor("#4a4f55").text(t("review.generated", { date: formatDate(new Date()) }))));
  root.end();
  doc.end();
  return done;
}

/** A structure element; its children are elements or closures that draw its content (marked as they run). */
const element = (doc: Doc, tag: string, children: PDFKit.PDFStructureElementChild | PDFKit.PDFStructureElementChild[], options: PDFKit.Mixins.StructureElementOptions = {}) =>
  doc.struct(tag, options, children);

/** Small drawing helpers that tag as they draw; each adds its element to `parent` in reading order. */
function tagger(doc: Doc) {
  const el = (tag: string, children: PDFKit.PDFStructureElementChild | PDFKit.PDFStructureElementChild[], options?: PDFKit.Mixins.StructureElementOptions) => element(doc, tag, children, options);
  const body = () => doc.font("regular").fontSize(10.5).fillColor(TEXT);
  return {
    h1: (parent: Struct, text: string) => parent.add(el("H1", () => doc.font("bold").fontSize(20).fillColor(ACCENT).text(text))),
    h2: (parent: Struct, text: string) => parent.add(el("H2", () => doc.moveDown(0.8).font("bold").fontSize(14).fillColor(ACCENT).text(text).moveDown(0.3))),
    h3: (parent: Struct, text: string) => parent.add(el("H3", () => doc.font("bold").fontSize(10.5).fillColor(TEXT).text(text))),
    p: (parent: Struct, text: string) => parent.add(el("P", () => body().text(text, { paragraphGap: 4 }))),
    list: (parent: Struct, items: string[]) => {
      if (items.length === 0) return;
      const list = doc.struct("L");
      parent.add(list);
      for (const item of items) {
        const y = doc.y;
        list.add(
          el("LI", [
            el("Lbl", () => body().text("•", doc.page.margins.left, y, { lineBreak: false })),
            el("LBody", () => body().text(item, doc.page.margins.left + 12, y, { paragraphGap: 2, width: contentWidth(doc) - 12 })),
          ]),
        );
      }
      list.end();
      doc.x = doc.page.margins.left;
    },
    /** A table: one header row (TH, scope column) and body rows (TD), columns of equal width. */
    table: (parent: Struct, header: string[], rows: string[][], widths?: number[]) => {
      const left = doc.page.margins.left;
      const total = contentWidth(doc);
      const columns = widths ?? header.map(() => 1);
      const sum = columns.reduce((a, b) => a + b, 0);
      const xs: number[] = [];
      columns.reduce((x, w) => (xs.push(x), x + (w / sum) * total), left);
      const widthOf = (i: number) => (columns[i] / sum) * total - 6;
      const table = doc.struct("Table");
      parent.add(table);
      const row = (cells: string[], kind: "TH" | "TD") => {
        doc.font(kind === "TH" ? "bold" : "regular").fontSize(9).fillColor(TEXT);
        const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: widthOf(i) }))) + 4;
        if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
        const y = doc.y;
        const tr = doc.struct("TR");
        table.add(tr);
        cells.forEach((cell, i) => {
          const cellElement = el(kind, () => doc.text(cell, xs[i], y, { width: widthOf(i) }));
          // PDF/UA: a header cell says what it heads (attribute dictionary of the Table owner).
          if (kind === "TH") (cellElement as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.A = { O: "Table", Scope: "Column" };
          tr.add(cellElement);
        });
        tr.end();
        doc.y = y + height;
      };
      row(header, "TH");
      rows.forEach((cells) => row(cells, "TD"));
      table.end();
      doc.x = left;
      doc.moveDown(0.4);
    },
    /** A horizontal bar chart as a Figure: the bars are drawn, the alternative text is what a screen reader reads. */
    barChart: (parent: Struct, alt: string, bars: { label: string; value: number }[]) => {
      const max = Math.max(1, ...bars.map((b) => b.value));
      const left = doc.page.margins.left;
      const labelWidth = 120;
      const barArea = contentWidth(doc) - labelWidth - 30;
      const height = bars.length * 14 + 6;
      if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
      const top = doc.y;
      parent.add(
        el("Figure", () => {
          bars.forEach((bar, i) => {
            const y = top + i * 14;
            doc.font("regular").fontSize(8.5).fillColor(TEXT).text(bar.label, left, y, { width: labelWidth - 6, lineBreak: false });
            doc.rect(left + labelWidth, y + 1, Math.max(1, (bar.value / max) * barArea), 9).fill(ACCENT);
            doc.fillColor(TEXT).text(String(bar.value), left + labelWidth + (bar.value / max) * barArea + 4, y, { lineBreak: false });
          });
        }, { alt }),
      );
      doc.x = left;
      doc.y = top + height;
    },
  };
}

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

function drawReport(doc: Doc, root: Struct, model: ReportModel, { t, formatDate, formatNumber }: PdfLanguage) {
  const tag = tagger(doc);
  const { session } = model;
  const section = () => {
    const sect = doc.struct("Sect");
    root.add(sect);
    return sect;
  };

  tag.h1(root, `${t("review.report")}: ${session.title}`);
  tag.p(root, `${session.theme} · ${formatDate(session.startsAt)}${session.location ? ` · ${session.location}` : ""}`);
  if (session.description) tag.p(root, session.description);

  let sect = section();
  tag.h2(sect, t("review.review"));
  for (const key of ["stoodOut", "agreements", "nextSteps"] as const) {
    const value = { stoodOut: session.reviewStoodOut, agreements: session.reviewAgreements, nextSteps: session.reviewNextSteps }[key];
    tag.h3(sect, t(`review.fields.${key}`));
    tag.p(sect, value || t("review.none"));
  }
  sect.end();

  sect = section();
  tag.h2(sect, t("worksheet.results.title"));
  if (!model.results) tag.p(sect, t("worksheet.notOpen"));
  else {
    tag.p(sect, `${model.results.question} — ${t("worksheet.results.respondents", { count: model.results.respondents })}`);
    const rungNames = RUNGS.map((r) => t(`preparation.rungs.${r}.name`));
    for (const actor of model.results.actors) {
      tag.h3(sect, actor.name);
      const { summary } = actor;
      if (summary === null) {
        tag.p(sect, t("worksheet.results.tooFew", { k: model.results.minimumGroupSize }));
        continue;
      }
      const counts = RUNGS.map((r) => summary.distribution[r]);
      tag.table(sect, rungNames, [counts.map(String)]);
      const described = rungNames.map((name, i) => `${name}: ${counts[i]}`).join(", ");
      tag.barChart(sect, t("review.pdf.chartAlt", { actor: actor.name, distribution: described }), rungNames.map((label, i) => ({ label, value: counts[i] })));
      if (summary.consensus !== null) {
        tag.p(sect, t("worksheet.results.consensus", { score: formatNumber(summary.consensus), reading: t(`worksheet.results.readings.${summary.reading}`) }));
      }
    }
  }
  sect.end();

  sect = section();
  tag.h2(sect, t("values.map"));
  if (model.values.values.length === 0) tag.p(sect, t("values.noCases"));
  tag.list(sect, model.values.values.map((v) => `${v.name} (${t("values.named", { count: v.count })})${v.link?.indicator ? ` — ${v.link.indicator}` : ""}`));
  sect.end();

  sect = section();
  tag.h2(sect, t("preparation.roomForInput.council.heading"));
  tag.list(sect, model.roomForInput.map((item) => `${t(`preparation.dimensions.${item.dimension}`)}: ${t(`preparation.${item.key}`, item.params)}${item.explanation ? ` ${item.explanation}` : ""}`));
  sect.end();

  sect = section();
  tag.h2(sect, t("agenda.title"));
  if (session.agendaItems.length === 0) tag.p(sect, t("agenda.none"));
  else {
    tag.table(
      sect,
      ["#", t("agenda.itemTitle"), t("agenda.phase"), t("agenda.duration")],
      session.agendaItems.map((item, i) => [String(i + 1), item.title, t(`agenda.phases.${item.phase}`), String(item.durationMinutes)]),
      [1, 8, 4, 3],
    );
  }
  sect.end();

  sect = section();
  tag.h2(sect, t("commitments.title"));
  if (model.commitments.length === 0) tag.p(sect, t("commitments.none"));
  else {
    tag.table(
      sect,
      [t("commitments.who"), t("commitments.what"), t("review.pdf.status"), t("commitments.dueDate")],
      model.commitments.map((c) => [c.who, c.what, t(`commitments.status.${c.status}`), c.dueDate]),
      [3, 6, 2, 2],
    );
  }
  sect.end();

  sect = section();
  tag.h2(sect, t("sessions.evaluationMoments"));
  tag.list(sect, model.evaluationMoments.map((m) => `${m.date}: ${m.subject}${m.outcome ? ` — ${m.outcome}` : ""}`));
  sect.end();

  sect = section();
  tag.h2(sect, `${t("preparation.overview.title")} (${t("preparation.overview.progress", { done: model.progress.done, total: model.progress.total })})`);
  tag.list(sect, model.progress.steps.map((s) => `${s.number}. ${t(`preparation.${s.messageKey}.title`)} — ${t(`preparation.status.${s.status}`)}`));
  sect.end();
}
