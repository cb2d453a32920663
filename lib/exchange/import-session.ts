import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { db, type Prisma } from "@/lib/db";
import { command } from "@/lib/db/command";
import { withoutNul } from "@/lib/forms/state";
import { msg } from "@/lib/validation/message";
import { withBounds, type MessageWithBounds } from "@/lib/validation/issues";
import { ownerByRole, PREPARATION_GROUP_ROLES, stepOwnerScope } from "@/lib/auth/policy";
import { sessionFileSchema, type SessionFile } from "./format";

/** One thing wrong with a file: where in it ("" for the file as a whole) and a validation message to translate. */
export type ImportProblem = MessageWithBounds & { at: string };
/** A notice: something of the file that was left out (an owner nobody here matches), not a reason to refuse it. */
export type ImportResult = { ok: true; sessionId: string; notices: ImportProblem[] } | { ok: false; problems: ImportProblem[] };

/** Where a session written from a file comes from, when not an upload: a copy of an earlier session, or a template. */
export type ImportOrigin = { copiedFromId?: string; templateName?: string; audit?: "council-session.copy" | "council-session.from-template" };

/** Parts of a session that never come in by themselves: a verslag is shared by a griffier of this gemeente, not by a file. */
const NEVER_SHARED_ON_IMPORT = new Set(["REPORT"]);

/**
 * Imports a session file into the actor's gemeente. The whole file is
 * validated first, then written in one transaction: a bad or tampered file
 * gets every problem listed, and nothing is written.
 */
export async function importSession(actor: Actor, input: unknown, now = new Date(), origin: ImportOrigin = {}): Promise<ImportResult> {
  assertCan(actor, "sessions.prepare");
  const parsed = sessionFileSchema.safeParse(withoutNul(input));
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.slice(0, 50).map((i) => ({ at: i.path.map(String).join("."), ...withBounds(i) })) };
  const file = parsed.data;

  const [people, fracties] = await Promise.all([peopleOf(actor, file), fractiesOf(actor, file)]);
  if (people.problems.length || fracties.problems.length) return { ok: false, problems: [...people.problems, ...fracties.problems] };

  const { sessionId, notices } = await command(actor, "sessions.prepare", async ({ tx, audit }) => {
    const valueIds = await ensureValues(tx, actor, [...file.cases.flatMap((c) => c.values), ...file.valueLinks.map((l) => l.value), ...file.rankings.map((r) => r.value)]);
    const s = file.session;
    const created = await tx.councilSession.create({
      data: {
        gemeenteId: actor.gemeenteId,
        title: s.title,
        theme: s.theme,
        startsAt: new Date(s.startsAt),
        endsAt: s.endsAt ? new Date(s.endsAt) : null,
        location: s.location,
        description: s.description,
        risUrl: s.risUrl,
        // A live session gets a new join code only when it goes live here.
        status: s.status === "LIVE" ? "VOORBEREID" : s.status,
        sharedParts: s.sharedParts.filter((part) => !NEVER_SHARED_ON_IMPORT.has(part)),
        ...(s.guestGroups ? { guestGroups: s.guestGroups } : {}),
        copiedFromId: origin.copiedFromId ?? null,
        templateName: origin.templateName ?? "",
        reviewStoodOut: s.review.stoodOut,
        reviewAgreements: s.review.agreements,
        reviewNextSteps: s.review.nextSteps,
        participants: { create: people.rows },
        steps: {
          create: file.steps.map((step) => ({
            number: step.number,
            status: step.status,
            nvtReason: step.nvtReason,
            data: step.data as Prisma.InputJsonValue,
            deadline: step.deadline ? new Date(`${step.deadline}T00:00:00Z`) : null,
            prompt: step.prompt,
          })),
        },
        agendaItems: { create: file.agenda.map((item, i) => ({ ...item, position: i + 1 })) },
        worksheet: file.worksheet
          ? {
              create: {
                question: file.worksheet.question,
                anonymous: file.worksheet.anonymous,
                state: file.worksheet.state,
                // A worksheet that was open has shown raadsleden its promise about names: that stays fixed.
                openedAt: file.worksheet.state === "CONCEPT" ? null : now,
                resultsReleased: file.worksheet.resultsReleased,
                actors: { create: file.worksheet.actors.map((a, position) => ({ ...a, position })) },
              },
            }
          : undefined,
        cases: {
          create: file.cases.map((c) => ({
            description: c.description,
            source: c.source,
            values: { create: [...new Set(c.values)].map((v) => ({ valueId: valueIds.get(v)! })) },
            tensions: {
              create: c.tensions.map((t) => {
                const [valueAId, valueBId] = [valueIds.get(t.a)!, valueIds.get(t.b)!].sort(); // stored in id order, as addTension does
                return { valueAId, valueBId, note: t.note };
              }),
            },
          })),
        },
        sessionValues: {
          create: file.valueLinks.map((l) => ({
            valueId: valueIds.get(l.value)!,
            indicator: l.indicator,
            evaluationMomentId: l.evaluationMomentId,
            baseline: l.baseline,
            target: l.target,
            indicatorSource: l.indicatorSource,
            programmeName: l.programmeName,
            programmeUrl: l.programmeUrl,
          })),
        },
        verdicts: {
          create: file.valueLinks.flatMap((l) => l.verdicts.map((v) => ({ valueId: valueIds.get(l.value)!, evaluationMomentId: v.evaluationMomentId, verdict: v.verdict, evidence: v.evidence }))),
        },
        commitments: {
          create: file.commitments.map((c) => ({
            who: c.who,
            what: c.what,
            toWhom: c.toWhom,
            dueDate: new Date(`${c.dueDate}T00:00:00Z`),
            doneAt: c.done ? (lastSettled(c.history) ?? now) : null,
            madeOn: c.madeOn ? new Date(`${c.madeOn}T00:00:00Z`) : null,
            madeAt: c.madeAt,
            settlement: c.settlement,
            // The file's history as it was; an older file without one gets the steps its state implies.
            events: {
              create: c.history.length
                ? c.history.map((e) => ({ state: e.state, note: e.note, actorName: e.by, createdAt: new Date(e.at) }))
                : [{ state: "OPEN" as const, note: "" }, ...(c.done ? [{ state: "AFGEDAAN" as const, note: c.settlement }] : [])],
            },
          })),
        },
      },
      select: { id: true },
    });
    await tx.fractieRanking.createMany({
      data: file.rankings.map((r) => ({ sessionId: created.id, fractieId: fracties.ids.get(r.fractie)!, valueId: valueIds.get(r.value)!, rank: r.rank })),
    });
    // The group before the owners: a raadslid of the group may own a step.
    const groupNotices = await addPreparers(tx, created.id, file.people.preparers, people.rows, people.byEmail);
    const notices = [...groupNotices, ...(await assignOwners(tx, actor, created.id, file.steps)), ...(await attachCards(tx, actor, created.id, file.cards))];
    await audit({
      action: origin.audit ?? "council-session.import",
      entityType: "CouncilSession",
      entityId: created.id,
      after: { title: s.title, exportedAt: file.exportedAt, copiedFromId: origin.copiedFromId ?? null, templateName: origin.templateName ?? null },
    });
    return { sessionId: created.id, notices };
  });
  return { ok: true, sessionId, notices };
}

