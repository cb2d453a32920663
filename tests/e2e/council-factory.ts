import crypto from "node:crypto";
import pg from "pg";
import { hashPassword } from "../../lib/auth/password";
import { emptyStepData } from "../../lib/preparation/schemas";
import { STEP_NUMBERS } from "../../lib/preparation/steps";

/**
 * Sets up, straight in the database of the app under test, what load and crash
 * tests need: a gemeente of their own with `raadsleden` invited to one session whose
 * role-choice worksheet is open. The password is hashed once and the hash reused
 * (hashing is deliberately slow); every raadslid signs in with it.
 */
export async function councilWithOpenWorksheet(
  databaseUrl: string,
  {
    raadsleden,
    password,
    griffier = false,
    facilitator = false,
    actorNames = ["Gemeenteraad", "College", "Inwoners"],
  }: { raadsleden: number; password: string; griffier?: boolean; facilitator?: boolean; actorNames?: string[] },
) {
  const tag = crypto.randomBytes(4).toString("hex");
  const id = (kind: string, n = 0) => `${kind}-${tag}-${n}`;
  const slug = `belast-${tag}`;
  const passwordHash = await hashPassword(password); // the app's own hashing, once
  const members = Array.from({ length: raadsleden }, (_, n) => ({ userId: id("user", n), membershipId: id("member", n), email: `raadslid-${n}-${tag}@belast.test` }));
  // With `griffier`: also a griffier of the gemeente, who may open the session's projector view.
  const clerk = griffier ? { userId: id("griffier"), membershipId: id("griffier-member"), email: `griffier-${tag}@belast.test` } : null;
  // With `facilitator`: also a facilitator of the gemeente, named facilitator of the session.
  const guide = facilitator ? { userId: id("facilitator"), membershipId: id("facilitator-member"), email: `facilitator-${tag}@belast.test` } : null;
  const actors = actorNames.map((name, n) => ({ id: id("actor", n), name }));
  const sessionId = id("session");
  const worksheetId = id("worksheet");

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(`INSERT INTO gemeente (id, name, slug, cbs_code) VALUES ($1, $2, $3, $4)`, [id("gemeente"), `Belaststad ${tag}`, slug, `GM${tag}`]);
    await client.query(
      `INSERT INTO "user" (id, name, email, password_hash) SELECT u, 'Raadslid ' || n, e, $4 FROM unnest($1::text[], $2::text[], $3::int[]) AS t(u, e, n)`,
      [members.map((m) => m.userId), members.map((m) => m.email), members.map((_, n) => n), passwordHash],
    );
    await client.query(`INSERT INTO membership (id, user_id, gemeente_id, role) SELECT m, u, $3, 'RAADSLID' FROM unnest($1::text[], $2::text[]) AS t(m, u)`, [
      members.map((m) => m.membershipId),
      members.map((m) => m.userId),
      id("gemeente"),
    ]);
    if (clerk) {
      await client.query(`INSERT INTO "user" (id, name, email, password_hash) VALUES ($1, 'Griffier', $2, $3)`, [clerk.userId, clerk.email, passwordHash]);
      await client.query(`INSERT INTO membership (id, user_id, gemeente_id, role) VALUES ($1, $2, $3, 'GRIFFIER')`, [clerk.membershipId, clerk.userId, id("gemeente")]);
    }
    await client.query(
      `INSERT INTO council_session (id, gemeente_id, title, theme, starts_at, location, description, status, updated_at)
       VALUES ($1, $2, 'Belastingproef', 'veiligheid', now() + interval '1 day', 'Raadzaal', '', 'LIVE', now())`,
      [sessionId, id("gemeente")],
    );
    await client.query(`INSERT INTO session_participant (session_id, membership_id, kind) SELECT $1, m, 'RAADSLID' FROM unnest($2::text[]) AS t(m)`, [sessionId, members.map((m) => m.membershipId)]);
    if (guide) {
      await client.query(`INSERT INTO "user" (id, name, email, password_hash) VALUES ($1, 'Facilitator', $2, $3)`, [guide.userId, guide.email, passwordHash]);
      await client.query(`INSERT INTO membership (id, user_id, gemeente_id, role) VALUES ($1, $2, $3, 'FACILITATOR')`, [guide.membershipId, guide.userId, id("gemeente")]);
      await client.query(`INSERT INTO session_participant (session_id, membership_id, kind) VALUES ($1, $2, 'FACILITATOR')`, [sessionId, guide.membershipId]);
    }
    await client.query(`INSERT INTO role_worksheet (id, session_id, state, question, opened_at) VALUES ($1, $2, 'OPEN', 'Welke rol past bij veiligheid in de wijk?', now())`, [worksheetId, sessionId]);
    for (const [position, actor] of actors.entries()) {
      await client.query(`INSERT INTO worksheet_actor (id, worksheet_id, key, name, position) VALUES ($1, $2, $3, $4, $5)`, [actor.id, worksheetId, actor.name.toLowerCase(), actor.name, position]);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
  return { slug, sessionId, worksheetId, actors, members, griffier: clerk, facilitator: guide, passwordHash, gemeenteId: id("gemeente"), worksheetPath: `/${slug}/sessies/${sessionId}/werkblad` };
}

/**
 * A gemeente of its own with these people as members (each with a password, or
 * none: someone who only signs in through single sign-on), for specs that must not
 * touch the demo accounts other specs sign in with. Returns the slug and the ids.
 */
export async function gemeenteWithPeople(databaseUrl: string, people: { email: string; name: string; role?: string; password?: string }[]) {
  const tag = crypto.randomBytes(4).toString("hex");
  const gemeenteId = `gemeente-${tag}`;
  const slug = `eigen-${tag}`;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(`INSERT INTO gemeente (id, name, slug, cbs_code) VALUES ($1, $2, $3, $4)`, [gemeenteId, `Eigenstad ${tag}`, slug, `GM${tag}`]);
    const users: { id: string; email: string }[] = [];
    const memberships: string[] = [];
    for (const [n, person] of people.entries()) {
      const userId = `user-${tag}-${n}`;
      await client.query(`INSERT INTO "user" (id, name, email, password_hash) VALUES ($1, $2, $3, $4)`, [userId, person.name, person.email, person.password ? await hashPassword(person.password) : null]);
      await client.query(`INSERT INTO membership (id, user_id, gemeente_id, role) VALUES ($1, $2, $3, $4)`, [`member-${tag}-${n}`, userId, gemeenteId, person.role ?? "RAADSLID"]);
      users.push({ id: userId, email: person.email });
      memberships.push(`member-${tag}-${n}`);
    }
    await client.query("COMMIT");
    return { slug, gemeenteId, name: `Eigenstad ${tag}`, users, memberships };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * The same council, with its live session open to guests (the default groups) and a
 * join code; a second live session of the same gemeente that lets no guests in.
 */
export async function councilWithGuests(databaseUrl: string, options: { raadsleden: number; password: string; griffier?: boolean }) {
  const council = await councilWithOpenWorksheet(databaseUrl, options);
  const code = () => crypto.randomBytes(6).toString("hex").toUpperCase().replace(/[01]/g, "7").slice(0, 6);
  const [joinCode, otherJoinCode] = [code(), code()];
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`UPDATE council_session SET guests_allowed = true, join_code = $2 WHERE id = $1`, [council.sessionId, joinCode]);
    const gemeente = await client.query<{ gemeente_id: string }>(`SELECT gemeente_id FROM council_session WHERE id = $1`, [council.sessionId]);
    const otherId = `${council.sessionId}-other`;
    await client.query(
      `INSERT INTO council_session (id, gemeente_id, title, theme, starts_at, location, description, status, join_code, updated_at)
       VALUES ($1, $2, 'Zonder gasten', 'veiligheid', now() + interval '1 day', 'Raadzaal', '', 'LIVE', $3, now())`,
      [otherId, gemeente.rows[0].gemeente_id, otherJoinCode],
    );
    return { ...council, joinCode, otherSessionId: otherId, otherJoinCode };
  } finally {
    await client.end();
  }
}

