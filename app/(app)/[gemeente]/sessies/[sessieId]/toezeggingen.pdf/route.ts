import { gemeenteRoute } from "@/lib/auth/gemeente-route";
import { registerResponse } from "@/lib/commitments/register-response";

/** One session's toezeggingenlijst (pdf). */
export const GET = gemeenteRoute<{ sessieId: string }>("sessions.view", ({ actor, params: { sessieId } }) => registerResponse(actor, "pdf", sessieId));
