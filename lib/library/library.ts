import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { sessionScope } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { command, exactlyOne, found } from "@/lib/db/command";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LibraryCardInput } from "@/lib/validation/library";
import type { LibraryAudience } from "./audiences";
import { cardSelect, cardView } from "./card-view";


/** The cards this gemeente sees: the shipped ones and its own. */
const visibleCards = (actor: Actor): Prisma.LibraryCardWhereInput => ({ OR: [{ gemeenteId: null }, { gemeenteId: actor.gemeenteId }] });

export async function listLibraryCards(actor: Actor, locale: string, filter: { audience?: LibraryAudience; step?: number } = {}) {
  assertCan(actor, "library.view");
  const rows = await db().libraryCard.findMany({
    where: {
      ...visibleCards(actor),
      ...(filter.audience ? { audiences: { has: filter.audience } } : {}),
      ...(filter.step ? { steps: { has: filter.step } } : {}),
    },
    select: cardSelect,
    orderBy: [{ gemeenteId: { sort: "asc", nulls: "first" } }, { title: "asc" }],
  });
  return rows.map((r) => cardView(r, locale));
}

/** One card, with the sessions of this gemeente it is attached to (those the actor may see). */
export async function getLibraryCard(actor: Actor, cardId: string, locale: string) {
  assertCan(actor, "library.view");
  const row = await db().libraryCard.findFirst({
    where: { id: cardId, ...visibleCards(actor) },
    select: {
      ...cardSelect,
      sessions: {
        where: { session: sessionScope(actor) },
        select: { note: true, session: { select: { id: true, title: true, startsAt: true } } },
        orderBy: { attachedAt: "desc" },
      },
    },
  });
  if (!row) throw new AppError("NOT_FOUND");
  return { ...cardView(row, locale), attachedTo: row.sessions.map((s) => ({ ...s.session, note: s.note })) };
}

export function attachCard(actor: Actor, input: { cardId: string; sessionId: string; note: string; forReading?: boolean }) {
  return command(actor, "library.attach", async ({ tx, audit }) => {
    const [session, card] = await Promise.all([
      tx.councilSession.findFirst({ where: { id: input.sessionId, gemeenteId: actor.gemeenteId }, select: { id: true } }),
      tx.libraryCard.findFirst({ where: { id: input.cardId, ...visibleCards(actor) }, select: { id: true } }),
    ]);
    found(session);
    found(card);
    await tx.sessionCard.upsert({
      where: { sessionId_cardId: { sessionId: input.sessionId, cardId: input.cardId } },
      create: { sessionId: input.sessionId, cardId: input.cardId, note: input.note, attachedById: actor.membershipId, forReading: input.forReading ?? false },
      update: { note: input.note, forReading: input.forReading ?? false },
    });
    await audit({ action: "library.attach", entityType: "CouncilSession", entityId: input.sessionId, after: input });
  });
}

export function detachCard(actor: Actor, input: { cardId: string; sessionId: string }) {
  return command(actor, "library.attach", async ({ tx, audit }) => {
    exactlyOne(await tx.sessionCard.deleteMany({ where: { sessionId: input.sessionId, cardId: input.cardId, session: { gemeenteId: actor.gemeenteId } } }));
    await audit({ action: "library.detach", entityType: "CouncilSession", entityId: input.sessionId, before: input });
  });
}

const ownCardData = (input: LibraryCardInput) => ({
  audiences: input.audiences,
  steps: input.steps,
  title: input.title,
  summary: input.summary,
  points: input.points,
  sourceTitle: input.sourceTitle,
  sourcePublisher: input.sourcePublisher,
  sourceYear: input.sourceYear,
  sourceUrl: input.sourceUrl,
});

/** A beheerder's own card for their gemeente (Dutch text; shipped cards cannot be edited). */
export function createOwnCard(actor: Actor, input: LibraryCardInput) {
  return command(actor, "library.manage", async ({ tx, audit }) => {
    const card = await tx.libraryCard.create({ data: { gemeenteId: actor.gemeenteId, ...ownCardData(input) }, select: { id: true } });
    await audit({ action: "library.create", entityType: "LibraryCard", entityId: card.id, after: input });
    return card;
  });
}

export function updateOwnCard(actor: Actor, cardId: string, input: LibraryCardInput) {
  return command(actor, "library.manage", async ({ tx, audit }) => {
    exactlyOne(await tx.libraryCard.updateMany({ where: { id: cardId, gemeenteId: actor.gemeenteId }, data: ownCardData(input) }));
    await audit({ action: "library.update", entityType: "LibraryCard", entityId: cardId, after: input });
  });
}

export function deleteOwnCard(actor: Actor, cardId: string) {
  return command(actor, "library.manage", async ({ tx, audit }) => {
    exactlyOne(await tx.libraryCard.deleteMany({ where: { id: cardId, gemeenteId: actor.gemeenteId } }));
    await audit({ action: "library.delete", entityType: "LibraryCard", entityId: cardId });
  });
}

/** The gemeente's own card as stored, for its edit form. */
export async function getOwnCardForEdit(actor: Actor, cardId: string) {
  assertCan(actor, "library.manage");
  const card = await db().libraryCard.findFirst({ where: { id: cardId, gemeenteId: actor.gemeenteId }, select: cardSelect });
  if (!card) throw new AppError("NOT_FOUND");
  return card;
}
