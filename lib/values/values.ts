import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db";
import { command, exactlyOne, found, type Tx } from "@/lib/db/command";
import { AppError } from "@/lib/errors";
import type { CaseInput, SessionValueInput, TensionInput, VerdictInput } from "@/lib/validation/values";
import { sessionScope } from "@/lib/auth/policy";
import { toStepsInput } from "@/lib/preparation/load";
import { STARTING_VALUES } from "./starting-values";

/** The values the gemeente's councillors have named so far (nothing is put there for them). */
export async function listValues(actor: Actor) {
  assertCan(actor, "sessions.view");
  return db().value.findMany({ where: { gemeenteId: actor.gemeenteId }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

/**
 * Suggestions, shown only when someone asks for them (no steering): the values
 * named before in this gemeente, then the starting list's names not yet among them.
 */
export function valueSuggestions(named: { id: string; name: string }[]) {
  const known = new Set(named.map((v) => v.name));
  return { named, starting: STARTING_VALUES.filter((name) => !known.has(name)) };
}

async function assertSessionVisible(tx: Tx, actor: Actor, sessionId: string, scope: Prisma.CouncilSessionWhereInput = sessionScope(actor)) {
  found(await tx.councilSession.findFirst({ where: { ...scope, id: sessionId }, select: { id: true } }));
}

/** A case brought in by a raadslid or the griffier, with the values at stake (chosen or new). */
export async function addCase(actor: Actor, sessionId: string, input: Omit<CaseInput, "confirmNoPersonalData">) {
  return command(actor, "cases.contribute", async ({ tx, audit }) => {
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
    await audit({ action: "case.create", entityType: "Case", entityId: item.id, after: { description: input.description, valueIds } });
    return item;
  });
}

/**
 * Sets two values of a case against each other ("samenwerking versus autonomie").
 * Both must be values of that case; the pair is stored in one order, so A–B and B–A are one tension.
 */
export async function addTension(actor: Actor, sessionId: string, input: TensionInput) {
  return command(actor, "cases.contribute", async ({ tx, audit }) => {
    await assertSessionVisible(tx, actor, sessionId);
    const theCase = found(await tx.case.findFirst({ where: { id: input.caseId, sessionId }, select: { id: true, values: { select: { valueId: true } } } }));
    const onCase = new Set(theCase.values.map((v) => v.valueId));
    if (!onCase.has(input.valueAId) || !onCase.has(input.valueBId)) throw new AppError("INVALID");
    const [valueAId, valueBId] = [input.valueAId, input.valueBId].sort();
    const tension = await tx.caseTension.upsert({
      where: { caseId_valueAId_valueBId: { caseId: theCase.id, valueAId, valueBId } },
      create: { caseId: theCase.id, valueAId, valueBId, note: input.note },
      update: { note: input.note },
      select: { id: true },
    });
    await audit({ action: "case.tension", entityType: "CaseTension", entityId: tension.id, after: { valueAId, valueBId, note: input.note } });
    return tension;
  });
}

/**
 * The value map of a session: each value with how often it was named and the
 * cases behind it, plus what the council will check (indicator, evaluation moment).
 */
export async function valueMap(actor: Actor, sessionId: string, reportScope?: Prisma.CouncilSessionWhereInput) {
  assertCan(actor, "sessions.view");
  await assertSessionVisible(db(), actor, sessionId, reportScope);
  const [cases, sessionValues, verdicts, steps] = await Promise.all([
    db().case.findMany({ where: { sessionId }, select: VALUE_MAP_SELECT.cases.select, orderBy: VALUE_MAP_SELECT.cases.orderBy }),
    db().sessionValue.findMany({ where: { sessionId }, select: VALUE_MAP_SELECT.sessionValues.select }),
    db().valueVerdict.findMany({ where: { sessionId }, select: VALUE_MAP_SELECT.verdicts.select }),
    db().preparationStep.findMany({ where: { sessionId }, select: { number: true, status: true, data: true } }),
  ]);
  return valueMapOf({ cases, sessionValues, verdicts, steps });
}

/**
 * What the value map reads of a session, as a select on the session: a caller that
 * reads the session anyway (lib/report/report-model.ts) selects this in the same
 * statement and builds the map with valueMapOf.
 */
export const VALUE_MAP_SELECT = {
  cases: {
    select: {
      id: true,
      description: true,
      source: true,
      createdAt: true,
      values: { select: { value: { select: { id: true, name: true } } } },
      tensions: { select: { id: true, note: true, valueA: { select: { id: true, name: true } }, valueB: { select: { id: true, name: true } } }, orderBy: { createdAt: "asc" } },
    },
    orderBy: { createdAt: "asc" },
  },
  sessionValues: {
    select: { valueId: true, indicator: true, baseline: true, target: true, indicatorSource: true, programmeName: true, programmeUrl: true, evaluationMomentId: true },
  },
  verdicts: { select: { valueId: true, evaluationMomentId: true, verdict: true, evidence: true } },
} satisfies Prisma.CouncilSessionSelect;

type ValueMapRows = Prisma.CouncilSessionGetPayload<{ select: typeof VALUE_MAP_SELECT }> & { steps: Parameters<typeof toStepsInput>[0] };

/** The value map from rows already read (the session's scope checked by the reader). Pure. */
export function valueMapOf({ cases, sessionValues: links, verdicts, steps }: ValueMapRows) {
  const moments = [...toStepsInput(steps)[9].data.evaluationMoments].sort((a, b) => a.date.localeCompare(b.date));
  const byValue = new Map<string, { id: string; name: string; cases: { id: string; description: string }[] }>();
  for (const c of cases) {
    for (const { value } of c.values) {
      const entry = byValue.get(value.id) ?? { id: value.id, name: value.name, cases: [] };
      entry.cases.push({ id: c.id, description: c.description });
      byValue.set(value.id, entry);
    }
  }
  const values = [...byValue.values()]
    .map((v) => ({
      ...v,
      count: v.cases.length,
      link: links.find((l) => l.valueId === v.id) ?? null,
      // The value's trail: its verdict at each evaluation moment, in date order (null: not judged there).
      trail: moments.map((m) => {
        const verdict = verdicts.find((x) => x.valueId === v.id && x.evaluationMomentId === m.id);
        return { momentId: m.id, date: m.date, subject: m.subject, verdict: verdict?.verdict ?? null, evidence: verdict?.evidence ?? "" };
      }),
    }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return {
    cases: cases.map((c) => ({ ...c, values: c.values.map((v) => v.value) })),
    values,
    tensions: tensionsOf(cases),
    moments: moments.map((m) => ({ id: m.id, date: m.date, subject: m.subject })),
  };
}

type CaseTensions = { id: string; description: string; tensions: { note: string; valueA: { id: string; name: string }; valueB: { id: string; name: string } }[] };

/** The tensions of a session, one per pair of values, with the cases (and notes) in which they were named. Pure. */
export function tensionsOf(cases: CaseTensions[]) {
  const byPair = new Map<string, { a: string; b: string; cases: { id: string; description: string; note: string }[] }>();
  for (const c of cases) {
    for (const t of c.tensions) {
      const key = `${t.valueA.id}|${t.valueB.id}`;
      const entry = byPair.get(key) ?? { a: t.valueA.name, b: t.valueB.name, cases: [] };
      entry.cases.push({ id: c.id, description: c.description, note: t.note });
      byPair.set(key, entry);
    }
  }
  return [...byPair.values()].sort((x, y) => y.cases.length - x.cases.length || x.a.localeCompare(y.a));
}

/** Links a value to an indicator and an evaluation moment of step 9. */
export async function linkSessionValue(actor: Actor, sessionId: string, input: Pick<SessionValueInput, "valueId" | "indicator" | "evaluationMomentId"> & Partial<SessionValueInput>) {
  await command(actor, "sessions.prepare", async ({ tx, audit }) => {
    await assertSessionVisible(tx, actor, sessionId);
    const value = found(await tx.value.findFirst({ where: { id: input.valueId, gemeenteId: actor.gemeenteId }, select: { id: true } }));
    const data = {
      indicator: input.indicator,
      baseline: input.baseline ?? "",
      target: input.target ?? "",
      indicatorSource: input.indicatorSource ?? "",
      programmeName: input.programmeName ?? "",
      programmeUrl: input.programmeUrl ?? "",
      evaluationMomentId: input.evaluationMomentId || null,
    };
    await tx.sessionValue.upsert({ where: { sessionId_valueId: { sessionId, valueId: value.id } }, create: { sessionId, valueId: value.id, ...data }, update: data });
    await audit({ action: "session-value.link", entityType: "SessionValue", entityId: `${sessionId}:${value.id}`, after: data });
  });
}

/** Merges a duplicate value into another: its cases and links move over, the duplicate goes. */
export async function mergeValues(actor: Actor, input: { fromId: string; intoId: string }) {
  await command(actor, "sessions.prepare", async ({ tx, audit }) => {
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
    // Tensions, verdicts and rankings move over too; where the kept value already has one, that one stays.
    for (const t of await tx.caseTension.findMany({ where: { OR: [{ valueAId: input.fromId }, { valueBId: input.fromId }] } })) {
      const other = t.valueAId === input.fromId ? t.valueBId : t.valueAId;
      if (other === input.intoId) continue; // a tension between the two duplicates disappears with the merge
      const [valueAId, valueBId] = [other, input.intoId].sort();
      await tx.caseTension.upsert({ where: { caseId_valueAId_valueBId: { caseId: t.caseId, valueAId, valueBId } }, create: { caseId: t.caseId, valueAId, valueBId, note: t.note }, update: {} });
    }
    for (const v of await tx.valueVerdict.findMany({ where: { valueId: input.fromId } })) {
      await tx.valueVerdict.upsert({
        where: { sessionId_valueId_evaluationMomentId: { sessionId: v.sessionId, valueId: input.intoId, evaluationMomentId: v.evaluationMomentId } },
        create: { sessionId: v.sessionId, valueId: input.intoId, evaluationMomentId: v.evaluationMomentId, verdict: v.verdict, evidence: v.evidence },
        update: {},
      });
    }
    for (const r of await tx.fractieRanking.findMany({ where: { valueId: input.fromId } })) {
      await tx.fractieRanking.upsert({
        where: { sessionId_fractieId_valueId: { sessionId: r.sessionId, fractieId: r.fractieId, valueId: input.intoId } },
        create: { sessionId: r.sessionId, fractieId: r.fractieId, valueId: input.intoId, rank: r.rank },
        update: {},
      });
    }
    exactlyOne(await tx.value.deleteMany({ where: { id: input.fromId, gemeenteId: actor.gemeenteId } }));
    await audit({
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

/**
 * The council's verdict on a value at one evaluation moment of step 9: op koers,
 * bijsturen or niet te beoordelen, with the evidence. The moment must be one of the session's.
 */
export async function saveVerdict(actor: Actor, sessionId: string, input: VerdictInput) {
  await command(actor, "sessions.prepare", async ({ tx, audit }) => {
    await assertSessionVisible(tx, actor, sessionId);
    const value = found(await tx.value.findFirst({ where: { id: input.valueId, gemeenteId: actor.gemeenteId }, select: { id: true } }));
    const steps = await tx.preparationStep.findMany({ where: { sessionId }, select: { number: true, status: true, data: true } });
    if (!toStepsInput(steps)[9].data.evaluationMoments.some((m) => m.id === input.evaluationMomentId)) throw new AppError("INVALID");
    const key = { sessionId, valueId: value.id, evaluationMomentId: input.evaluationMomentId };
    const data = { verdict: input.verdict, evidence: input.evidence };
    await tx.valueVerdict.upsert({ where: { sessionId_valueId_evaluationMomentId: key }, create: { ...key, ...data }, update: data });
    await audit({ action: "value.verdict", entityType: "ValueVerdict", entityId: `${sessionId}:${value.id}:${input.evaluationMomentId}`, after: data });
  });
}
