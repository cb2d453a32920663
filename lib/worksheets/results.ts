import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { sessionScope } from "@/lib/auth/policy";
import { db, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Rung } from "@/lib/preparation/rungs";
import { summarise } from "./consensus";
import { gap, type Gap } from "./gap";
import { guestGroupsPerActor, type GroupResult } from "./guest-results";
import { parsePublication, publishedNowRungs, publishedRungs, shownActor, type Publication } from "./publication";
import { resultsSnapshotSchema, rungsOf, snapshotNowRows, snapshotRows } from "./results-snapshot";
import { THRESHOLD_SELECT, thresholdOf } from "./threshold";

export type ActorResult = {
  actorId: string;
  key: string;
  name: string;
  /**
   * Distribution, most chosen rung and consensus. Null on an anonymous
   * worksheet while fewer than k answers to this actor are published: then
   * nothing of them is shown anywhere ("te weinig antwoorden").
   */
  summary: ReturnType<typeof summarise> | null;
  /** Where the role is now, by the same rules (null when not asked, or below k on an anonymous worksheet). */
  now: ReturnType<typeof summarise> | null;
  /** The shift from now to desired, when both are shown. */
  gap: Gap | null;
  /** Who chose what: only when the worksheet is not anonymous. `name` is null for a person removed since. */
  named: { name: string | null; rung: Rung; motivation: string }[] | null;
  /** Motivations without names, sorted alphabetically, when anonymous (and published). */
  motivations: string[];
  /** Each guest group's published figures (always anonymous, k per group), beside the council's. */
  guestGroups: GroupResult[];
};

/**
 * Results per actor. Griffier and the session's facilitator see them at any
 * time; an invited raadslid once they are released.
 *
 * An anonymous worksheet shows only its publication (lib/worksheets/publication.ts):
 * figures published at closing, per actor from k answers on, replaced only once
 * k answers changed. No query here selects who answered. A named worksheet
 * shows the answers as they stand, with names (until the retention job removed
 * them; then the counts come from the snapshot it kept).
 */
export async function worksheetResults(actor: Actor, sessionId: string, reportScope?: Prisma.CouncilSessionWhereInput) {
  const runner = can(actor.role, "sessions.run");
  if (!runner && !can(actor.role, "sessions.view")) throw new AppError("NOT_FOUND");
  // The verslag (reportScope, lib/auth/policy.ts): sharing it with the raadsleden releases what it shows.
  const where = reportScope
    ? { sessionId, session: reportScope }
    : {
        sessionId,
        session: runner ? sessionScope(actor) : { gemeenteId: actor.gemeenteId, participants: { some: { membershipId: actor.membershipId } } },
        ...(runner ? {} : { resultsReleased: true }),
      };
  const worksheet = await db().roleWorksheet.findFirst({ where, select: RESULTS_SELECT });
  if (!worksheet) throw new AppError("NOT_FOUND");
  return resultsOf(worksheet);
}

/** What worksheetResults reads of a worksheet: callers that read the worksheet in their own query select this. */
export const RESULTS_SELECT = {
  id: true,
  state: true,
  anonymous: true,
  question: true,
  resultsReleased: true,
  answersPurgedAt: true,
  resultsSnapshot: true,
  published: true,
  guestPublished: true,
  detachedRespondents: true,
  ...THRESHOLD_SELECT,
  actors: { select: { id: true, key: true, name: true }, orderBy: { position: "asc" } },
} satisfies Prisma.RoleWorksheetSelect;

/**
 * The results of a worksheet already read (and authorised) by the caller, with
 * RESULTS_SELECT: the answers or counts they need, nothing of the worksheet again.
 */
export async function resultsOf(worksheet: ResultsWorksheet) {
  return (await resultsOfMany([worksheet]))[0]!;
}

type ResultsWorksheet = Prisma.RoleWorksheetGetPayload<{ select: typeof RESULTS_SELECT }>;
type NamedAnswer = Awaited<ReturnType<typeof namedAnswers>>[number];

/**
 * The results of several worksheets already read (a session's own and its
 * herhalingen), in one statement for the lot: the anonymous ones' counts in one
 * aggregate, the named ones' answers in one read (a herhaling is as anonymous as
 * the worksheet it repeats, so a session's rounds need one of the two).
 */