/**
 * A council whose live session has five actors, every raadslid's answer to each (a named
 * worksheet, so figures show at once), and a griffier who may open the projector.
 */
export async function councilOnTheProjector(databaseUrl: string, { password }: { password: string }) {
  const rungs = ["REGULEREN", "REGISSEREN", "STIMULEREN", "FACILITEREN", "LOSLATEN"];
  const council = await councilWithOpenWorksheet(databaseUrl, { raadsleden: 6, password, actorNames: ["Gemeenteraad", "College", "Ambtelijke organisatie", "Inwoners", "Maatschappelijke partners"] });
  const griffierEmail = `griffier-${council.sessionId}@belast.test`;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`UPDATE role_worksheet SET anonymous = false WHERE id = $1`, [council.worksheetId]);
    await client.query(`UPDATE council_session SET join_code = $2 WHERE id = $1`, [council.sessionId, crypto.randomBytes(6).toString("hex").toUpperCase().replace(/[01]/g, "7").slice(0, 6)]);
    for (const [a, actor] of council.actors.entries()) {
      for (const [m, member] of council.members.entries()) {
        await client.query(`INSERT INTO role_answer (id, worksheet_id, actor_id, membership_id, rung, now_rung, updated_at) VALUES ($1, $2, $3, $4, $5, $6, now())`, [
          `answer-${a}-${m}-${council.sessionId}`, council.worksheetId, actor.id, member.membershipId, rungs[(a + m) % 5], rungs[m % 5],
        ]);
      }
    }
    await client.query(`INSERT INTO "user" (id, name, email, password_hash) VALUES ($1, 'Griffier', $2, $3)`, [`griffier-${council.sessionId}`, griffierEmail, council.passwordHash]);
    await client.query(`INSERT INTO membership (id, user_id, gemeente_id, role) VALUES ($1, $2, $3, 'GRIFFIER')`, [`griffier-m-${council.sessionId}`, `griffier-${council.sessionId}`, council.gemeenteId]);
  } finally {
    await client.end();
  }
  return { ...council, griffierEmail, projectorPath: `/projectie/${council.slug}/${council.sessionId}` };
}

