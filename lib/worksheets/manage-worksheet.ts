import "server-only";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notifyLive } from "@/lib/live/notify";
import { parseStepData } from "@/lib/preparation/schemas";

type Tx = Prisma.TransactionClient;
export type WorksheetCommand = "open" | "close" | "reopen" | "release" | "hide" | "anonymous" | "named";

async function loadSession(tx: Tx, actor: Actor, sessionId: string) {
  const session = await tx.councilSession.findFirst({
    where: { id: sessionId, gemeenteId: actor.gemeenteId },
    select: { id: true, steps: { where: { number: 4 }, select: { data: true } }, worksheet: { include: { _count: { select: { answers: true } } } } },
  });
  if (!session) throw new AppError("NOT_FOUND");
  return session;
}

/** Copies step 4's question and actors into the worksheet; actors that already have answers stay. */
async function syncFromStep4(tx: Tx, worksheetId: string, step4Data: unknown) {
  const parsed = parseStepData(4, step4Data);
  if (!parsed.success) throw new AppError("INVALID");
  const actors = parsed.data.actors.filter((a) => a.name.trim() !== "");
  if (!parsed.data.question.trim() || actors.length === 0) throw new AppError("WORKSHEET_INCOMPLETE");
  await tx.roleWorksheet.update({ where: { id: worksheetId }, data: { question: parsed.data.question.trim() } });
  for (const [position, a] of actors.entries()) {
    await tx.worksheetActor.upsert({
      where: { worksheetId_key: { worksheetId, key: a.id } },
      create: { worksheetId, key: a.id, name: a.name.trim(), position },
      update: { name: a.name.trim(), position },
    });
  }
  await tx.worksheetActor.deleteMany({ where: { worksheetId, key: { notIn: actors.map((a) => a.id) }, answers: { none: {} } } });
}

/**
 * Opens, closes, releases or hides the role-choice worksheet, or sets its
 * anonymity. Anonymity can only be given up while nobody has answered: people
 * answered under the promise that their names would not be shown.
 */
export async function controlWorksheet(actor: Actor, input: { sessionId: string; command: WorksheetCommand }, now = new Date()) {
  assertCan(actor, "sessions.run");
  await applyCommand(actor, input, now);
  await notifyLive(input.sessionId);
}

async function applyCommand(actor: Actor, input: { sessionId: string; command: WorksheetCommand }, now: Date) {
  await db().$transaction(async (tx) => {
    const session = await loadSession(tx, actor, input.sessionId);
    const worksheet = session.worksheet ?? (await tx.roleWorksheet.create({ data: { sessionId: session.id }, include: { _count: { select: { answers: true } } } }));
    const before = { state: worksheet.state, anonymous: worksheet.anonymous, resultsReleased: worksheet.resultsReleased };
    let data: Prisma.RoleWorksheetUpdateInput;
    switch (input.command) {
      case "open":
      case "reopen":
        if (worksheet.state === "OPEN") return;
        await syncFromStep4(tx, worksheet.id, session.steps[0]?.data ?? {});
        data = { state: "OPEN", openedAt: now, closedAt: null };
        break;
      case "close":
        if (worksheet.state !== "OPEN") throw new AppError("INVALID_TRANSITION");
        data = { state: "GESLOTEN", closedAt: now };
        break;
      case "release":
        data = { resultsReleased: true };
        break;
      case "hide":
        data = { resultsReleased: false };
        break;
      case "anonymous":
        data = { anonymous: true };
        break;
      case "named":
        if (worksheet.anonymous && worksheet._count.answers > 0) throw new AppError("ANONYMITY_LOCKED");
        data = { anonymous: false };
        break;
    }
    const updated = await tx.roleWorksheet.update({ where: { id: worksheet.id }, data });
    await recordAudit(tx, actor, {
      action: `worksheet.${input.command}`,
      entityType: "RoleWorksheet",
      entityId: worksheet.id,
      before,
      after: { state: updated.state, anonymous: updated.anonymous, resultsReleased: updated.resultsReleased },
    });
  });
}
