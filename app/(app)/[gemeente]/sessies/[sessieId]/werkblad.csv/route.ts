import { getLocale } from "next-intl/server";
import { gemeenteRoute } from "@/lib/auth/gemeente-route";
import { attachment } from "@/lib/http/attachment";
import { worksheetCsv } from "@/lib/worksheets/csv";

export const GET = gemeenteRoute<{ sessieId: string }>("sessions.review", async ({ actor, params: { sessieId } }) =>
  new Response(await worksheetCsv(actor, sessieId, await getLocale()), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": attachment("werkblad-antwoorden.csv"), "Cache-Control": "private, no-store" },
  }),
);