/**
 * A gemeente of its own for the value conversation: a griffier and a raadslid
 * (both signing in with `password`), one session with two evaluation moments in
 * step 9 and a case naming "tijdigheid". Nothing of the demo data is read or changed.
 */
export async function councilWithValues(db: import("../../lib/db/client").PrismaClient, password: string) {
  const tag = crypto.randomBytes(4).toString("hex");
  const passwordHash = await hashPassword(password);
  const gemeente = await db.gemeente.create({ data: { name: `Waardstad ${tag}`, slug: `waardstad-${tag}`, cbsCode: `GMw${tag}` } });
  const person = async (role: "GRIFFIER" | "RAADSLID") =>
    db.user.create({
      data: { email: `${role.toLowerCase()}-${tag}@waardstad.test`, name: `${role === "GRIFFIER" ? "Griffier" : "Raadslid"} Waardstad`, passwordHash, memberships: { create: { gemeenteId: gemeente.id, role } } },
      select: { email: true, memberships: { select: { id: true } } },
    });
  const griffier = await person("GRIFFIER");
  const raadslid = await person("RAADSLID");
  const value = await db.value.create({ data: { gemeenteId: gemeente.id, name: "tijdigheid" } });
  const moments = [
    { id: "voorjaar", date: "2027-05-20", subject: "Voorjaarsnota", participants: "Raad", coversRoles: true, outcome: "", adjustments: "" },
    { id: "najaar", date: "2027-11-10", subject: "Begroting", participants: "Raad", coversRoles: false, outcome: "", adjustments: "" },
  ];
  const session = await db.councilSession.create({
    data: {
      gemeenteId: gemeente.id,
      title: `Kadernota zorg ${tag}`,
      theme: "zorg",
      startsAt: new Date("2027-03-04T18:30:00Z"),
      location: "Raadzaal",
      description: "",
      status: "AFGEROND",
      sharedParts: ["ROOM_FOR_INPUT", "PROGRAMME", "EVALUATION"],
      participants: { create: [{ membershipId: raadslid.memberships[0].id, kind: "RAADSLID" }] },
      steps: { create: Array.from({ length: 10 }, (_, i) => ({ number: i + 1, data: i === 8 ? { evaluationMoments: moments } : {} })) },
      cases: { create: [{ description: "Een inwoner van 90 wachtte vier weken op hulp", authorId: raadslid.memberships[0].id, values: { create: [{ valueId: value.id }] } }] },
    },
    select: { id: true },
  });
  return { slug: gemeente.slug, griffier: griffier.email, raadslid: raadslid.email, valuesPath: `/${gemeente.slug}/sessies/${session.id}/waarden` };
}

