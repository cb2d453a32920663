import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

export async function listMembers(actor: Actor, now = new Date()) {
  assertCan(actor, "members.manage");
  const [members, invitations] = await Promise.all([
    db().membership.findMany({
      where: { gemeenteId: actor.gemeenteId },
      select: { id: true, role: true, fractieId: true, user: { select: { name: true, email: true } } },
      orderBy: [{ role: "asc" }, { user: { email: "asc" } }],
    }),
    db().invitation.findMany({
      where: { gemeenteId: actor.gemeenteId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      select: { id: true, email: true, role: true, expiresAt: true },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  return {
    members: members.map((m) => ({ id: m.id, role: m.role, fractieId: m.fractieId, name: m.user.name, email: m.user.email })),
    invitations,
  };
}
