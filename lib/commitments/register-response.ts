import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import { todayInAmsterdam } from "@/lib/dates";
import { db } from "@/lib/db";
import { attachment } from "@/lib/http/attachment";
import type { ReportLanguage } from "@/lib/report/outline";
import { renderOutlinePdf } from "@/lib/report/pdf";
import { commitmentRegister } from "./register";
import { registerCsv, registerOutline } from "./register-files";

/**
 * The toezeggingenlijst download, of one session or of the whole gemeente (what the
 * actor sees of it), as CSV or as a tagged PDF (landscape: the table is wide).
 */
export async function registerResponse(actor: Actor, format: "csv" | "pdf", sessionId?: string): Promise<Response> {
  const [entries, t, locale] = await Promise.all([commitmentRegister(actor, todayInAmsterdam(), sessionId), getTranslations(), getLocale()]);
  const translate = t as unknown as ReportLanguage["t"];
  const scope = sessionId
    ? ((await db().councilSession.findFirst({ where: { id: sessionId, gemeenteId: actor.gemeenteId }, select: { title: true } }))?.title ?? "")
    : actor.gemeenteName;
  const name = `toezeggingen-${sessionId ? scope : actor.gemeenteSlug}`;
  const headers = { "Cache-Control": "private, no-store" };
  if (format === "csv") {
    return new Response(registerCsv(entries, translate), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": attachment(`${name}.csv`) } });
  }
  const pdf = await renderOutlinePdf(registerOutline(entries, scope, { t: translate, locale, formatNumber: String }), locale, { landscape: true });
  return new Response(new Uint8Array(pdf), { headers: { ...headers, "Content-Type": "application/pdf", "Content-Disposition": attachment(`${name}.pdf`) } });
}
