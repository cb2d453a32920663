import "server-only";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseStepData, stepStateSchema } from "./schemas";
import type { StepNumber, StepStatus } from "./steps";

export type SaveStepInput = {
  sessionId: string;
  number: StepNumber;
  /** The version the editor started from. */
  version: number;
  status: StepStatus;
  nvtReason: string;
  data: unknown;
};

export type StepConflict = {
  version: number;
  status: StepStatus;
  nvtReason: string;
  data: Prisma.JsonValue;
  updatedAt: Date;
  updatedBy: string | null;
};

export type SaveStepResult = { ok: true; version: number } | { ok: false; conflict: StepConflict };

/**
 * Saves a step when nobody saved it since `version` was read (optimistic
 * concurrency). Otherwise nothing is written and the other person's version is
 * returned, so the editor can show it next to their own input.
 */
export async function saveStep(actor: Actor, input: SaveStepInput): Promise<SaveStepResult> {
  assertCan(actor, "sessions.prepare");
  const data = parseStepData(input.number, input.data);
  const state = stepStateSchema.safeParse({ status: input.status, nvtReason: input.nvtReason });
  if (!data.success || !state.success) throw new AppError("INVALID");

  return db().$transaction(async (tx) => {
    const current = await tx.preparationStep.findFirst({
      where: { sessionId: input.sessionId, number: input.number, session: { gemeenteId: actor.gemeenteId } },
      select: { id: true, version: true, status: true, nvtReason: true, data: true, updatedAt: true, updatedBy: { select: { name: true } } },
    });
    if (!current) throw new AppError("NOT_FOUND");
    const updated = await tx.preparationStep.updateMany({
      where: { id: current.id, version: input.version },
      data: {
        status: state.data.status,
        nvtReason: state.data.status === "NVT" ? state.data.nvtReason : "",
        data: data.data as Prisma.InputJsonValue,
        version: { increment: 1 },
        updatedById: actor.userId,
      },
    });
    if (updated.count !== 1) {
      const { version, status, nvtReason, data: theirData, updatedAt, updatedBy } = current;
      return { ok: false, conflict: { version, status, nvtReason, data: theirData, updatedAt, updatedBy: updatedBy?.name ?? null } };
    }
    await recordAudit(tx, actor, {
      action: "preparation-step.save",
      entityType: "PreparationStep",
      entityId: current.id,
      before: { status: current.status, data: current.data as Prisma.InputJsonValue },
      after: { status: state.data.status, data: data.data as Prisma.InputJsonValue },
    });
    return { ok: true, version: input.version + 1 };
  });
}