/**
 * Gives each step the owner the file names, among those who may own a step of the new
 * session (policy: stepOwnerScope). By e-mail: that person. By role: the griffier who
 * imports (or the gemeente's only griffier), the session's only facilitator. Anyone
 * else is left empty with a notice: an owner is planning, not a reason to refuse a file.
 */
async function assignOwners(tx: Prisma.TransactionClient, actor: Actor, sessionId: string, steps: SessionFile["steps"]): Promise<ImportProblem[]> {
  if (!steps.some((s) => s.owner)) return [];
  const candidates = await tx.membership.findMany({
    where: stepOwnerScope(actor.gemeenteId, sessionId),
    select: { id: true, role: true, user: { select: { email: true } }, sessionRoles: { where: { sessionId, kind: "FACILITATOR" }, select: { kind: true } } },
  });
  const owners = candidates.map((c) => ({ ...c, facilitates: c.sessionRoles.length > 0 }));
  const notices: ImportProblem[] = [];
  for (const step of steps) {
    if (!step.owner) continue;
    const ref = step.owner;
    const owner = "email" in ref ? owners.find((c) => c.user.email.toLowerCase() === ref.email.toLowerCase()) : ownerByRole(ref.role, owners, actor.membershipId);
    if (!owner) {
      const who = "email" in ref ? ref.email : ref.role;
      notices.push({ at: `steps.${step.number}`, message: msg("exchange.ownerLeftEmpty", { step: step.number, who }) });
      continue;
    }
    await tx.preparationStep.updateMany({ where: { sessionId, number: step.number, session: { gemeenteId: actor.gemeenteId } }, data: { ownerId: owner.id } });
  }
  return notices;
}

/**
 * The preparation group: raadsleden of this gemeente who are among the session's invitees.
 * Anyone else is left out with a notice (the group is a trust the griffier gives here).
 */