/** A programme (agenda items, ten minutes each) for a session made above, in this order. */
export async function withProgramme(databaseUrl: string, sessionId: string, titles: string[]) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const [n, title] of titles.entries()) {
      await client.query(`INSERT INTO agenda_item (id, session_id, position, title, phase, work_method, goal, duration_minutes) VALUES ($1, $2, $3, $4, 'BEELDVORMING', '', '', 10)`, [
        `item-${n}-${sessionId}`, sessionId, n + 1, title,
      ]);
    }
  } finally {
    await client.end();
  }
}

/**
 * A gemeente of its own with a finished session to report on: a griffier, a raadslid
 * who was NOT invited (the verslag, once shared, is for every raadslid of the gemeente),
 * explorations with findings, who took part, a review; the verslag not yet shared.
 */
export async function councilWithReport(db: import("../../lib/db/client").PrismaClient, password: string) {
  const tag = crypto.randomBytes(4).toString("hex");
  const passwordHash = await hashPassword(password);
  const gemeente = await db.gemeente.create({ data: { name: `Verslagstad ${tag}`, slug: `verslagstad-${tag}`, cbsCode: `GMv${tag}` } });
  const person = (role: "GRIFFIER" | "RAADSLID") =>
    db.user.create({
      data: { email: `${role.toLowerCase()}-${tag}@verslagstad.test`, name: `${role === "GRIFFIER" ? "Griffier" : "Raadslid"} Verslagstad`, passwordHash, memberships: { create: { gemeenteId: gemeente.id, role } } },
      select: { email: true },
    });
  const griffier = await person("GRIFFIER");
  const raadslid = await person("RAADSLID");
  const data: Record<number, unknown> = {
    1: { direction: "BUITEN_NAAR_BINNEN", explorations: [{ id: "v1", title: "Werkbezoek wijkteam", raadsleden: "", groups: "ouders", method: "WERKBEZOEK", date: "2027-01-20", findings: "Ouders zoeken één loket voor jeugdhulp." }] },
    3: { problemStatement: "Gezinnen wachten te lang op passende hulp.", problemDefinedWithStakeholders: true },
    8: { participants: [{ id: "d1", group: "Ouders", count: 9, usualSuspect: false }, { id: "d2", group: "Vaste insprekers", count: 3, usualSuspect: true }] },
    9: { evaluationMoments: [{ id: "e1", date: "2027-09-01", subject: "Wachttijden", participants: "Raad", coversRoles: true, outcome: "", adjustments: "" }] },
  };
  const session = await db.councilSession.create({
    data: {
      gemeenteId: gemeente.id,
      title: `Jeugdhulp dichtbij ${tag}`,
      theme: "jeugdzorg",
      startsAt: new Date("2027-03-04T18:30:00Z"),
      location: "Raadzaal",
      description: "",
      status: "AFGEROND",
      sharedParts: ["PROGRAMME"],
      reviewStoodOut: "De raad wil regisseren, niet uitvoeren.",
      steps: { create: Array.from({ length: 10 }, (_, i) => ({ number: i + 1, data: (data[i + 1] ?? {}) as object })) },
    },
    select: { id: true },
  });
  const base = `/${gemeente.slug}/sessies/${session.id}`;
  return { slug: gemeente.slug, griffier: griffier.email, raadslid: raadslid.email, sessionPath: base, reportPath: `${base}/verslag`, title: `Jeugdhulp dichtbij ${tag}` };
}

