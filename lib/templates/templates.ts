import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { ownerRoleOf, PARTICIPANT_ROLES } from "@/lib/auth/policy";
import { fromLocalDateTime } from "@/lib/dates";
import { db, type Prisma } from "@/lib/db";
import { command, exactlyOne, found } from "@/lib/db/command";
import { AppError } from "@/lib/errors";
import { sessionFile } from "@/lib/exchange/export-session";
import { sessionFileSchema, type SessionFile } from "@/lib/exchange/format";
import { importSession, type ImportResult } from "@/lib/exchange/import-session";
import { proposeDeadlines } from "@/lib/planning/lead-times";
import type { CouncilSessionInput } from "@/lib/validation/council-sessions";
import { pickParts, type SessionPart } from "./parts";
import { SHIPPED_TEMPLATE_ID, SHIPPED_TEMPLATE_NAME, SHIPPED_TEMPLATE_PARTS, shippedTemplate } from "./shipped";

/**
 * Templates and copies. Both are session files (lib/exchange/format.ts) holding the
 * chosen parts, written through the one import (lib/exchange/import-session.ts): a
 * template or a copy is described exactly like an export. Templates belong to one
 * gemeente; the shipped "Raad in Beraad" template to all.
 */

export type TemplateSummary = { id: string; name: string; description: string; parts: string[]; shipped: boolean };

/** The templates a griffier can start from: the shipped one first, then the gemeente's own by name. */
export async function listTemplates(actor: Actor): Promise<TemplateSummary[]> {
  assertCan(actor, "sessions.prepare");
  const own = await db().sessionTemplate.findMany({ where: { gemeenteId: actor.gemeenteId }, select: { id: true, name: true, description: true, parts: true }, orderBy: { name: "asc" } });
  return [{ id: SHIPPED_TEMPLATE_ID, name: SHIPPED_TEMPLATE_NAME, description: "", parts: [...SHIPPED_TEMPLATE_PARTS], shipped: true }, ...own.map((t) => ({ ...t, shipped: false }))];
}

/** Earlier sessions of the gemeente to copy from, newest first. */
export async function copySources(actor: Actor) {
  assertCan(actor, "sessions.prepare");
  return db().councilSession.findMany({ where: { gemeenteId: actor.gemeenteId }, select: { id: true, title: true, startsAt: true }, orderBy: { startsAt: "desc" }, take: 200 });
}

/**
 * "Opslaan als sjabloon": the session's chosen parts as a template of the gemeente.
 * People are not kept: step owners become their role (griffier, facilitator), deadlines
 * are planned again from each new session's date.
 */
export function saveAsTemplate(actor: Actor, sessionId: string, input: { name: string; description: string; parts: SessionPart[] }) {
  return command(actor, "sessions.prepare", async ({ tx, audit }) => {
    const scope = { id: sessionId, gemeenteId: actor.gemeenteId };
    found(await tx.councilSession.findFirst({ where: scope, select: { id: true } }));
    const file = await sessionFile(scope);
    const owners = await tx.membership.findMany({
      where: { gemeenteId: actor.gemeenteId, ownedSteps: { some: { sessionId } } },
      select: { role: true, user: { select: { email: true } }, sessionRoles: { where: { sessionId, kind: "FACILITATOR" }, select: { kind: true } } },
    });
    const roleByEmail = new Map(owners.map((o) => [o.user.email, ownerRoleOf({ role: o.role, facilitates: o.sessionRoles.length > 0 })]));
    const content = pickParts(file, input.parts, { kind: "roles", roleOf: (email) => roleByEmail.get(email) ?? null });
    const template = await tx.sessionTemplate.create({
      data: { gemeenteId: actor.gemeenteId, name: input.name, description: input.description, parts: input.parts, content: content as unknown as Prisma.InputJsonValue },
      select: { id: true },
    });
    await audit({ action: "session-template.create", entityType: "SessionTemplate", entityId: template.id, after: { name: input.name, parts: input.parts, fromSessionId: sessionId } });
    return template;
  });
}

/** The gemeente's own templates with what they hold, for the templates page. */
export async function listOwnTemplates(actor: Actor) {
  assertCan(actor, "sessions.prepare");
  return db().sessionTemplate.findMany({ where: { gemeenteId: actor.gemeenteId }, select: { id: true, name: true, description: true, parts: true, createdAt: true }, orderBy: { name: "asc" } });
}

