import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { sessionScope } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { commitmentSelect, commitmentView } from "./view";

/**
 * The toezeggingenlijst: every commitment of one session, or of all the gemeente's
 * sessions the actor sees (archived ones too: it is a register), with the session
 * it belongs to, when and where it was made, its status on `today`, how it was
 * settled and its history of settling and reopening. Ordered by session date, then due date.
 */
export async function commitmentRegister(actor: Actor, today: string, sessionId?: string) {
  assertCan(actor, "sessions.view");
  if (sessionId) {
    const found = await db().councilSession.findFirst({ where: { ...sessionScope(actor), id: sessionId }, select: { id: true } });
    if (!found) throw new AppError("NOT_FOUND");
  }
  const rows = await db().commitment.findMany({
    where: { session: { ...sessionScope(actor), ...(sessionId ? { id: sessionId } : {}) } },
    select: { ...commitmentSelect, session: { select: { id: true, title: true, startsAt: true } } },
    orderBy: [{ session: { startsAt: "asc" } }, { sessionId: "asc" }, { dueDate: "asc" }, { createdAt: "asc" }],
  });
  return rows.map((r) => commitmentView(r, today));
}

export type RegisterEntry = Awaited<ReturnType<typeof commitmentRegister>>[number];
