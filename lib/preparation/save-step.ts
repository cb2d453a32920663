import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { stepEditScope } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/db";
import { command, found } from "@/lib/db/command";
import { AppError } from "@/lib/errors";
import { statusFollowingContent } from "./content";
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

/** What the step form gets back: the version to save from next; when saved, the time and the status stored; on a conflict the other person's version. */
export type StepFormResult = {
  version: number;
  status?: StepStatus;
  savedAt?: string;
  conflict?: { data: Prisma.JsonValue; updatedBy: string | null; updatedAt: string };
};

export type SaveStepResult = { ok: true; version: number; status: StepStatus } | { ok: false; conflict: StepConflict };

/**
 * Saves a step when nobody saved it since `version` was read (optimistic
 * concurrency). Otherwise nothing is written and the other person's version is
 * returned, so the editor can show it next to their own input. A step with content
 * is stored as at least "bezig", whatever was sent (statusFollowingContent).
 */
export function saveStep(actor: Actor, input: SaveStepInput): Promise<SaveStepResult> {
  return command(actor, "steps.edit", async ({ tx, audit }) => {
    const data = parseStepData(input.number, input.data);
    const state = stepStateSchema.safeParse({ status: input.status, nvtReason: input.nvtReason });
    if (!data.success || !state.success) throw new AppError("INVALID");
    const status = statusFollowingContent(input.number, state.data.status, data.data);
    // Who prepares every session, or a raadslid of this session's preparation group (policy), in the write's own where.
    const scope = { sessionId: input.sessionId, number: input.number, session: stepEditScope(actor) };
    const current = found(
      await tx.preparationStep.findFirst({
        where: scope,
        select: { id: true, version: true, status: true, nvtReason: true, data: true, updatedAt: true, updatedBy: { select: { name: true } } },
      }),
    );
    const updated = await tx.preparationStep.updateMany({
      where: { ...scope, version: input.version },
      data: {
        status,
        nvtReason: status === "NVT" ? state.data.nvtReason : "",
        data: data.data as Prisma.InputJsonValue,
        version: { increment: 1 },
        updatedById: actor.userId,
      },
    });
    if (updated.count !== 1) {
      const { version, status, nvtReason, data: theirData, updatedAt, updatedBy } = current;
      return { ok: false, conflict: { version, status, nvtReason, data: theirData, updatedAt, updatedBy: updatedBy?.name ?? null } };
    }
    await audit({
      action: "preparation-step.save",
      entityType: "PreparationStep",
      entityId: current.id,
      before: { status: current.status, data: current.data as Prisma.InputJsonValue },
      after: { status, data: data.data as Prisma.InputJsonValue },
    });
    return { ok: true, version: input.version + 1, status };
  });
}
