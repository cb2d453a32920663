import "server-only";
import path from "node:path";
import PDFDocument from "pdfkit";
import { reportOutline, type Block, type Outline, type ReportLanguage } from "./outline";
import { dateInWords } from "@/lib/dates";
import type { ReportModel } from "./report-model";

/** The request's language: its translations, its number format, its code (for the PDF's language tag). */
export type PdfLanguage = ReportLanguage;

const FONTS = path.join(process.cwd(), "node_modules", "geist", "dist", "fonts", "geist-sans");
export const ACCENT = "#154273";
export const ACCENT_LIGHT = "#7b96b8";
const TEXT = "#1a1a1a";

export type Doc = PDFKit.PDFDocument;
export type Struct = PDFKit.PDFStructureElement;

/**
 * The report (verslag) as PDF, drawn with pdfkit and the Geist font shipped in
 * an npm package: no browser and no network needed. Tagged for PDF/UA (pdfkit's
 * `subset: "PDF/UA"`): a structure tree in reading order (the order it is drawn),
 * the document's language and title, headings H1–H3, lists, the rung distribution
 * and the programme and commitments as tables with header cells, and each chart as
 * a Figure whose alternative text says what the bars show.
 */
export async function renderReportPdf(model: ReportModel, language: PdfLanguage): Promise<Buffer> {
  const { t, locale } = language;
  return renderOutlinePdf(reportOutline(model, language), locale, { footer: t("review.generated", { date: dateInWords(new Date(), { locale }) }) });
}

/**
 * Any outline (headings, paragraphs, lists, tables, charts) as a tagged PDF: the
 * verslag, and the toezeggingenlijst (lib/commitments/register-files.ts, landscape
 * for its wide table).
 */
export async function renderOutlinePdf(outline: Outline, locale: string, { footer, landscape = false }: { footer?: string; landscape?: boolean } = {}): Promise<Buffer> {
  const { title } = outline;
  const doc = new PDFDocument({ size: "A4", layout: landscape ? "landscape" : "portrait", margin: 56, pdfVersion: "1.7", subset: "PDF/UA" as PDFKit.Mixins.PDFSubsets /* supported since pdfkit 0.15; missing from @types/pdfkit */, tagged: true, lang: locale, displayTitle: true, info: { Title: title, Author: "Beraad" } });
  doc.registerFont("regular", path.join(FONTS, "Geist-Regular.ttf"));
  doc.registerFont("bold", path.join(FONTS, "Geist-SemiBold.ttf"));
  doc.font("regular"); // before any text: the standard Helvetica cannot be embedded, as PDF/UA requires
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));

  const root = doc.struct("Document");
  doc.addStructure(root);
  drawOutline(doc, root, outline.sections);
  if (footer) root.add(element(doc, "P", () => doc.moveDown(1).font("regular").fontSize(8.5).fillColor("#4a4f55").text(footer)));
  root.end();
  doc.end();
  return done;
}

/** A structure element; its children are elements or closures that draw its content (marked as they run). */
const element = (doc: Doc, tag: string, children: PDFKit.PDFStructureElementChild | PDFKit.PDFStructureElementChild[], options: PDFKit.Mixins.StructureElementOptions = {}) =>
  doc.struct(tag, options, children);

/** Small drawing helpers that tag as they draw; each adds its element to `parent` in reading order. */
export function tagger(doc: Doc) {
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
    /** A horizontal bar chart as a Figure (vector graphics, as on the web page): the bars are drawn, the alternative text is what a screen reader reads. */
    barChart: (parent: Struct, alt: string, bars: { label: string; value: number; light?: boolean }[]) => {
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
            doc.rect(left + labelWidth, y + 1, Math.max(1, (bar.value / max) * barArea), 9).fill(bar.light ? ACCENT_LIGHT : ACCENT);
            doc.fillColor(TEXT).text(String(bar.value), left + labelWidth + (bar.value / max) * barArea + 4, y, { lineBreak: false });
          });
        }, { alt }),
      );
      doc.x = left;
      doc.y = top + height;
    },
  };
}

export const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;


/** Draws the verslag's blocks (outline.ts): the first section straight under the document, each other one as a Sect. */
function drawOutline(doc: Doc, root: Struct, sections: Block[][]) {
  const tag = tagger(doc);
  sections.forEach((blocks, index) => {
    const parent = index === 0 ? root : doc.struct("Sect");
    if (index > 0) root.add(parent);
    for (const block of blocks) {
      if (block.kind === "list") tag.list(parent, block.items);
      else if (block.kind === "table") tag.table(parent, block.header, block.rows, block.widths);
      else if (block.kind === "chart") tag.barChart(parent, block.alt, block.bars);
      else tag[block.kind](parent, block.text);
    }
    if (index > 0) parent.end();
  });
}
