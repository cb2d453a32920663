import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { assertCan } from "@/lib/auth/membership";
import { command, exactlyOne, found } from "@/lib/db/command";
import { db } from "@/lib/db";
import { oriPrivateHosts } from "@/lib/env";
import { searchOri, type OriKind, type OriSearchResult } from "./ori";

/** The gemeente's ORI base URL ("" when the beheerder set none). */
export async function oriBaseUrl(actor: Actor): Promise<string> {
  assertCan(actor, "sessions.view");
  const gemeente = await db().gemeente.findUniqueOrThrow({ where: { id: actor.gemeenteId }, select: { oriBaseUrl: true } });
  return gemeente.oriBaseUrl;
}

/** The beheerder sets (or clears, with "") the gemeente's Open Raadsinformatie API. */
export function setOriBaseUrl(actor: Actor, url: string) {
  return command(actor, "members.manage", async ({ tx, audit }) => {
    const before = await tx.gemeente.findUniqueOrThrow({ where: { id: actor.gemeenteId }, select: { oriBaseUrl: true } });
    exactlyOne(await tx.gemeente.updateMany({ where: { id: actor.gemeenteId }, data: { oriBaseUrl: url } }));
    await audit({ action: "ris.ori-base-url", entityType: "Gemeente", entityId: actor.gemeenteId, before, after: { oriBaseUrl: url } });
  });
}

/** The session's link to the council's information system. */
export function setSessionRisUrl(actor: Actor, sessionId: string, risUrl: string) {
  return command(actor, "sessions.prepare", async ({ tx, audit }) => {
    const before = found(await tx.councilSession.findFirst({ where: { id: sessionId, gemeenteId: actor.gemeenteId }, select: { risUrl: true } }));
    exactlyOne(await tx.councilSession.updateMany({ where: { id: sessionId, gemeenteId: actor.gemeenteId }, data: { risUrl } }));
    await audit({ action: "session.ris-url", entityType: "CouncilSession", entityId: sessionId, before, after: { risUrl } });
  });
}

/** Looks up meetings or agenda items in the gemeente's ORI API; "not-configured" when it has none. */
export async function lookUpOri(actor: Actor, query: string, kind: OriKind, options?: Parameters<typeof searchOri>[3]): Promise<OriSearchResult | { ok: false; reason: "not-configured" }> {
  assertCan(actor, "sessions.prepare");
  const base = await oriBaseUrl(actor);
  if (!base) return { ok: false, reason: "not-configured" };
  return searchOri(base, query, kind, { privateHosts: oriPrivateHosts(), ...options });
}
