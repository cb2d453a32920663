import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderReportDocx } from "@/lib/report/docx";
import { reportFixture, translator } from "./fixture";

// The raadsinformatiebrief: a .docx generated from the verslag, unzipped (Debian's
// unzip, installed by .ci/run) and read back: the text a griffier opens in Word.

async function unzipped(locale: "nl" | "en" = "nl") {
  const docx = await renderReportDocx(reportFixture(), { t: translator(locale), locale, formatNumber: (n) => n.toFixed(2) });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "beraad-docx-")), "brief.docx");
  fs.writeFileSync(file, docx);
  const read = (part: string) => execFileSync("unzip", ["-p", file, part], { encoding: "utf8" });
  return { docx, document: read("word/document.xml"), styles: read("word/styles.xml"), core: read("docProps/core.xml") };
}

/** The paragraphs of word/document.xml as text, each with its style (Heading1…) when it has one. */
function paragraphs(xml: string) {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const body = m[1] ?? m[2] ?? "";
    const style = /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1] ?? null;
    const text = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("");
    return { style, text: text.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&apos;/g, "'") };
  });
}

describe("the raadsinformatiebrief (.docx)", () => {
  it("is a Word file in Dutch (nl-NL) with the verslag's title", async () => {
    const { docx, styles, core } = await unzipped();
    expect(docx.subarray(0, 2).toString()).toBe("PK");
    expect(styles).toContain('<w:lang w:val="nl-NL"/>');
    expect(core).toContain("Verslag: Jeugdzorg: wie doet wat?");
  });

  it("has the verslag's headings as real Word headings, in order", async () => {
    const list = paragraphs((await unzipped()).document);
    const headings = list.filter((p) => p.style?.startsWith("Heading"));
    expect(headings[0]).toEqual({ style: "Heading1", text: "Verslag: Jeugdzorg: wie doet wat?" });
    const h2 = headings.filter((h) => h.style === "Heading2").map((h) => h.text);
    expect(h2).toEqual([
      "Terugblik van de facilitator",
      "Verkenningen en wat ze opleverden",
      "De probleemdefinitie",
      "Betrokkenen en genodigden",
      "De rolkeuze",
      "Ruimte voor inbreng: wat inwoners en partners wel en niet kunnen beïnvloeden",
      "Plek in de besluitvorming",
      "Het programma zoals gehouden",
      "Wie deed mee",
      "Waarden",
      "Toezeggingen",
      "Evaluatiemomenten",
      "Voorbereiding in tien stappen (3 van 10 klaar)",
    ]);
    expect(headings).toContainEqual({ style: "Heading3", text: "Gemeenteraad" });
  });

  it("carries the verslag's content, dates in words, the minimum group size respected", async () => {
    const { document } = await unzipped();
    const text = paragraphs(document).map((p) => p.text).join("\n");
    expect(text).toContain("donderdag 4 maart 2027 om 19:30");
    // The programme as held, with clock times, and the attendance list.
    expect(text).toContain("19:45–20:30");
    expect(text).toContain("komt niet");
    expect(text).toContain("Ouders weten niet bij wie ze terechtkunnen.");
    expect(text).toContain("Gezinnen wachten te lang op passende hulp.");
    expect(text).toContain("16 deelnemers, van wie 4 vaste deelnemers");
    expect(text).toContain("Autonomie tegenover Vertrouwen (1 casus)");
    expect(text).toContain("Nog 9 weken wachten");
    expect(text).toContain("zegt niets over haar politieke gewicht");
    expect(text).toContain("Een brief over de wachtlijsten — toegezegd op 4 maart 2027 — in Raad in Beraad jeugdzorg");
    expect(text).toMatch(/1 september 2027: Wachttijden[^\n]*\n1 december 2027: Rolverdeling/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    // Inwoners have fewer answers than k: the sentence, no figures.
    expect(text).toMatch(/Inwoners\nTe weinig antwoorden om anoniem te tonen \(minimaal 5\)\./);
    // Tables with a header row that repeats on each page.
    expect(document).toContain("<w:tblHeader/>");
  });

  it("follows the request's language", async () => {
    const { styles, document } = await unzipped("en");
    expect(styles).toContain('<w:lang w:val="en-GB"/>');
    expect(paragraphs(document).map((p) => p.text)).toContain("jeugdzorg · Thursday, 4 March 2027 at 19:30 · Raadzaal");
  });
});
