import crypto from "node:crypto";
import { hashPassword } from "../../lib/auth/password";
import { newJoinCode } from "../../lib/live/join-code";
import type { PrismaClient } from "../../lib/db/client";
import type { FixtureSession, Fixtures } from "../support/authorization-matrix";
import { appDatabase } from "./app-database";
import { DEMO } from "./demo";

export { appDatabase };

const tag = () => crypto.randomBytes(4).toString("hex");

/** Rows per table of the public schema: the "nothing was written" check. */
export async function countAllRows(db: PrismaClient): Promise<Record<string, number>> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
  const sql = tables.map((t) => `SELECT '${t.tablename}' AS t, count(*)::int AS n FROM "${t.tablename}"`).join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ t: string; n: number }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.t, r.n]));
}

/** A gemeente of its own with one griffier: the outsider. */
export async function createOutsider(db: PrismaClient, password: string) {
  const t = tag();
  const gemeente = await db.gemeente.create({ data: { name: `Anderstad ${t}`, slug: `anderstad-${t}`, cbsCode: `GMx${t}` } });
  const user = await db.user.create({
    data: {
      email: `griffier-${t}@anderstad.nl`,
      name: "Griffier Anderstad",
      passwordHash: await hashPassword(password),
      memberships: { create: { gemeenteId: gemeente.id, role: "GRIFFIER" } },
    },
  });
  return { email: user.email, slug: gemeente.slug };
}