/**
 * A gemeente of its own with a griffier, two raadsleden and a session in preparation they
 * are invited to (all ten steps empty), starting 10 June 2027 at 19:30 in Amsterdam: for
 * the invitation and RSVP spec.
 */
export async function councilToInvite(databaseUrl: string, password: string) {
  const tag = crypto.randomBytes(4).toString("hex");
  const people = [
    { email: `griffier-${tag}@uitnodigstad.test`, name: "Greet Griffier", role: "GRIFFIER", password },
    { email: `ria-${tag}@uitnodigstad.test`, name: "Ria Raadslid", role: "RAADSLID", password },
    { email: `rob-${tag}@uitnodigstad.test`, name: "Rob Raadslid", role: "RAADSLID", password },
  ];
  const council = await gemeenteWithPeople(databaseUrl, people);
  const sessionId = `session-${tag}`;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO council_session (id, gemeente_id, title, theme, starts_at, location, description, updated_at)
       VALUES ($1, $2, 'Wonen in de wijk', 'wonen', '2027-06-10T17:30:00Z', 'Raadzaal, stadhuis', 'Over wie wat doet in de wijk.', now())`,
      [sessionId, council.gemeenteId],
    );
    for (const number of STEP_NUMBERS) {
      await client.query(`INSERT INTO preparation_step (id, session_id, number, data, updated_at) VALUES ($1, $2, $3, $4, now())`, [`step-${tag}-${number}`, sessionId, number, JSON.stringify(emptyStepData(number))]);
    }
    const members = await client.query(`SELECT id FROM membership WHERE gemeente_id = $1 AND role = 'RAADSLID'`, [council.gemeenteId]);
    for (const { id } of members.rows) await client.query(`INSERT INTO session_participant (session_id, membership_id, kind) VALUES ($1, $2, 'RAADSLID')`, [sessionId, id]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
  return { slug: council.slug, sessionId, griffier: people[0], raadsleden: [people[1], people[2]] };
}

/**
 * A gemeente of its own for the raadslid's dashboard (tasks and shared verslagen): a griffier
 * and two raadsleden invited to a session in preparation (a casus asked before 1 March 2027,
 * a card of the gemeente attached as reading) and to a held session whose verslag the griffier
 * shared. The second raadslid read the card already: the first must not see that.
 */
export async function councilWithTasks(db: import("../../lib/db/client").PrismaClient, password: string) {
  const tag = crypto.randomBytes(4).toString("hex");
  const passwordHash = await hashPassword(password);
  const gemeente = await db.gemeente.create({ data: { name: `Takenstad ${tag}`, slug: `takenstad-${tag}`, cbsCode: `GMt${tag}` } });
  const person = (role: "GRIFFIER" | "RAADSLID", name: string) =>
    db.user.create({
      data: { email: `${name.toLowerCase().replace(/\s/g, "-")}-${tag}@takenstad.test`, name, passwordHash, memberships: { create: { gemeenteId: gemeente.id, role } } },
      select: { email: true, memberships: { select: { id: true } } },
    });
  const griffier = await person("GRIFFIER", "Griffier Takenstad");
  const raadslid = await person("RAADSLID", "Rik Raadslid");
  const other = await person("RAADSLID", "Olga Anders");
  const invited = [raadslid, other].map((p) => ({ membershipId: p.memberships[0].id, kind: "RAADSLID" as const }));
  const steps = { create: STEP_NUMBERS.map((number) => ({ number, data: emptyStepData(number) as object })) };
  const upcoming = await db.councilSession.create({
    data: {
      gemeenteId: gemeente.id, title: `Wijkbudget ${tag}`, theme: "participatie", startsAt: new Date("2027-03-11T18:30:00Z"), location: "Raadzaal", description: "",
      status: "VOORBEREID", caseDeadline: new Date("2027-03-01T00:00:00Z"), participants: { create: invited },
      // Rik co-prepares it: in the preparation group, with step 3 on his name.
      preparers: { create: { membershipId: raadslid.memberships[0].id } },
      steps: {
        create: STEP_NUMBERS.map((number) => ({
          number,
          data: emptyStepData(number) as object,
          ...(number === 3 ? { ownerId: raadslid.memberships[0].id, deadline: new Date("2027-02-20T00:00:00Z") } : {}),
        })),
      },
    },
    select: { id: true },
  });
  const card = await db.libraryCard.create({
    data: { gemeenteId: gemeente.id, audiences: ["RAADSLID"], steps: [4], title: `Rollen van de raad ${tag}`, summary: "Vier rollen naast elkaar.", points: ["Regisseren is niet uitvoeren."], sourceTitle: "Notitie", sourcePublisher: "Takenstad" },
    select: { id: true },
  });
  await db.sessionCard.create({ data: { sessionId: upcoming.id, cardId: card.id, forReading: true, note: "Graag vóór de sessie lezen." } });
  await db.cardReading.create({ data: { sessionId: upcoming.id, cardId: card.id, membershipId: other.memberships[0].id } });
  const held = await db.councilSession.create({
    data: {
      gemeenteId: gemeente.id, title: `Jeugdhulp terugblik ${tag}`, theme: "jeugdzorg", startsAt: new Date("2026-10-01T17:30:00Z"), location: "Raadzaal", description: "",
      status: "AFGEROND", sharedParts: ["PROGRAMME", "REPORT"], reviewStoodOut: "De raad koos voor regisseren.", participants: { create: invited }, steps,
    },
    select: { id: true },
  });
  return {
    slug: gemeente.slug,
    griffier: griffier.email,
    raadslid: raadslid.email,
    upcoming: { id: upcoming.id, title: `Wijkbudget ${tag}` },
    held: { id: held.id, title: `Jeugdhulp terugblik ${tag}` },
    cardTitle: `Rollen van de raad ${tag}`,
  };
}

/**
 * A gemeente of its own for the programme's clock times, the draaiboek and the ORI
 * lookup: a beheerder, a griffier and a facilitator, and a session on Thursday 4
 * March 2027 from 19:30 to 21:00 (Amsterdam) whose programme (30 + 45 + 30 minutes)
 * runs 15 minutes over. `oriBaseUrl`: the gemeente's Open Raadsinformatie API.
 */
export async function councilWithProgramme(db: import("../../lib/db/client").PrismaClient, password: string, { oriBaseUrl = "" }: { oriBaseUrl?: string } = {}) {
  const tag = crypto.randomBytes(4).toString("hex");
  const passwordHash = await hashPassword(password);
  const gemeente = await db.gemeente.create({ data: { name: `Draaiboekstad ${tag}`, slug: `draaiboekstad-${tag}`, cbsCode: `GMd${tag}`, oriBaseUrl } });
  const person = (role: "BEHEERDER" | "GRIFFIER" | "FACILITATOR", name: string) =>
    db.user.create({
      data: { email: `${role.toLowerCase()}-${tag}@draaiboekstad.test`, name, passwordHash, memberships: { create: { gemeenteId: gemeente.id, role } } },
      select: { email: true, memberships: { select: { id: true } } },
    });
  const beheerder = await person("BEHEERDER", "Bea Beheerder");
  const griffier = await person("GRIFFIER", "Greet Griffier");
  const facilitator = await person("FACILITATOR", "Frits Facilitator");
  const title = `Jeugdhulp dichtbij ${tag}`;
  const session = await db.councilSession.create({
    data: {
      gemeenteId: gemeente.id,
      title,
      theme: "jeugdzorg",
      startsAt: new Date("2027-03-04T18:30:00Z"),
      endsAt: new Date("2027-03-04T20:00:00Z"),
      location: "Raadzaal, stadhuis",
      description: "",
      status: "VOORBEREID",
      risUrl: "https://draaiboekstad.notubiz.nl/vergadering/77",
      participants: { create: [{ membershipId: facilitator.memberships[0].id, kind: "FACILITATOR" }] },
      steps: { create: Array.from({ length: 10 }, (_, i) => ({ number: i + 1 })) },
      agendaItems: {
        create: [
          { position: 1, title: "Opening en kennismaking", phase: "BEELDVORMING", workMethod: "Plenair", goal: "Iedereen weet waarom we hier zijn.", durationMinutes: 30 },
          { position: 2, title: "Stellingen over jeugdhulp", phase: "OORDEELSVORMING", workMethod: "Stellingenspel", goal: "Zien waar de raad staat.", durationMinutes: 45 },
          { position: 3, title: "Afspraken", phase: "BESLUITVORMING", workMethod: "", goal: "", durationMinutes: 30 },
        ],
      },
    },
    select: { id: true },
  });
  const sessionPath = `/${gemeente.slug}/sessies/${session.id}`;
  return { slug: gemeente.slug, title, sessionId: session.id, beheerder: beheerder.email, griffier: griffier.email, facilitator: facilitator.email, sessionPath, programmePath: `${sessionPath}/programma`, draaiboekPath: `/draaiboek/${gemeente.slug}/${session.id}` };
}

/**
 * A gemeente of its own (minimum group size 3) with a griffier and three raadsleden
 * invited to a held session whose named worksheet they answered (Gemeenteraad:
 * reguleren, reguleren, regisseren; Inwoners: stimuleren ×3) and which is closed, with
 * one evaluation moment in step 9 (1 September 2027): for the herhaling spec.
 */
export async function councilWithClosedWorksheet(databaseUrl: string, { password, facilitator = false }: { password: string; facilitator?: boolean }) {
  const council = await councilWithOpenWorksheet(databaseUrl, { raadsleden: 3, password, griffier: true, facilitator, actorNames: ["Gemeenteraad", "Inwoners"] });
  const rungs = [
    ["REGULEREN", "REGULEREN", "REGISSEREN"],
    ["STIMULEREN", "STIMULEREN", "STIMULEREN"],
  ];
  const moment = { id: `moment-${council.sessionId}`, date: "2027-09-01", subject: "Halfjaarlijkse evaluatie", participants: "", coversRoles: true, outcome: "", adjustments: "" };
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(`UPDATE gemeente SET anonymity_threshold = 3 WHERE id = $1`, [council.gemeenteId]);
    await client.query(`UPDATE council_session SET status = 'AFGEROND', starts_at = '2027-03-10T18:30:00Z' WHERE id = $1`, [council.sessionId]);
    await client.query(`UPDATE role_worksheet SET anonymous = false, state = 'GESLOTEN', closed_at = now() WHERE id = $1`, [council.worksheetId]);
    for (const [a, actor] of council.actors.entries()) {
      for (const [m, member] of council.members.entries()) {
        await client.query(`INSERT INTO role_answer (id, worksheet_id, actor_id, membership_id, rung, updated_at) VALUES ($1, $2, $3, $4, $5, now())`, [
          `answer-${a}-${m}-${council.sessionId}`, council.worksheetId, actor.id, member.membershipId, rungs[a]![m],
        ]);
      }
    }
    for (const number of STEP_NUMBERS) {
      const data = number === 9 ? { ...emptyStepData(9), evaluationMoments: [moment] } : emptyStepData(number);
      await client.query(`INSERT INTO preparation_step (id, session_id, number, data, updated_at) VALUES ($1, $2, $3, $4, now())`, [`step-${council.sessionId}-${number}`, council.sessionId, number, JSON.stringify(data)]);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
  const sessionPath = `/${council.slug}/sessies/${council.sessionId}`;
  return { ...council, griffierEmail: council.griffier!.email, sessionPath, reviewPath: `${sessionPath}/terugblik`, momentDate: moment.date };
}

/**
 * councilWithClosedWorksheet, with the session letting guests in (the default groups
 * and cap): for the spec where guests answer a herhaling too (lib/guests/repeats.ts).
 */
export async function councilWithClosedWorksheetAndGuests(databaseUrl: string, { password }: { password: string }) {
  const council = await councilWithClosedWorksheet(databaseUrl, { password });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`UPDATE council_session SET guests_allowed = true WHERE id = $1`, [council.sessionId]);
  } finally {
    await client.end();
  }
  return council;
}
