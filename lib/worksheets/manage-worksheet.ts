import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/db";
import { command, found, type Tx } from "@/lib/db/command";
import { AppError } from "@/lib/errors";
import { notifyLive } from "@/lib/live/notify";
import { parseStepData } from "@/lib/preparation/schemas";
import { publishGuestResults } from "./guest-publication";
import { publishResults } from "./publication";
import { sessionScope } from "@/lib/auth/policy";

/** The worksheet of a session found in the actor's scope, addressed with the gemeente in the write's own `where`. */
type WorksheetScope = { sessionId: string; session: { gemeenteId: string } };
export type WorksheetCommand = "open" | "close" | "reopen" | "release" | "hide" | "anonymous" | "named";

async function loadSession(tx: Tx, actor: Actor, sessionId: string) {
  return found(
    await tx.councilSession.findFirst({
      where: { ...sessionScope(actor), id: sessionId },
      select: { id: true, steps: { where: { number: 4 }, select: { data: true } }, worksheet: true },
    }),
  );
}

/** Copies step 4's question and actors into the worksheet; actors that already have answers stay. */
async function syncFromStep4(tx: Tx, scope: WorksheetScope, worksheetId: string, step4Data: unknown) {
  const parsed = parseStepData(4, step4Data);
  if (!parsed.success) throw new AppError("INVALID");
  const actors = parsed.data.actors.filter((a) => a.name.trim() !== "");
  if (!parsed.data.question.trim() || actors.length === 0) throw new AppError("WORKSHEET_INCOMPLETE");
  await tx.roleWorksheet.update({ where: scope, data: { question: parsed.data.question.trim() } });
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
 * anonymity. The anonymity setting is the promise raadsleden read on the
 * worksheet, so it is fixed the moment the worksheet first opens. Closing an
 * anonymous worksheet publishes its results (lib/worksheets/publication.ts).
 */
export async function controlWorksheet(actor: Actor, input: { sessionId: string; command: WorksheetCommand }, now = new Date()) {
  await applyCommand(actor, input, now);
  await notifyLive(input.sessionId);
}

async function applyCommand(actor: Actor, input: { sessionId: string; command: WorksheetCommand }, now: Date) {
  await command(actor, "sessions.run", async ({ tx, audit }) => {
    const session = await loadSession(tx, actor, input.sessionId);
    const scope: WorksheetScope = { sessionId: session.id, session: { gemeenteId: actor.gemeenteId } };
    // One command at a time per worksheet, and no answer saved while it closes (saveAnswer takes this lock too).
    if (session.worksheet) await tx.$queryRaw`SELECT id FROM role_worksheet WHERE id = ${session.worksheet.id} FOR UPDATE`;
    const worksheet = session.worksheet ?? (await tx.roleWorksheet.create({ data: { sessionId: session.id } }));
    const before = { state: worksheet.state, anonymous: worksheet.anonymous, resultsReleased: worksheet.resultsReleased };
    let data: Prisma.RoleWorksheetUpdateInput;
    switch (input.command) {
      case "open":
      case "reopen":
        if (worksheet.state === "OPEN") return;
        // Answers removed by retention cannot be added to again: the kept results would no longer match.
        if (worksheet.answersPurgedAt) throw new AppError("ANSWERS_PURGED");
        await syncFromStep4(tx, scope, worksheet.id, session.steps[0]?.data ?? {});
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
      case "named":
        if (worksheet.openedAt !== null) throw new AppError("ANONYMITY_LOCKED");
        data = { anonymous: input.command === "anonymous" };
        break;
    }
    const updated = await tx.roleWorksheet.update({ where: scope, data });
    if (input.command === "close" && updated.anonymous) await publishResults(tx, worksheet.id, now);
    // Guests' answers are always anonymous: published at every close, whatever the worksheet's setting.
    if (input.command === "close") await publishGuestResults(tx, worksheet.id, now);
    await audit({
      action: `worksheet.${input.command}`,
      entityType: "RoleWorksheet",
      entityId: worksheet.id,
      before,
      after: { state: updated.state, anonymous: updated.anonymous, resultsReleased: updated.resultsReleased },
    });
  });
}

/**
 * When a session ends (to AFGEROND), its worksheet stops taking answers: an open
 * one is closed, and an anonymous one publishes, in the caller's transaction.
 * Returns whether it closed one (the caller then tells the live views).
 */
export async function closeWorksheetWithSession(tx: Tx, sessionId: string, now: Date): Promise<boolean> {
  const [open] = await tx.$queryRaw<{ id: string; anonymous: boolean }[]>`
    SELECT id, anonymous FROM role_worksheet WHERE session_id = ${sessionId} AND state = 'OPEN' FOR UPDATE`;
  if (!open) return false;
  // The caller found the session in its own scope; a session has one worksheet.
  await tx.roleWorksheet.update({ where: { sessionId }, data: { state: "GESLOTEN", closedAt: now } });
  if (open.anonymous) await publishResults(tx, open.id, now);
  await publishGuestResults(tx, open.id, now);
  return true;
}
