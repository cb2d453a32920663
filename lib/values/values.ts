import "server-only";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CaseInput } from "@/lib/validation/values";
import { sessionScope } from "@/lib/auth/policy";
import { STARTING_VALUES } from "./starting-values";


type Tx = Prisma.TransactionClient;

/** The gemeente's value list, created with the starting values on first use. */
export async function listValues(actor: Actor) {
  assertCan(actor, "sessions.view");
  await db().value.createMany({
    data: STARTING_VALUES.map((name) => ({ gemeenteId: actor.gemeenteId, name })),
    skipDuplicates: true,
  });
  return db().value.findMany({ where: { gemeenteId: actor.gemeenteId }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

async function assertSessionVisible(tx: Tx, actor: Actor, sessionId: string) {
  const found = await tx.councilSession.findFirst({ where: { ...sessionScope(actor), id: sessionId }, select: { id: true } });
  if (!found) throw new AppError("NOT_FOUND");
}

/** A case brought in by a raadslid or the griffier, with the values at stake (chosen or new). */
export async function addCase(actor: Actor, sessionId: string, input: CaseInput) {
  assertCan(actor, "cases.contribute");
  return db().$transaction(async (tx) => {
    await assertSessionVisible(tx, actor, sessionId);
    const chosen = await tx.value.findMany({ where: { id: { in: input.valueIds }, gemeenteId: actor.gemeenteId }, select: { id: true } });
    if (chosen.length !== input.valueIds.length) throw new AppError("INVALID");
    const created = [];
    for (const name of input.newValues) {
      created.push(await tx.value.upsert({ where: { gemeenteId_name: { gemeenteId: actor.gemeenteId, name } }, create: { gemeenteId: actor.gemeenteId, name }, update: {}, select: { id: true } }));
    }
    const valueIds = [...new Set([...chosen, ...created].map((v) => v.id))];
    const item = await tx.case.create({
      data: { sessionId, authorId: actor.membershipId, description: input.description, source: input.source, values: { create: valueIds.map((valueId) => ({ valueId })) } },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: "case.create", entityType: "Case", entityId: item.id, after: { description: input.description, valueIds } });
    return item;
  });
}

/**
 * The value map of a session: each value with how often it was named and the
 * cases behind it, plus what the council will check (indicator, evaluation moment).
 */
export async function valueMap(actor: Actor, sessionId: string) {
  assertCan(actor, "sessions.view");
  await assertSessionVisible(db(), actor, sessionId);
  const [cases, links] = await Promise.all([
    db().case.findMany({
      where: { sessionId },
      select: { id: true, description: true, source: true, createdAt: true, values: { select: { value: { select: { id: true, name: true } } } } },
      orderBy: { createdAt: "asc" },
    }),
    db().sessionValue.findMany({ where: { sessionId }, select: { valueId: true, indicator: true, evaluationMomentId: true } }),
  ]);
  const byValue = new Map<string, { id: string; name: string; cases: { id: string; description: string }[] }>();
  for (const c of cases) {
    for (const { value } of c.values) {
      const entry = byValue.get(value.id) ?? { id: value.id, name: value.name, cases: [] };
      entry.cases.push({ id: c.id, description: c.description });
      byValue.set(value.id, entry);
    }
  }
  const values = [...byValue.values()]
    .map((v) => ({ ...v, count: v.cases.length, link: links.find((l) => l.valueId === v.id) ?? null }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { cases: cases.map((c) => ({ ...c, values: c.values.map((v) => v.value) })), values };
}

/** Links a value to an indicator and an evaluation moment of step 9. */
export async function linkSessionValue(actor: Actor, sessionId: string, input: { valueId: string; indicator: string; evaluationMomentId: string }) {
  assertCan(actor, "sessions.prepare");
  await db().$transaction(async (tx) => {
    await assertSessionVisible(tx, actor, sessionId);
    const value = await tx.value.findFirst({ where: { id: input.valueId, gemeenteId: actor.gemeenteId }, select: { id: true } });
    if (!value) throw new AppError("NOT_FOUND");
    const data = { indicator: input.indicator, evaluationMomentId: input.evaluationMomentId || null };
    await tx.sessionValue.upsert({ where: { sessionId_valueId: { sessionId, valueId: value.id } }, create: { sessionId, valueId: value.id, ...data }, update: data });
    await recordAudit(tx, actor, { action: "session-value.link", entityType: "SessionValue", entityId: `${sessionId}:${value.id}`, after: data });
  });
}

/** Merges a duplicate value into another: its cases and links move over, the duplicate goes. */
export async function mergeValues(actor: Actor, input: { fromId: string; intoId: string }) {
  assertCan(actor, "sessions.prepare");
  await db().$transaction(async (tx) => {
    const both = await tx.value.findMany({ where: { id: { in: [input.fromId, input.intoId] }, gemeenteId: actor.gemeenteId }, select: { id: true, name: true } });
    if (both.length !== 2) throw new AppError("NOT_FOUND");
    const caseLinks = await tx.caseValue.findMany({ where: { valueId: input.fromId }, select: { caseId: true } });
    await tx.caseValue.createMany({ data: caseLinks.map((c) => ({ caseId: c.caseId, valueId: input.intoId })), skipDuplicates: true });
    const sessionLinks = await tx.sessionValue.findMany({ where: { valueId: input.fromId } });
    for (const link of sessionLinks) {
      const exists = await tx.sessionValue.findUnique({ where: { sessionId_valueId: { sessionId: link.sessionId, valueId: input.intoId } } });
      if (!exists) {
        await tx.sessionValue.create({ data: { ...link, valueId: input.intoId } });
      } else {
        // Both were linked in this session: keep both indicators rather than dropping one.
        const indicator = [exists.indicator, link.indicator].filter(Boolean).filter((v, i, all) => all.indexOf(v) === i).join("; ");
        await tx.sessionValue.update({
          where: { sessionId_valueId: { sessionId: link.sessionId, valueId: input.intoId } },
          data: { indicator, evaluationMomentId: exists.evaluationMomentId ?? link.evaluationMomentId },
        });
      }
    }
    await tx.value.delete({ where: { id: input.fromId } });
    await recordAudit(tx, actor, {
      action: "value.merge",
      entityType: "Value",
      entityId: input.intoId,
      before: { merged: both.find((v) => v.id === input.fromId)?.name ?? null },
      after: { into: both.find((v) => v.id === input.intoId)?.name ?? null },
    });
  });
}

/** Per evaluation moment (step 9), the values the council linked to it, with their indicators. */
export async function valuesByEvaluationMoment(actor: Actor, sessionId: string) {
  assertCan(actor, "sessions.view");
  const links = await db().sessionValue.findMany({
    where: { sessionId, session: sessionScope(actor), evaluationMomentId: { not: null } },
    select: { evaluationMomentId: true, indicator: true, value: { select: { name: true } } },
    orderBy: { value: { name: "asc" } },
  });
  const byMoment = new Map<string, { value: string; indicator: string }[]>();
  for (const link of links) {
    const list = byMoment.get(link.evaluationMomentId!) ?? [];
    list.push({ value: link.value.name, indicator: link.indicator });
    byMoment.set(link.evaluationMomentId!, list);
  }
  return byMoment;
}