/** Renames an own template (sessions made from it keep the name they were made with). */
export function editTemplate(actor: Actor, templateId: string, input: { name: string; description: string }) {
  return command(actor, "sessions.prepare", async ({ tx, audit }) => {
    const where = { id: templateId, gemeenteId: actor.gemeenteId };
    const before = found(await tx.sessionTemplate.findFirst({ where, select: { name: true, description: true } }));
    exactlyOne(await tx.sessionTemplate.updateMany({ where, data: input }));
    await audit({ action: "session-template.update", entityType: "SessionTemplate", entityId: templateId, before, after: input });
  });
}

/** Deletes an own template. Sessions made from it stay as they are (they hold a copy, not a link). */
export function deleteTemplate(actor: Actor, templateId: string) {
  return command(actor, "sessions.prepare", async ({ tx, audit }) => {
    const where = { id: templateId, gemeenteId: actor.gemeenteId };
    const before = found(await tx.sessionTemplate.findFirst({ where, select: { name: true, parts: true } }));
    exactlyOne(await tx.sessionTemplate.deleteMany({ where }));
    await audit({ action: "session-template.delete", entityType: "SessionTemplate", entityId: templateId, before });
    return before;
  });
}

type NewSession = CouncilSessionInput & { endTime?: string };

/** A new session from a template: the shipped one or one of the gemeente's own. */
export async function startFromTemplate(actor: Actor, templateId: string, input: NewSession, now = new Date()): Promise<ImportResult> {
  assertCan(actor, "sessions.prepare");
  let content: SessionFile;
  let name: string;
  if (templateId === SHIPPED_TEMPLATE_ID) {
    content = shippedTemplate(now);
    name = SHIPPED_TEMPLATE_NAME;
  } else {
    const template = found(await db().sessionTemplate.findFirst({ where: { id: templateId, gemeenteId: actor.gemeenteId }, select: { name: true, content: true } }));
    const parsed = sessionFileSchema.safeParse(template.content);
    if (!parsed.success) throw new AppError("INVALID");
    content = parsed.data;
    name = template.name;
  }
  return importSession(actor, await withSessionFields(actor, content, input), now, { templateName: name, audit: "council-session.from-template" });
}

/** A copy of an earlier session of the gemeente with the chosen parts, marked "kopie van …". */
export async function startAsCopy(actor: Actor, sourceId: string, parts: SessionPart[], input: NewSession, now = new Date()): Promise<ImportResult> {
  assertCan(actor, "sessions.prepare");
  const scope = { id: sourceId, gemeenteId: actor.gemeenteId };
  found(await db().councilSession.findFirst({ where: scope, select: { id: true } }));
  const content = pickParts(await sessionFile(scope, now), parts, { kind: "people" });
  return importSession(actor, await withSessionFields(actor, content, input), now, { copiedFromId: sourceId, audit: "council-session.copy" });
}

/** The new session's own fields and people (as the form chose them), deadlines planned back from its date. */
async function withSessionFields(actor: Actor, file: SessionFile, input: NewSession): Promise<SessionFile> {
  const deadlines = proposeDeadlines(input.date);
  const chosen = await db().membership.findMany({
    where: { gemeenteId: actor.gemeenteId, id: { in: [...input.facilitatorIds, ...input.inviteeIds] } },
    select: { id: true, role: true, user: { select: { email: true } } },
  });
  const emails = (ids: string[], roles: readonly string[]) => {
    const people = ids.map((id) => chosen.find((m) => m.id === id));
    if (people.some((p) => !p || !roles.includes(p.role))) throw new AppError("INVALID");
    return people.map((p) => p!.user.email);
  };
  return {
    ...file,
    session: {
      ...file.session,
      title: input.title,
      theme: input.theme,
      startsAt: fromLocalDateTime(input.date, input.time).toISOString(),
      endsAt: input.endTime ? fromLocalDateTime(input.date, input.endTime).toISOString() : null,
      location: input.location,
      description: input.description,
      status: "CONCEPT",
    },
    people: { facilitators: emails(input.facilitatorIds, PARTICIPANT_ROLES.FACILITATOR), invitees: emails(input.inviteeIds, PARTICIPANT_ROLES.RAADSLID) },
    steps: file.steps.map((s) => ({ ...s, deadline: deadlines[s.number as keyof typeof deadlines] })),
  };
}