export async function resultsOfMany(worksheets: ResultsWorksheet[]) {
  const live = worksheets.filter((w) => !w.answersPurgedAt);
  const anonymous = live.filter((w) => w.anonymous);
  const named = live.filter((w) => !w.anonymous);
  const [counts, answers] = await Promise.all([
    anonymous.length > 0
      ? answerCounts(
          anonymous.map((w) => w.id),
          anonymous.flatMap((w) => Object.keys(parsePublication(w.published)?.actors ?? {})),
        )
      : new Map<string, { respondents: number; unpublished: number }>(),
    named.length > 0 ? namedAnswers(named.map((w) => w.id)) : [],
  ]);
  return worksheets.map((w) => resultsFrom(w, counts.get(w.id) ?? { respondents: 0, unpublished: 0 }, answers.filter((a) => a.worksheetId === w.id)));
}

const namedAnswers = (worksheetIds: string[]) =>
  db().roleAnswer.findMany({
    where: { worksheetId: { in: worksheetIds }, worksheet: { anonymous: false } },
    select: { worksheetId: true, actorId: true, membershipId: true, rung: true, nowRung: true, motivation: true, membership: { select: { user: { select: { name: true, email: true } } } } },
  });

function resultsFrom(worksheet: ResultsWorksheet, counts: { respondents: number; unpublished: number }, answers: NamedAnswer[]) {
  const { id, state, anonymous, question, resultsReleased, answersPurgedAt } = worksheet;
  const minimumGroupSize = thresholdOf(worksheet);
  const base = { id, state, anonymous, question, resultsReleased, answersPurgedAt, minimumGroupSize };

  if (anonymous) {
    const publication = parsePublication(worksheet.published);
    const [respondents, unpublished] = answersPurgedAt ? [publication?.respondents ?? 0, 0] : [counts.respondents + worksheet.detachedRespondents, counts.unpublished];
    const actors = withGuestGroups(publishedActors(worksheet.actors, publication, minimumGroupSize), worksheet.guestPublished, minimumGroupSize);
    return { ...base, respondents, publishedAt: publication?.publishedAt ?? null, unpublished, actors };
  }

  const snapshot = answersPurgedAt ? resultsSnapshotSchema.parse(worksheet.resultsSnapshot) : null;
  const actors: ActorResult[] = worksheet.actors.map((a) => {
    const mine = answers.filter((n) => n.actorId === a.id);
    const rungs = snapshot ? rungsOf(snapshotRows(snapshot), a.id) : mine.map((n) => n.rung);
    const nowRungs = snapshot ? rungsOf(snapshotNowRows(snapshot), a.id) : mine.flatMap((n) => (n.nowRung ? [n.nowRung] : []));
    return {
      actorId: a.id,
      key: a.key,
      name: a.name,
      summary: summarise(rungs),
      ...nowAndGap(nowRungs.length > 0 ? nowRungs : null, rungs),
      named: mine
        .map((n) => ({ name: n.membership ? (n.membership.user.name ?? n.membership.user.email) : null, rung: n.rung, motivation: n.motivation }))
        .sort((x, y) => (x.name ?? "\uffff").localeCompare(y.name ?? "\uffff")),
      motivations: [],
      guestGroups: [],
    };
  });
  // A named worksheet's answers are read with their people already: counted here, not asked again.
  const respondents = snapshot ? snapshot.respondents : new Set(answers.flatMap((n) => (n.membershipId ? [n.membershipId] : []))).size + worksheet.detachedRespondents;
  return { ...base, respondents, publishedAt: null, unpublished: 0, actors: withGuestGroups(actors, worksheet.guestPublished, minimumGroupSize) };
}

/** "Where is the role now" and its gap to the role choice, from the rows that may be shown. */
export function nowAndGap(nowRungs: Rung[] | null, desired: Rung[]): { now: ActorResult["now"]; gap: Gap | null } {
  if (!nowRungs || nowRungs.length === 0) return { now: null, gap: null };
  return { now: summarise(nowRungs), gap: gap(nowRungs, desired) };
}

/** The guest groups beside each actor's council figures. */
export function withGuestGroups(actors: ActorResult[], guestPublished: unknown, k: number): ActorResult[] {
  const groups = guestGroupsPerActor(guestPublished, actors.map((a) => ({ actorId: a.actorId, council: a.summary })), k);
  return actors.map((a) => ({ ...a, guestGroups: groups.get(a.actorId) ?? [] }));
}

export type WorksheetResults = Awaited<ReturnType<typeof worksheetResults>>;

function publishedActors(actors: { id: string; key: string; name: string }[], publication: Publication | null, k: number): ActorResult[] {
  return actors.map((a) => {
    const published = shownActor(publication, a.id, k);
    return {
      actorId: a.id,
      key: a.key,
      name: a.name,
      summary: published ? summarise(publishedRungs(published)) : null,
      ...nowAndGap(published && publishedNowRungs(published, k), published ? publishedRungs(published) : []),
      named: null,
      motivations: published?.motivations ?? [],
      guestGroups: [],
    };
  });
}

