import { exportPersonData } from "@/lib/privacy/export-person";
import { attachment, withRouteActor } from "@/lib/report/route-actor";

/** AVG right of access: everything Beraad holds on one member of this gemeente, for the beheerder. */
export async function GET(_request: Request, { params }: { params: Promise<{ gemeente: string; lidId: string }> }) {
  const { gemeente, lidId } = await params;
  return withRouteActor(gemeente, "members.manage", async (actor) => {
    const file = await exportPersonData(actor, lidId);
    return new Response(JSON.stringify(file, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": attachment(`persoonsgegevens-${actor.gemeenteSlug}-${lidId}.json`),
        "Cache-Control": "private, no-store",
      },
    });
  });
}
