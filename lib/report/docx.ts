import "server-only";
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { reportOutline, type Block, type ReportLanguage } from "./outline";
import type { ReportModel } from "./report-model";

const HEADINGS = { h1: HeadingLevel.HEADING_1, h2: HeadingLevel.HEADING_2, h3: HeadingLevel.HEADING_3 } as const;

/** Word's language tag: "nl" → "nl-NL", "en" → "en-GB". */
const wordLanguage = (locale: string) => (locale.includes("-") ? locale : locale === "en" ? "en-GB" : "nl-NL");

/**
 * The verslag as a raadsinformatiebrief: a .docx (the `docx` package) with the
 * same content as the PDF (outline.ts), so the griffie can finish it in Word and
 * send it through its raadsinformatiesysteem. Headings are Word's own Heading 1–3
 * styles (the navigation pane and a table of contents find them), tables have a
 * repeating header row, the document language is Dutch (nl-NL) for spelling and
 * screen readers. Charts are left out: each stands beside a table with its figures.
 */
export async function renderReportDocx(model: ReportModel, language: ReportLanguage): Promise<Buffer> {
  const outline = reportOutline(model, language);
  const lang = { value: wordLanguage(language.locale) };
  const children = outline.sections.flat().flatMap(toWord);
  const doc = new Document({
    title: outline.title,
    creator: "Beraad",
    description: language.t("report.docx"),
    styles: { default: { document: { run: { font: "Calibri", size: 22, language: lang } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

function toWord(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case "h1":
    case "h2":
    case "h3":
      return [new Paragraph({ heading: HEADINGS[block.kind], children: [new TextRun(block.text)] })];
    case "p":
      return block.text.split("\n").map((line) => new Paragraph({ children: [new TextRun(line)], spacing: { after: 120 } }));
    case "list":
      return block.items.map((item) => new Paragraph({ children: [new TextRun(item)], bullet: { level: 0 } }));
    case "table":
      return [table(block.header, block.rows), new Paragraph({})];
    case "chart":
      return [];
  }
}

function table(header: string[], rows: string[][]): Table {
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
  });
}
