import { gemeenteRoute } from "@/lib/auth/gemeente-route";
import { registerResponse } from "@/lib/commitments/register-response";

/** The gemeente's toezeggingenlijst (pdf): the commitments of every session the caller sees. */
export const GET = gemeenteRoute("sessions.view", ({ actor }) => registerResponse(actor, "pdf"));
