import "server-only";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const PERSON_EXPORT_FORMAT = "beraad-persoonsgegevens";
export const PERSON_EXPORT_VERSION = 1;

/**
 * What Beraad holds on one person in the actor's gemeente (AVG right of access),
 * for the beheerder to hand over. Answers on ANONYMOUS worksheets are left out on
 * purpose: the queries below only select answers of named worksheets, so this
 * file can never tie an anonymous answer to its author. Audit events list what
 * the person did, not the recorded before/after (which may hold others' data).
 * The download itself is recorded in the audit trail.
 */
export async function exportPersonData(actor: Actor, membershipId: string, now = new Date()) {
  assertCan(actor, "members.manage");
  const membership = await db().membership.findFirst({
    where: { id: membershipId, gemeenteId: actor.gemeenteId },
    select: { id: true, role: true, createdAt: true, userId: true, user: { select: { name: true, email: true, createdAt: true, locale: true } } },
  });
  if (!membership) throw new AppError("NOT_FOUND");
  const { userId, user } = membership;
  const inGemeente = { gemeenteId: actor.gemeenteId };

  const [participation, cases, answers, invitations, steps, audit, cardsRead] = await Promise.all([
    db().sessionParticipant.findMany({
      where: { membershipId },
      select: { kind: true, session: { select: { title: true, startsAt: true } } },
      orderBy: { session: { startsAt: "asc" } },
    }),
    db().case.findMany({
      where: { authorId: membershipId },
      select: { description: true, source: true, createdAt: true, session: { select: { title: true } }, values: { select: { value: { select: { name: true } } } } },
      orderBy: { createdAt: "asc" },
    }),
    db().roleAnswer.findMany({
      where: { membershipId, worksheet: { anonymous: false } },
      select: { rung: true, motivation: true, updatedAt: true, actor: { select: { name: true } }, worksheet: { select: { question: true, session: { select: { title: true } }, repeatOf: { select: { session: { select: { title: true } } } } } } },
      orderBy: { updatedAt: "asc" },
    }),
    db().invitation.findMany({
      where: { ...inGemeente, email: user.email },
      select: { role: true, createdAt: true, expiresAt: true, acceptedAt: true, revokedAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db().preparationStep.findMany({
      where: { updatedById: userId, session: inGemeente },
      select: { number: true, updatedAt: true, session: { select: { title: true } } },
      orderBy: { updatedAt: "asc" },
    }),
    db().auditEvent.findMany({
      where: { ...inGemeente, actorId: userId },
      select: { action: true, entityType: true, entityId: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db().cardReading.findMany({
      where: { membershipId },
      select: { readAt: true, sessionCard: { select: { session: { select: { title: true } }, card: { select: { title: true } } } } },
      orderBy: { readAt: "asc" },
    }),
  ]);

  await db().$transaction((tx) =>
    recordAudit(tx, actor, { action: "privacy.export", entityType: "Membership", entityId: membershipId }),
  );

  return {
    format: PERSON_EXPORT_FORMAT,
    version: PERSON_EXPORT_VERSION,
    exportedAt: now.toISOString(),
    gemeente: { name: actor.gemeenteName, slug: actor.gemeenteSlug },
    account: { name: user.name, email: user.email, createdAt: user.createdAt.toISOString(), language: user.locale },
    membership: { role: membership.role, since: membership.createdAt.toISOString() },
    sessions: participation.map((p) => ({ title: p.session.title, startsAt: p.session.startsAt.toISOString(), as: p.kind })),
    cases: cases.map((c) => ({
      session: c.session.title,
      description: c.description,
      source: c.source,
      values: c.values.map((v) => v.value.name).sort(),
      createdAt: c.createdAt.toISOString(),
    })),
    worksheetAnswers: answers.map((a) => ({
      // A herhaling's answers belong to the session it repeats.
      session: (a.worksheet.session ?? a.worksheet.repeatOf?.session)?.title ?? "",
      question: a.worksheet.question,
      actor: a.actor.name,
      rung: a.rung,
      motivation: a.motivation,
      updatedAt: a.updatedAt.toISOString(),
    })),
    anonymousWorksheets:
      "Antwoorden op anonieme werkbladen staan niet in dit bestand: Beraad toont ze nooit met de naam van wie antwoordde, ook niet aan de beheerder.",
    invitations: invitations.map((i) => ({
      role: i.role,
      createdAt: i.createdAt.toISOString(),
      expiresAt: i.expiresAt.toISOString(),
      acceptedAt: i.acceptedAt?.toISOString() ?? null,
      revokedAt: i.revokedAt?.toISOString() ?? null,
    })),
    preparationStepsLastEditedBy: steps.map((s) => ({ session: s.session.title, step: s.number, updatedAt: s.updatedAt.toISOString() })),
    cardsMarkedRead: cardsRead.map((r) => ({ session: r.sessionCard.session.title, card: r.sessionCard.card.title, readAt: r.readAt.toISOString() })),
    auditEvents: audit.map((e) => ({ action: e.action, entityType: e.entityType, entityId: e.entityId, at: e.createdAt.toISOString() })),
  };
}

export type PersonExport = Awaited<ReturnType<typeof exportPersonData>>;
