import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { sessionScope } from "@/lib/auth/policy";
import { db, type Prisma } from "@/lib/db";
import { command, exactlyOne, found, type Tx } from "@/lib/db/command";
import { AppError } from "@/lib/errors";
import type { CommitmentInput } from "@/lib/validation/commitments";
import { commitmentSelect, commitmentView as view } from "./view";

export async function listSessionCommitments(actor: Actor, sessionId: string, today: string, scope: Prisma.CouncilSessionWhereInput = sessionScope(actor)) {
  assertCan(actor, "sessions.view");
  const rows = await db().commitment.findMany({
    where: { sessionId, session: scope },
    select: commitmentSelect,
    orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }],
  });
  return rows.map((r) => view(r, today));
}

/** How many open commitments a dashboard lists, soonest due first. */
export const OPEN_COMMITMENTS_SHOWN = 50;

/** Open and overdue commitments across the gemeente's sessions the actor may see, for the dashboard. */
export async function listOpenCommitments(actor: Actor, today: string) {
  assertCan(actor, "sessions.view");
  const rows = await db().commitment.findMany({
    where: { doneAt: null, session: { ...sessionScope(actor), archivedAt: null } },
    select: { ...commitmentSelect, session: { select: { id: true, title: true } } },
    orderBy: { dueDate: "asc" },
    take: OPEN_COMMITMENTS_SHOWN,
  });
  return rows.map((r) => view(r, today));
}

export async function addCommitment(actor: Actor, sessionId: string, input: Omit<CommitmentInput, "madeOn" | "madeAt"> & Partial<Pick<CommitmentInput, "madeOn" | "madeAt">>) {
  return command(actor, "sessions.run", async ({ tx, audit }) => {
    found(await tx.councilSession.findFirst({ where: { ...sessionScope(actor), id: sessionId }, select: { id: true } }));
    const created = await tx.commitment.create({
      data: {
        sessionId,
        who: input.who,
        what: input.what,
        toWhom: input.toWhom,
        dueDate: new Date(`${input.dueDate}T00:00:00Z`),
        madeOn: input.madeOn ? new Date(`${input.madeOn}T00:00:00Z`) : null,
        madeAt: input.madeAt ?? "",
        events: { create: { state: "OPEN", actorName: await actorName(tx, actor) } },
      },
      select: { id: true },
    });
    await audit({ action: "commitment.create", entityType: "Commitment", entityId: created.id, after: input });
    return created;
  });
}

async function actorName(tx: Tx, actor: Actor) {
  const user = await tx.user.findUnique({ where: { id: actor.userId }, select: { name: true, email: true } });
  return user?.name || user?.email || "";
}

/**
 * Settles a commitment (afgedaan, with how: the afdoening) or reopens it (with why).
 * Each change is a step in its history; the last settlement stays readable.
 */
export async function setCommitmentDone(actor: Actor, input: { commitmentId: string; done: boolean; note?: string }, now = new Date()) {
  if (input.done && !input.note?.trim()) throw new AppError("INVALID");
  await command(actor, "sessions.run", async ({ tx, audit }) => {
    exactlyOne(
      await tx.commitment.updateMany({
        where: { id: input.commitmentId, session: sessionScope(actor) },
        data: input.done ? { doneAt: now, settlement: input.note!.trim() } : { doneAt: null },
      }),
    );
    await tx.commitmentEvent.create({
      data: { commitmentId: input.commitmentId, state: input.done ? "AFGEDAAN" : "OPEN", note: input.note?.trim() ?? "", actorName: await actorName(tx, actor), createdAt: now },
    });
    await audit({ action: input.done ? "commitment.done" : "commitment.reopen", entityType: "Commitment", entityId: input.commitmentId });
  });
}
