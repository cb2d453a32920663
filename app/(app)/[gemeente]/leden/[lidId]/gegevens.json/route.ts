import { gemeenteRoute } from "@/lib/auth/gemeente-route";
import { attachment } from "@/lib/http/attachment";
import { exportPersonData } from "@/lib/privacy/export-person";

/** AVG right of access: everything Beraad holds on one member of this gemeente, for the beheerder. */
export const GET = gemeenteRoute<{ lidId: string }>("members.manage", async ({ actor, params: { lidId } }) => {
  const file = await exportPersonData(actor, lidId);
  return new Response(JSON.stringify(file, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": attachment(`persoonsgegevens-${actor.gemeenteSlug}-${lidId}.json`),
      "Cache-Control": "private, no-store",
    },
  });
});
