import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { sessionScope } from "@/lib/auth/policy";

export async function listCouncilSessions(actor: Actor, { archived = false } = {}) {
  assertCan(actor, "sessions.view");
  const sessions = await db().councilSession.findMany({
    where: { ...sessionScope(actor), archivedAt: archived ? { not: null } : null },
    select: {
      id: true,
      title: true,
      theme: true,
      startsAt: true,
      location: true,
      status: true,
      archivedAt: true,
      steps: { select: { status: true } },
    },
    orderBy: { startsAt: archived ? "desc" : "asc" },
  });
  return sessions.map(({ steps, ...s }) => ({
    ...s,
    stepsDone: steps.filter((step) => step.status === "KLAAR" || step.status === "NVT").length,
  }));
}