async function addPreparers(
  tx: Prisma.TransactionClient,
  sessionId: string,
  preparers: string[],
  participants: { membershipId: string; kind: "FACILITATOR" | "RAADSLID" }[],
  byEmail: Map<string, { id: string; role: string }>,
): Promise<ImportProblem[]> {
  const notices: ImportProblem[] = [];
  const invited = new Set(participants.filter((p) => p.kind === "RAADSLID").map((p) => p.membershipId));
  const ids: string[] = [];
  for (const email of new Set(preparers.map((e) => e.toLowerCase()))) {
    const member = byEmail.get(email);
    if (member && invited.has(member.id) && PREPARATION_GROUP_ROLES.includes(member.role as Role)) ids.push(member.id);
    else notices.push({ at: "people.preparers", message: msg("exchange.preparerLeftOut", { email }) });
  }
  if (ids.length) await tx.sessionPreparer.createMany({ data: ids.map((membershipId) => ({ sessionId, membershipId })) });
  return notices;
}

/**
 * Attaches the file's library cards: a shipped card by its key, an own card of this
 * gemeente by its title. One this gemeente cannot see is left out with a notice.
 */
async function attachCards(tx: Prisma.TransactionClient, actor: Actor, sessionId: string, cards: SessionFile["cards"]): Promise<ImportProblem[]> {
  if (!cards.length) return [];
  const found = await tx.libraryCard.findMany({
    where: { OR: [{ key: { in: cards.flatMap((c) => (c.key ? [c.key] : [])) }, gemeenteId: null }, { gemeenteId: actor.gemeenteId, title: { in: cards.map((c) => c.title) } }] },
    select: { id: true, key: true, title: true, gemeenteId: true },
  });
  const notices: ImportProblem[] = [];
  const attached = new Set<string>();
  for (const card of cards) {
    const match = card.key ? found.find((f) => f.key === card.key && f.gemeenteId === null) : found.find((f) => f.gemeenteId === actor.gemeenteId && f.title === card.title);
    if (!match) notices.push({ at: "cards", message: msg("exchange.cardLeftOut", { title: card.title }) });
    else if (!attached.has(match.id)) {
      attached.add(match.id);
      await tx.sessionCard.create({ data: { sessionId, cardId: match.id, note: card.note, attachedById: actor.membershipId } });
    }
  }
  return notices;
}

/** When a commitment was last settled, by its history in the file. */
function lastSettled(history: SessionFile["commitments"][number]["history"]): Date | null {
  const settled = history.filter((e) => e.state === "AFGEDAAN").at(-1);
  return settled ? new Date(settled.at) : null;
}

/** People are matched by e-mail within the actor's gemeente; anyone unknown here is a problem. */
async function peopleOf(actor: Actor, file: SessionFile) {
  const emails = [...new Set([...file.people.facilitators, ...file.people.invitees, ...file.people.preparers].map((e) => e.toLowerCase()))];
  const members = await db().membership.findMany({
    where: { gemeenteId: actor.gemeenteId, user: { email: { in: emails } } },
    select: { id: true, role: true, user: { select: { email: true } } },
  });
  const byEmail = new Map(members.map((m) => [m.user.email.toLowerCase(), m]));
  const problems: ImportProblem[] = [];
  const rows: { membershipId: string; kind: "FACILITATOR" | "RAADSLID" }[] = [];
  for (const [kind, list, roles] of [
    ["FACILITATOR", file.people.facilitators, ["FACILITATOR", "GRIFFIER"]],
    ["RAADSLID", file.people.invitees, ["RAADSLID"]],
  ] as const) {
    for (const email of new Set(list.map((e) => e.toLowerCase()))) {
      const member = byEmail.get(email);
      if (!member || !(roles as readonly string[]).includes(member.role)) problems.push({ at: "people", message: msg("exchange.notMember", { email, kind, gemeente: actor.gemeenteName }) });
      else rows.push({ membershipId: member.id, kind });
    }
  }
  return { rows, problems, byEmail };
}

/**
 * Fracties are the gemeente's (the beheerder keeps them): a ranking's fractie is matched by
 * name, and one this gemeente does not have is a problem rather than a ranking dropped.
 */
async function fractiesOf(actor: Actor, file: SessionFile) {
  const names = [...new Set(file.rankings.map((r) => r.fractie))];
  const found = names.length ? await db().fractie.findMany({ where: { gemeenteId: actor.gemeenteId, name: { in: names } }, select: { id: true, name: true } }) : [];
  const ids = new Map(found.map((f) => [f.name, f.id]));
  const problems: ImportProblem[] = names.filter((name) => !ids.has(name)).map((fractie) => ({ at: "rankings", message: msg("exchange.unknownFractie", { fractie, gemeente: actor.gemeenteName }) }));
  return { ids, problems };
}

async function ensureValues(tx: Prisma.TransactionClient, actor: Actor, names: string[]) {
  const ids = new Map<string, string>();
  for (const name of new Set(names)) {
    const value = await tx.value.upsert({
      where: { gemeenteId_name: { gemeenteId: actor.gemeenteId, name } },
      create: { gemeenteId: actor.gemeenteId, name },
      update: {},
      select: { id: true },
    });
    ids.set(name, value.id);
  }
  return ids;
}