/**
 * Anonymous worksheets' two counts, per worksheet, in one statement: the people
 * who answered (still members, distinct; those removed since are added by the
 * caller from detachedRespondents) and the waiting answers of parties that were
 * shown before (a party never shown says "too few" instead; actor ids belong to
 * one worksheet, so one list serves all). Aggregates only: who answered is never selected.
 */
async function answerCounts(worksheetIds: string[], shownActorIds: string[]): Promise<Map<string, { respondents: number; unpublished: number }>> {
  const rows = await db().$queryRaw<{ worksheet_id: string; respondents: number; unpublished: number }[]>`
    SELECT worksheet_id,
           count(DISTINCT membership_id)::int AS respondents,
           count(*) FILTER (WHERE unpublished AND actor_id = ANY(${shownActorIds}::text[]))::int AS unpublished
    FROM role_answer WHERE worksheet_id = ANY(${worksheetIds}::text[]) GROUP BY worksheet_id`;
  return new Map(rows.map((r) => [r.worksheet_id, { respondents: r.respondents, unpublished: r.unpublished }]));
}

/**
 * The council's rung for the pseudo-participation check: the most chosen rung
 * for the "gemeenteraad" actor, from what the results show (on an anonymous
 * worksheet: only once published, from k answers on). On a tie the lowest rung
 * counts, so a possible risk is shown rather than hidden.
 */
export function councilRungFromResults(actors: ActorResult[]): Rung | null {
  const council = actors.find((a) => a.key === "gemeenteraad") ?? actors[0];
  return council?.summary?.mostChosen.at(-1) ?? null;
}

/**
 * The same rung for the session page, in one statement: on an anonymous
 * worksheet from its publication, on a named one from the council actor's
 * counts. `worksheet` comes from the session's own query (already scoped).
 */
export async function councilRung(actor: Actor, worksheet: { id: string; anonymous: boolean; actors: { id: string; key: string }[] }): Promise<Rung | null> {
  if (!can(actor.role, "sessions.run")) throw new AppError("FORBIDDEN");
  const council = councilActorOf(worksheet);
  if (!council) return null;
  if (worksheet.anonymous) {
    const row = await db().roleWorksheet.findUnique({ where: { id: worksheet.id }, select: { published: true, ...THRESHOLD_SELECT } });
    return row ? councilRungOf({ ...worksheet, published: row.published, answers: [] }, thresholdOf(row)) : null;
  }
  const counts = await db().roleAnswer.groupBy({ by: ["rung"], where: { worksheetId: worksheet.id, actorId: council.id }, _count: { _all: true } });
  return summarise(counts.flatMap((c) => Array<Rung>(c._count._all).fill(c.rung))).mostChosen.at(-1) ?? null;
}

const councilActorOf = (worksheet: { actors: { id: string; key: string }[] }) => worksheet.actors.find((a) => a.key === "gemeenteraad") ?? worksheet.actors[0];

/**
 * The same rung from rows already read with the session (the overview's one read,
 * for those who run it): on an anonymous worksheet from what was published (and
 * only when the council's figure is shown, k or more); on a named one from the
 * answers' rungs (`answers`: actor and rung only — never who answered; empty and
 * not selected on an anonymous worksheet).
 */
export function councilRungOf(
  worksheet: { anonymous: boolean; actors: { id: string; key: string }[]; published: Prisma.JsonValue; answers: { actorId: string; rung: Rung }[] },
  anonymityThreshold: number,
): Rung | null {
  const council = councilActorOf(worksheet);
  if (!council) return null;
  if (worksheet.anonymous) {
    const published = shownActor(parsePublication(worksheet.published), council.id, anonymityThreshold);
    return published ? (summarise(publishedRungs(published)).mostChosen.at(-1) ?? null) : null;
  }
  return summarise(worksheet.answers.filter((a) => a.actorId === council.id).map((a) => a.rung)).mostChosen.at(-1) ?? null;
}

/**
 * The same rung for a page that has only the session's id (the step page): the
 * worksheet is looked up in the actor's session scope. Null for those who do not
 * run sessions (they see the intended rung), and when there is no worksheet yet.
 */
export async function sessionCouncilRung(actor: Actor, sessionId: string): Promise<Rung | null> {
  if (!can(actor.role, "sessions.run")) return null;
  const worksheet = await db().roleWorksheet.findFirst({
    where: { sessionId, session: sessionScope(actor) },
    select: { id: true, anonymous: true, actors: { select: { id: true, key: true }, orderBy: { position: "asc" } } },
  });
  return worksheet ? councilRung(actor, worksheet) : null;
}