/** Fresh data in the demo gemeente for each cell, so one cell's write cannot decide another's outcome. */
export async function demoFixtures(db: PrismaClient): Promise<Fixtures & { gemeenteId: string }> {
  const gemeente = await db.gemeente.findUniqueOrThrow({ where: { slug: DEMO.slug } });
  const membershipOf = async (email: string) =>
    (await db.membership.findFirstOrThrow({ where: { gemeenteId: gemeente.id, user: { email } } })).id;
  const facilitator = await membershipOf(DEMO.facilitator);
  const raadslid = await membershipOf(DEMO.raadslid1);

  let guestSession: Promise<FixtureSession & { joinCode: string }> | null = null;
  let guestRepeat: ReturnType<Fixtures["openGuestRepeat"]> | null = null;
  const fixtures: Fixtures & { gemeenteId: string } = {
    gemeenteId: gemeente.id,
    async session(status = "CONCEPT"): Promise<FixtureSession> {
      const values = await Promise.all([fixtures.value(), fixtures.value()]);
      const moment = { id: "matrix-moment", date: "2027-09-01", subject: "Rolverdeling", participants: "", coversRoles: true, outcome: "", adjustments: "" };
      const session = await db.councilSession.create({
        data: {
          gemeenteId: gemeente.id,
          title: `Matrix ${tag()}`,
          theme: "matrix",
          startsAt: new Date("2027-05-01T17:30:00Z"),
          location: "Raadzaal",
          description: "",
          status,
          joinCode: status === "LIVE" ? tag().toUpperCase().slice(0, 6) : null,
          sharedParts: ["ROOM_FOR_INPUT", "PROGRAMME", "EVALUATION", "REPORT"],
          participants: { create: [{ membershipId: facilitator, kind: "FACILITATOR" }, { membershipId: raadslid, kind: "RAADSLID" }] },
          steps: { create: Array.from({ length: 10 }, (_, i) => ({ number: i + 1, data: i === 3 ? { question: "Welke rol?", actors: [{ id: "gemeente", name: "Gemeente" }] } : i === 8 ? { evaluationMoments: [moment] } : {} })) },
          cases: { create: [{ description: "Scholen fuseren", values: { create: values.map((valueId) => ({ valueId })) } }] },
          agendaItems: { create: [{ position: 1, title: "Welkom", phase: "BEELDVORMING", workMethod: "", goal: "", durationMinutes: 10 }] },
          commitments: { create: [{ who: "College", what: "Een brief", dueDate: new Date("2027-06-01T00:00:00Z") }] },
          worksheet: {
            create: {
              state: "OPEN",
              question: "Welke rol?",
              resultsReleased: true,
              openedAt: new Date(),
              actors: { create: [{ key: "gemeente", name: "Gemeente", position: 1 }] },
            },
          },
        },
        select: { id: true, version: true, reviewVersion: true, agendaItems: { select: { id: true } }, commitments: { select: { id: true } }, worksheet: { select: { actors: { select: { id: true } } } }, cases: { select: { id: true } } },
      });
      return {
        id: session.id,
        version: session.version,
        reviewVersion: session.reviewVersion,
        agendaItemId: session.agendaItems[0].id,
        commitmentId: session.commitments[0].id,
        worksheetActorId: session.worksheet!.actors[0].id,
        facilitatorMembershipId: facilitator,
        caseId: session.cases[0].id,
        caseValueIds: [values[0], values[1]],
        evaluationMomentId: moment.id,
      };
    },
    async preparedSession(groupOf = "this") {
      const prepared = await fixtures.session();
      // raadslid1 in the preparation group of this session, or only of another one.
      const groupSession = groupOf === "this" ? prepared.id : (await fixtures.session()).id;
      await db.sessionPreparer.create({ data: { sessionId: groupSession, membershipId: raadslid } });
      return prepared;
    },
    async member() {
      const t = tag();
      const user = await db.user.create({
        data: { email: `lid-${t}@voorbeeld.nl`, name: `Lid ${t}`, memberships: { create: { gemeenteId: gemeente.id, role: "RAADSLID" } } },
        select: { memberships: { select: { id: true } } },
      });
      return user.memberships[0].id;
    },
    async failedMail() {
      const mail = await db.outboxMail.create({
        data: { gemeenteId: gemeente.id, kind: "invitation", recipient: `niet-aangekomen-${tag()}@voorbeeld.nl`, subject: "Uitnodiging", text: "…", status: "FAILED", attempts: 8, lastError: "Connection refused" },
        select: { id: true },
      });
      return mail.id;
    },
    async value() {
      return (await db.value.create({ data: { gemeenteId: gemeente.id, name: `matrix-${tag()}` } })).id;
    },
    async fractie() {
      return (await db.fractie.create({ data: { gemeenteId: gemeente.id, name: `Matrixfractie ${tag()}` } })).id;
    },
    async raadslidFractie() {
      const id = await fixtures.fractie();
      await db.membership.update({ where: { id: raadslid }, data: { fractieId: id } });
      return id;
    },
    async card() {
      return (await db.libraryCard.findFirstOrThrow({ where: { key: { not: null } }, select: { id: true } })).id;
    },
    async ownCard() {
      const card = await db.libraryCard.create({
        data: { gemeenteId: gemeente.id, audiences: ["GRIFFIER"], steps: [4], title: `Matrixkaart ${tag()}`, summary: "Eigen kaart.", points: ["Punt"], sourceTitle: "Notitie", sourcePublisher: "Voorbeeld" },
        select: { id: true },
      });
      return card.id;
    },
    async ownTemplate() {
      const template = await db.sessionTemplate.create({
        data: { gemeenteId: gemeente.id, name: `Matrixsjabloon ${tag()}`, parts: ["PROGRAMME"], content: {} },
        select: { id: true },
      });
      return template.id;
    },
    guestSession() {
      guestSession ??= fixtures.session("LIVE").then(async (s) => {
        const session = await db.councilSession.update({ where: { id: s.id }, data: { guestsAllowed: true }, select: { joinCode: true } });
        return { ...s, joinCode: session.joinCode! };
      });
      return guestSession;
    },
    async guestCase() {
      const s = await fixtures.session("LIVE");
      await db.councilSession.update({ where: { id: s.id }, data: { guestsAllowed: true } });
      const guestCase = await db.guestCase.create({ data: { sessionId: s.id, group: "Inwoners", description: "Een casus uit de zaal", values: [] } });
      return { sessionId: s.id, caseId: guestCase.id };
    },
    async closedWorksheet() {
      const s = await fixtures.session("AFGEROND");
      await db.roleWorksheet.update({ where: { sessionId: s.id }, data: { state: "GESLOTEN", closedAt: new Date() } });
      return s;
    },
    async repeat() {
      const s = await fixtures.closedWorksheet();
      const original = await db.roleWorksheet.findUniqueOrThrow({ where: { sessionId: s.id }, select: { id: true } });
      const repeat = await db.roleWorksheet.create({
        data: {
          repeatOfId: original.id,
          evaluationMomentId: s.evaluationMomentId,
          state: "OPEN",
          question: "Welke rol?",
          resultsReleased: true,
          openedAt: new Date(),
          actors: { create: [{ key: "gemeente", name: "Gemeente", position: 1 }] },
        },
        select: { id: true, actors: { select: { id: true } } },
      });
      return { ...s, repeatId: repeat.id, repeatActorId: repeat.actors[0]!.id };
    },
    async openGuestRepeat() {
      const s = await fixtures.repeat();
      await db.councilSession.update({ where: { id: s.id }, data: { guestsAllowed: true } });
      const { joinCode } = await db.roleWorksheet.update({ where: { id: s.repeatId }, data: { guestsAllowed: true, joinCode: newJoinCode() }, select: { joinCode: true } });
      return { ...s, joinCode: joinCode! };
    },
    guestRepeat() {
      guestRepeat ??= fixtures.openGuestRepeat();
      return guestRepeat;
    },
    async attachment() {
      const sessionId = (await fixtures.session()).id;
      const cardId = await fixtures.card();
      await db.sessionCard.create({ data: { sessionId, cardId } });
      return { sessionId, cardId };
    },
    async readingAttachment() {
      const sessionId = (await fixtures.session()).id;
      const cardId = await fixtures.card();
      await db.sessionCard.create({ data: { sessionId, cardId, forReading: true } });
      return { sessionId, cardId };
    },
  };
  return fixtures;
}
