import "server-only";
import { canOpenFromLearning, learningScope } from "@/lib/auth/policy";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { emptyStepData, parseStepData } from "@/lib/preparation/schemas";
import { buildTimeline, type TimelineSession } from "./timeline";
import { worksheetShift } from "@/lib/worksheets/shift";

/** A session that has taken place. */
const HELD = ["AFGEROND", "GEEVALUEERD"] as const;

const sameTheme = (a: string, b: string) => a.trim().toLocaleLowerCase("nl") === b.trim().toLocaleLowerCase("nl");

/** The learning timeline across the gemeente's sessions, optionally of one theme, and the themes to filter by. */
export async function loadLearningTimeline(actor: Actor, filter: { theme?: string } = {}) {
  assertCan(actor, "learning.view");
  const rows = await db().councilSession.findMany({
    // A copy is not a second experience until it has been held itself (and it never carries
    // the learning log or evaluation outcomes of its source: lib/templates/parts.ts).
    where: { ...learningScope(actor), OR: [{ copiedFromId: null }, { status: { in: [...HELD] } }] },
    select: {
      id: true,
      title: true,
      theme: true,
      startsAt: true,
      steps: { where: { number: { in: [9, 10] } }, select: { number: true, data: true } },
      sessionValues: { where: { evaluationMomentId: { not: null } }, select: { evaluationMomentId: true, value: { select: { name: true } } } },
      participants: { where: { membershipId: actor.membershipId }, select: { kind: true } },
    },
    orderBy: { startsAt: "desc" },
  });
  const themes = [...new Map(rows.map((r) => [r.theme.trim().toLocaleLowerCase("nl"), r.theme.trim()])).values()]
    .filter(Boolean)
    .sort((a, b) => a.localeCompare(b, "nl"));
  const sessions: TimelineSession[] = rows
    .filter((r) => !filter.theme || sameTheme(r.theme, filter.theme))
    .map((r) => {
      const stored = (n: 9 | 10) => r.steps.find((s) => s.number === n)?.data;
      const step9 = parseStepData(9, stored(9) ?? {});
      const step10 = parseStepData(10, stored(10) ?? {});
      const valuesByMoment = new Map<string, string[]>();
      for (const sv of r.sessionValues) {
        const list = valuesByMoment.get(sv.evaluationMomentId!) ?? [];
        list.push(sv.value.name);
        valuesByMoment.set(sv.evaluationMomentId!, list.sort((a, b) => a.localeCompare(b, "nl")));
      }
      return {
        id: r.id,
        title: r.title,
        theme: r.theme,
        startsAt: r.startsAt,
        canOpen: canOpenFromLearning(actor.role, r.participants.length > 0),
        evaluation: step9.success ? step9.data : emptyStepData(9),
        learning: step10.success ? step10.data : emptyStepData(10),
        valuesByMoment,
      };
    });
  return { themes, entries: buildTimeline(sessions) };
}

/**
 * Sessions whose worksheet was repeated at evaluation moments, with how the
 * answers shifted (lib/worksheets/shift.ts, which applies who may see which
 * round and k), newest first, optionally of one theme.
 */
export async function loadLearningShifts(actor: Actor, filter: { theme?: string } = {}) {
  assertCan(actor, "learning.view");
  const rows = await db().councilSession.findMany({
    where: { ...learningScope(actor), worksheet: { repeats: { some: {} } } },
    select: { id: true, title: true, theme: true, participants: { where: { membershipId: actor.membershipId }, select: { kind: true } } },
    orderBy: { startsAt: "desc" },
    take: 20,
  });
  const shown = rows.filter((r) => !filter.theme || sameTheme(r.theme, filter.theme));
  const shifts = await Promise.all(shown.map((r) => worksheetShift(actor, r.id)));
  return shown.flatMap((r, i) => {
    const shift = shifts[i];
    return shift ? [{ id: r.id, title: r.title, canOpen: canOpenFromLearning(actor.role, r.participants.length > 0), shift }] : [];
  });
}
