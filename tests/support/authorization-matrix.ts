/**
 * The authorisation matrix: ONE table of every server action and every route,
 * with who may use it. The end-to-end spec `tests/e2e/authorization-matrix.spec.ts`
 * signs in for real as each subject and exercises every cell over HTTP; the unit
 * test `tests/unit/auth/authorization-matrix.test.ts` fails when a "use server"
 * export or a page/route file has no row here.
 *
 * Expectations come from what the role is FOR (lib/auth/permissions.ts and the
 * README), not from what the code happens to do: a cell that disagrees with the
 * code is a finding, not something to copy.
 */

/** Who calls. The four roles are members of the demo gemeente "voorbeeld". */
export const SUBJECTS = [
  "BEHEERDER",
  "GRIFFIER",
  "FACILITATOR",
  "RAADSLID",
  /** A facilitator of voorbeeld who does not facilitate the fixture sessions (griffier@rivierdal.nl). */
  "OTHER_FACILITATOR",
  /** A griffier of another gemeente, addressing voorbeeld's URL. */
  "OUTSIDER",
  /** The same griffier of another gemeente, using their OWN gemeente in the URL with voorbeeld's ids. */
  "OUTSIDER_OWN",
  "SIGNED_OUT",
  /**
   * A guest without an account, joined to one live session of voorbeeld that lets guests in
   * (`Fixtures.guestSession`) through /meedoen: a signed guest cookie and nothing else. The same
   * caller also joined one herhaling open to guests (`Fixtures.guestRepeat`) with its own code, so
   * it holds that herhaling's cookie too (lib/guests/repeats.ts): each opens its own round only.
   */
  "GUEST",
] as const;
export type Subject = (typeof SUBJECTS)[number];

/** Members who may see the fixture session: a facilitator only of sessions they facilitate (lib/council-sessions/scope.ts). */
const MEMBERS: Subject[] = ["BEHEERDER", "GRIFFIER", "FACILITATOR", "RAADSLID"];
/** Every member of voorbeeld, for pages of the gemeente that are not about one session. */
const GEMEENTE_MEMBERS: Subject[] = [...MEMBERS, "OTHER_FACILITATOR"];
const PREPARERS: Subject[] = ["BEHEERDER", "GRIFFIER"];
const RUNNERS: Subject[] = ["GRIFFIER", "FACILITATOR"];
const REVIEWERS: Subject[] = ["GRIFFIER", "FACILITATOR"];
const EVERYONE: Subject[] = [...SUBJECTS];
const SIGNED_IN: Subject[] = SUBJECTS.filter((s) => s !== "SIGNED_OUT" && s !== "GUEST");

/** A fresh session of voorbeeld with everything an action may need; made per cell. */
export type FixtureSession = {
  id: string;
  version: number;
  reviewVersion: number;
  agendaItemId: string;
  commitmentId: string;
  worksheetActorId: string;
  facilitatorMembershipId: string;
  /** A case with two values, and the id of the session's one evaluation moment (step 9). */
  caseId: string;
  caseValueIds: [string, string];
  evaluationMomentId: string;
};

/** Test data in voorbeeld, created directly in the database for each cell. */
export type Fixtures = {
  /** A session in this status, with the facilitator and raadslid1 invited, all parts shared and an OPEN worksheet. */
  session(status?: "CONCEPT" | "VOORBEREID" | "LIVE" | "AFGEROND"): Promise<FixtureSession>;
  /**
   * A session as session() makes it, with raadslid1 (the RAADSLID subject) in the preparation
   * group of this session ("this"), or only in the group of another session ("another").
   */
  preparedSession(groupOf?: "this" | "another"): Promise<FixtureSession>;
  /** A new raadslid of voorbeeld: their membership id. */
  member(): Promise<string>;
  /** A new value of voorbeeld: its id. */
  value(): Promise<string>;
  /** A new fractie of voorbeeld: its id. */
  fractie(): Promise<string>;
  /** A new fractie with raadslid1 in it (the raadslid subject ranks for their own fractie): its id. */
  raadslidFractie(): Promise<string>;
  /** A shipped library card: its id. */
  card(): Promise<string>;
  /** A new own library card of voorbeeld: its id. */
  ownCard(): Promise<string>;
  /** A fresh template of voorbeeld's own (so deleting it takes nothing from another row): its id. */
  ownTemplate(): Promise<string>;
  /** A new session of voorbeeld with a shipped card attached. */
  attachment(): Promise<{ sessionId: string; cardId: string }>;
  /** A new session of voorbeeld (raadslid1 invited) with a shipped card attached as reading for the raadsleden. */
  readingAttachment(): Promise<{ sessionId: string; cardId: string }>;
  /** A mail of voorbeeld that failed after every retry (the outbox): its id. */
  failedMail(): Promise<string>;
  /** The one LIVE session that lets guests in, where the GUEST subject joined (the same on every call). */
  guestSession(): Promise<FixtureSession & { joinCode: string }>;
  /** A new pending guest casus in a LIVE session of voorbeeld that lets guests in: its session and id. */
  guestCase(): Promise<{ sessionId: string; caseId: string }>;
  /** A session as session("AFGEROND") makes it, with its worksheet closed and its evaluation moment not yet repeated. */
  closedWorksheet(): Promise<FixtureSession>;
  /** A closed-worksheet session with an OPEN herhaling (results released) at its evaluation moment: the herhaling and its actor. */
  repeat(): Promise<FixtureSession & { repeatId: string; repeatActorId: string }>;
  /** A new repeat() whose session lets guests in and whose herhaling is open to guests, with its own join code. */
  openGuestRepeat(): Promise<FixtureSession & { repeatId: string; repeatActorId: string; joinCode: string }>;
  /** The one openGuestRepeat() the GUEST subject joined too (the same on every call). */
  guestRepeat(): Promise<FixtureSession & { repeatId: string; repeatActorId: string; joinCode: string }>;
};

/** The form of an action call; encoded as the FormData argument. */
export type FormField = string | string[] | { filename: string; content: string };
export type Form = { form: Record<string, FormField> };
export const form = (fields: Record<string, FormField>): Form => ({ form: fields });
export const isForm = (value: unknown): value is Form => typeof value === "object" && value !== null && "form" in value;
export const IDLE = { status: "idle" } as const;

export type ActionRow = {
  /** The "use server" file, relative to the project root. */
  file: string;
  /** The exported action. */
  name: string;
  allowed: Subject[];
  /**
   * The call's arguments in order (bound arguments, previous state, form), on fresh
   * fixtures. `gemeente` is the slug in the URL the caller addresses.
   */
  call: (fx: Fixtures, gemeente: string) => Promise<unknown[]>;
  /**
   * Message keys (messages/nl.json) that still mean "allowed": the caller got past
   * authorisation and the domain answered (e.g. an unknown invitation token).
   */
  tolerate?: string[];
  /**
   * Message keys that also count as a refusal for this row (besides FORBIDDEN,
   * NOT_FOUND and a redirect to sign-in), e.g. another gemeente's ids being invalid.
   */
  refusedWith?: string[];
  /** Why the row is what it is, when not obvious. */
  note?: string;
};

const today = () => new Date().toISOString().slice(0, 10);

/** A valid own library card, as its form posts it. */
const OWN_CARD = {
  title: "Matrixkaart",
  summary: "Een kaart van de gemeente zelf.",
  points: "Eerste punt\nTweede punt",
  audiences: ["GRIFFIER", "RAADSLID"],
  steps: ["4"],
  sourceTitle: "Eigen notitie",
  sourcePublisher: "Gemeente Voorbeeld",
  sourceYear: "2026",
  sourceUrl: "",
};

export const ACTION_ROWS: ActionRow[] = [
  // Agenda (programme): preparing is the griffier's and beheerder's.
  {
    file: "lib/agenda/actions.ts",
    name: "addAgendaItemAction",
    allowed: PREPARERS,
    call: async (fx, g) => [g, (await fx.session()).id, IDLE, form({ title: "Matrixpunt", phase: "BEELDVORMING", durationMinutes: "10" })],
  },
  {
    file: "lib/agenda/actions.ts",
    name: "updateAgendaItemAction",
    allowed: PREPARERS,
    call: async (fx, g) => {
      const s = await fx.session();
      return [g, s.id, IDLE, form({ itemId: s.agendaItemId, version: "1", title: "Gewijzigd", phase: "OORDEELSVORMING", durationMinutes: "20" })];
    },
  },
  {
    file: "lib/agenda/actions.ts",
    name: "deleteAgendaItemAction",
    allowed: PREPARERS,
    call: async (fx, g) => {
      const s = await fx.session();
      return [g, s.id, IDLE, form({ itemId: s.agendaItemId })];
    },
  },
  {
    file: "lib/agenda/actions.ts",
    name: "moveAgendaItemAction",
    allowed: PREPARERS,
    call: async (fx, g) => {
      const s = await fx.session();
      return [g, s.id, IDLE, form({ itemId: s.agendaItemId, direction: "down" })];
    },
  },
  // Planning (owners and deadlines per step): preparing is the griffier's and beheerder's.
  {
    file: "lib/planning/actions.ts",
    name: "saveSessionPlanAction",
    allowed: PREPARERS,
    call: async (fx, g) => {
      const s = await fx.session();
      return [g, s.id, IDLE, form({ "deadline-1": "2027-04-01", "owner-1": s.facilitatorMembershipId })];
    },
  },
  {
    file: "lib/planning/actions.ts",
    name: "proposeSessionPlanAction",
    allowed: PREPARERS,
    call: async (fx, g) => [g, (await fx.session()).id, IDLE, form({})],
  },
  // Commitments are recorded by whoever runs the session.
  {
    file: "lib/commitments/actions.ts",
    name: "addCommitmentAction",
    allowed: RUNNERS,
    call: async (fx, g) => [g, (await fx.session()).id, IDLE, form({ who: "Wethouder", what: "Een brief aan de raad", toWhom: "de raad", dueDate: today() })],
  },
  {
    file: "lib/commitments/actions.ts",
    name: "setCommitmentDoneAction",
    allowed: RUNNERS,
    call: async (fx, g) => [g, IDLE, form({ commitmentId: (await fx.session()).commitmentId, done: "true", note: "Raadsinformatiebrief" })],
  },
  // Sessions.
  {
    file: "lib/council-sessions/actions.ts",
    name: "createCouncilSessionAction",
    allowed: PREPARERS,
    refusedWith: ["errors.INVALID"],
    note: "The facilitator chosen is voorbeeld's, so a griffier of another gemeente is refused (as invalid) even in their own gemeente.",
    call: async (fx, g) => {
      const s = await fx.session();
      return [g, IDLE, form({ title: "Matrixsessie", theme: "matrix", date: "2027-05-01", time: "19:30", facilitatorIds: [s.facilitatorMembershipId] })];
    },
  },
  {
    file: "lib/council-sessions/actions.ts",
    name: "updateCouncilSessionAction",
    allowed: PREPARERS,
    call: async (fx, g) => {
      const s = await fx.session();
      return [g, IDLE, form({ sessionId: s.id, version: String(s.version), title: "Gewijzigd", theme: "matrix", date: "2027-05-02", time: "20:00" })];
    },
  },
  {
    file: "lib/council-sessions/actions.ts",
    name: "changeSessionStatusAction",
    allowed: PREPARERS,
    note: "To VOORBEREID is preparing (griffier, beheerder).",
    call: async (fx, g) => [g, IDLE, form({ sessionId: (await fx.session("CONCEPT")).id, to: "VOORBEREID" })],
  },
  {
    file: "lib/council-sessions/actions.ts",
    name: "changeSessionStatusAction",
    allowed: RUNNERS,
    note: "To LIVE is running (griffier, facilitator): the same action, another permission.",
    call: async (fx, g) => [g, IDLE, form({ sessionId: (await fx.session("VOORBEREID")).id, to: "LIVE" })],
  },
  {
    file: "lib/council-sessions/actions.ts",
    name: "archiveSessionAction",
    allowed: PREPARERS,
    call: async (fx, g) => [g, IDLE, form({ sessionId: (await fx.session("AFGEROND")).id, archived: "true" })],
  },
  {
    file: "lib/council-sessions/actions.ts",
    name: "setSharedPartsAction",
    allowed: PREPARERS,
    call: async (fx, g) => [g, IDLE, form({ sessionId: (await fx.session()).id, parts: ["PROGRAMME"] })],
  },
  // Import of a session file: the file is checked only after authorisation, so an empty session object suffices.
  {
    file: "lib/exchange/actions.ts",
    name: "importSessionAction",
    allowed: [...PREPARERS, "OUTSIDER_OWN"],
    tolerate: ["exchange.refused"],
    note: "A griffier may import into their own gemeente; the file here is not a valid session, so allowed callers get the file's refusal.",
    call: async (_fx, g) => [g, IDLE, form({ file: { filename: "sessie.json", content: "{}" } })],
  },
  // The language switch is for everyone, signed in or not.
  { file: "lib/i18n/actions.ts", name: "setLocale", allowed: EVERYONE, call: async () => [form({ locale: "nl" })] },
  // Members: only the beheerder.
  {
    file: "lib/members/actions.ts",
    name: "inviteMemberAction",
    allowed: ["BEHEERDER"],
    call: async (_fx, g) => [g, IDLE, form({ email: `matrix-${Math.random().toString(36).slice(2, 10)}@test.nl`, role: "RAADSLID" })],
  },
  {
    file: "lib/members/actions.ts",
    name: "changeRoleAction",
    allowed: ["BEHEERDER"],
    call: async (fx, g) => [g, IDLE, form({ membershipId: await fx.member(), role: "FACILITATOR" })],
  },
  {
    file: "lib/members/actions.ts",
    name: "removeMemberAction",
    allowed: ["BEHEERDER"],
    call: async (fx, g) => [g, IDLE, form({ membershipId: await fx.member() })],
  },
  {
    file: "lib/members/actions.ts",
    name: "acceptInvitationAction",
    allowed: EVERYONE,
    tolerate: ["errors.INVITATION_INVALID"],
    note: "Public: the single-use token is the credential. An unknown token is refused for everyone alike.",
    call: async () => [IDLE, form({ mode: "new", token: "x".repeat(43), name: "Iemand Anders", password: "een-lang-wachtwoord", passwordRepeat: "een-lang-wachtwoord" })],
  },
  // The outbox: the beheerder sees undelivered mail of the gemeente and sends it again.
  {
    file: "lib/mail/actions.ts",
    name: "retryMailAction",
    allowed: ["BEHEERDER"],
    call: async (fx, g) => [g, IDLE, form({ mailId: await fx.failedMail() })],
  },
  // Session invitations: the griffier (and beheerder) send them; answering is public, the signed link is the credential.
  {
    file: "lib/invitations/actions.ts",
    name: "sendSessionInvitationsAction",
    allowed: PREPARERS,
    tolerate: ["errors.MAIL_NOT_CONFIGURED"],
    note: "The shared test server has no SMTP_URL, so an allowed caller is told mail is not configured (tests/e2e/invitations.spec.ts sends for real).",
    call: async (fx, g) => [g, (await fx.session()).id, IDLE, form({})],
  },
  {
    file: "lib/invitations/actions.ts",
    name: "answerRsvpAction",
    allowed: EVERYONE,
    tolerate: ["errors.RSVP_INVALID"],
    note: "Public: the signed RSVP link is the credential. A forged token is refused for everyone alike.",
    call: async () => [IDLE, form({ token: `r1.x.y.${"x".repeat(43)}`, answer: "KOMT" })],
  },
  // Tasks before a session (lib/tasks): a raadslid ticks off reading of a session they are invited to;
  // the griffier sets the date by which raadsleden bring a casus.
  {
    file: "lib/tasks/actions.ts",
    name: "markCardReadAction",
    allowed: ["RAADSLID"],
    note: "Only a raadslid invited to the session (raadslid1 in the fixture) has reading to tick off; their own mark only.",
    call: async (fx, g) => {
      const { sessionId, cardId } = await fx.readingAttachment();
      return [g, IDLE, form({ sessionId, cardId, read: "true" })];
    },
  },
  {
    file: "lib/tasks/actions.ts",
    name: "setCaseDeadlineAction",
    allowed: PREPARERS,
    call: async (fx, g) => [g, (await fx.session()).id, IDLE, form({ caseDeadline: today() })],
  },
  // Reminders: each person chooses for themselves, in any gemeente they belong to.
  {
    file: "lib/reminders/actions.ts",
    name: "saveReminderSettingsAction",
    allowed: [...GEMEENTE_MEMBERS, "OUTSIDER_OWN"],
    call: async (_fx, g) => [g, IDLE, form({ kinds: ["worksheet", "evaluation", "commitment"] })],
  },
  // Passwords: asking for a reset link and using one are public (the link's token is the
  // credential); changing one's own password is for anyone signed in, in any of their gemeenten.
  {
    file: "lib/passwords/actions.ts",
    name: "requestPasswordResetAction",
    allowed: EVERYONE,
    tolerate: ["passwords.forgot.noMail"],
    note: "The shared test server sends no mail, so everyone alike gets the answer that mail is not configured.",
    call: async () => [IDLE, form({ email: `matrix-${Math.random().toString(36).slice(2, 10)}@test.nl` })],
  },
  {
    file: "lib/passwords/actions.ts",
    name: "resetPasswordAction",
    allowed: EVERYONE,
    tolerate: ["errors.RESET_INVALID"],
    note: "An unknown token is refused for everyone alike.",
    call: async () => [IDLE, form({ token: "x".repeat(43), password: "een zin van een paar woorden", passwordRepeat: "een zin van een paar woorden" })],
  },
  {
    file: "lib/passwords/actions.ts",
    name: "changePasswordAction",
    allowed: [...GEMEENTE_MEMBERS, "OUTSIDER_OWN"],
    tolerate: ["errors.invalid"],
    note: "The two new passwords differ, so an allowed caller gets the form's field errors and no password is checked (a wrong one would count against the demo accounts' sign-in limits).",
    call: async (_fx, g) => [g, IDLE, form({ currentPassword: "beraad-demo", password: "een zin van een paar woorden", passwordRepeat: "een andere zin dan daarnet" })],
  },
  // The reference library: the griffier (and beheerder) attach cards; the beheerder writes the gemeente's own.
  {
    file: "lib/library/actions.ts",
    name: "attachCardAction",
    allowed: PREPARERS,
    call: async (fx, g) => [g, IDLE, form({ cardId: await fx.card(), sessionId: (await fx.session()).id, note: "Lezen vooraf" })],
  },
  {
    file: "lib/library/actions.ts",
    name: "detachCardAction",
    allowed: PREPARERS,
    call: async (fx, g) => {
      const { sessionId, cardId } = await fx.attachment();
      return [g, IDLE, form({ cardId, sessionId })];
    },
  },
  {
    file: "lib/library/actions.ts",
    name: "createCardAction",
    allowed: ["BEHEERDER"],
    call: async (_fx, g) => [g, IDLE, form(OWN_CARD)],
  },
  {
    file: "lib/library/actions.ts",
    name: "updateCardAction",
    allowed: ["BEHEERDER"],
    call: async (fx, g) => [g, await fx.ownCard(), IDLE, form({ ...OWN_CARD, title: "Herziene kaart" })],
  },
  {
    file: "lib/library/actions.ts",
    name: "deleteCardAction",
    allowed: ["BEHEERDER"],
    call: async (fx, g) => [g, IDLE, form({ cardId: await fx.ownCard(), confirm: "yes" })],
  },
  // The council's information system: a session's link is the preparers'; the ORI API is the beheerder's setting.
  {
    file: "lib/ris/actions.ts",
    name: "saveSessionRisLinkAction",
    allowed: PREPARERS,
    call: async (fx, g) => [g, (await fx.session()).id, IDLE, form({ risUrl: "https://voorbeeld.notubiz.nl/vergadering/1" })],
  },
  {
    file: "lib/ris/actions.ts",
    name: "searchOriAction",
    // No ids: the outsider's own gemeente is theirs to search (it has no ORI API either).
    allowed: [...PREPARERS, "OUTSIDER_OWN"],
    call: async (_fx, g) => [g, IDLE, form({ query: "matrix", kind: "Meeting" })],
    tolerate: ["ris.lookup.not-configured"],
    note: "voorbeeld has no ORI API: a preparer gets past authorisation and hears that none is set.",
  },
  {
    file: "lib/ris/actions.ts",
    name: "saveOriBaseUrlAction",
    allowed: ["BEHEERDER"],
    call: async (_fx, g) => [g, IDLE, form({ oriBaseUrl: "" })],
  },
  // Privacy (AVG): people's data is the beheerder's to export and erase.
  {
    file: "lib/privacy/actions.ts",
    name: "erasePersonAction",
    allowed: ["BEHEERDER"],
    call: async (fx, g) => [g, IDLE, form({ membershipId: await fx.member(), confirm: "ja" })],
  },
  {
    file: "lib/privacy/actions.ts",
    name: "saveRetentionAction",
    allowed: ["BEHEERDER"],
    call: async (_fx, g) => [g, IDLE, form({ months: "" })],
  },
  {
    file: "lib/privacy/actions.ts",
    name: "saveMinimumGroupSizeAction",
    allowed: ["BEHEERDER"],
    call: async (_fx, g) => [g, IDLE, form({ k: "5" })],
  },
  {
    file: "lib/privacy/actions.ts",
    name: "runRetentionAction",
    allowed: ["BEHEERDER"],
    call: async (_fx, g) => [g, IDLE, form({})],
  },
  // The ten steps are the griffier's working material, and of the raadsleden in that session's preparation group.
  {
    file: "lib/preparation/actions.ts",
    name: "saveStepAction",
    allowed: PREPARERS,
    note: "The raadslid is invited to the session but not in its preparation group.",
    call: async (fx, g) => [g, (await fx.session()).id, 4, IDLE, form({ _status: "BEZIG", _nvtReason: "", _version: "1", question: "Welke rol past ons?" })],
  },
  {
    file: "lib/preparation/actions.ts",
    name: "saveStepAction",
    allowed: [...PREPARERS, "RAADSLID"],
    note: "The raadslid is in this session's preparation group: they may save its steps.",
    call: async (fx, g) => [g, (await fx.preparedSession("this")).id, 4, IDLE, form({ _status: "BEZIG", _nvtReason: "", _version: "1", question: "Welke rol past ons?" })],
  },
  {
    file: "lib/preparation/actions.ts",
    name: "saveStepAction",
    allowed: PREPARERS,
    note: "The raadslid is in the preparation group of ANOTHER session (and invited to this one): the group is per session.",
    call: async (fx, g) => [g, (await fx.preparedSession("another")).id, 4, IDLE, form({ _status: "BEZIG", _nvtReason: "", _version: "1", question: "Welke rol past ons?" })],
  },
  // Templates and copies start new sessions: preparing is the griffier's and beheerder's.
  {
    file: "lib/templates/actions.ts",
    name: "startFromTemplateAction",
    allowed: PREPARERS,
    refusedWith: ["errors.INVALID"],
    note: "The facilitator chosen is voorbeeld's, so a griffier of another gemeente is refused (as invalid) even in their own gemeente.",
    call: async (fx, g) => {
      const s = await fx.session();
      return [g, IDLE, form({ templateId: "raad-in-beraad", title: "Matrix uit sjabloon", theme: "matrix", date: "2027-05-01", time: "19:30", facilitatorIds: [s.facilitatorMembershipId] })];
    },
  },
  {
    file: "lib/templates/actions.ts",
    name: "startAsCopyAction",
    allowed: PREPARERS,
    note: "The source is a session of voorbeeld: another gemeente's griffier does not find it.",
    call: async (fx, g) => [g, IDLE, form({ sourceId: (await fx.session()).id, parts: ["STEPS", "PROGRAMME"], title: "Matrixkopie", theme: "matrix", date: "2027-06-01", time: "19:30" })],
  },
  {
    file: "lib/templates/actions.ts",
    name: "saveAsTemplateAction",
    allowed: PREPARERS,
    call: async (fx, g) => [g, (await fx.session()).id, IDLE, form({ name: "Matrixsjabloon", parts: ["PROGRAMME"] })],
  },
  {
    file: "lib/templates/actions.ts",
    name: "editTemplateAction",
    allowed: PREPARERS,
    call: async (fx, g) => [g, await fx.ownTemplate(), IDLE, form({ name: "Matrixsjabloon hernoemd", description: "" })],
  },
  {
    file: "lib/templates/actions.ts",
    name: "deleteTemplateAction",
    allowed: PREPARERS,
    call: async (fx, g) => [g, await fx.ownTemplate(), IDLE, form({ confirm: "yes" })],
  },
  {
    file: "lib/preparation-group/actions.ts",
    name: "setPreparationGroupAction",
    allowed: PREPARERS,
    note: "Who co-prepares a session is the griffier's choice; a raadslid cannot add themselves.",
    call: async (fx, g) => [g, (await fx.session()).id, IDLE, form({ members: [await fx.member()] })],
  },
  {
    file: "lib/review/actions.ts",
    name: "saveReviewAction",
    allowed: REVIEWERS,
    call: async (fx, g) => {
      const s = await fx.session("AFGEROND");
      return [g, IDLE, form({ sessionId: s.id, version: String(s.reviewVersion), stoodOut: "Veel eensgezindheid." })];
    },
  },
  // Cases come from raadsleden and the griffier; values are the preparer's.
  {
    file: "lib/values/actions.ts",
    name: "addCaseAction",
    allowed: ["GRIFFIER", "RAADSLID"],
    call: async (fx, g) => [g, (await fx.session()).id, IDLE, form({ description: "Een casus uit de wijk", newValues: "matrixwaarde" })],
  },
  {
    file: "lib/values/actions.ts",
    name: "linkSessionValueAction",
    allowed: PREPARERS,
    call: async (fx, g) => [g, (await fx.session()).id, IDLE, form({ valueId: await fx.value(), indicator: "Wachttijd" })],
  },
  {
    file: "lib/values/actions.ts",
    name: "mergeValuesAction",
    allowed: PREPARERS,
    call: async (fx, g) => [g, (await fx.session()).id, IDLE, form({ fromId: await fx.value(), intoId: await fx.value() })],
  },
  // Guests: anyone may join with a live code (it is the credential); a guest answers only in their own session.
  {
    file: "lib/guests/actions.ts",
    name: "joinAsGuestAction",
    allowed: EVERYONE,
    note: "Public: the code of a live session that lets guests in is the credential; a join asks for nothing personal.",
    call: async (fx) => [IDLE, form({ code: (await fx.guestSession()).joinCode, group: "Inwoners", nickname: "" })],
  },
  {
    file: "lib/guests/actions.ts",
    name: "saveGuestAnswerAction",
    allowed: ["GUEST"],
    note: "Only the guest's signed cookie for this very session opens it; members have no guest cookie.",
    call: async (fx) => {
      const s = await fx.guestSession();
      return [s.id, IDLE, form({ actorId: s.worksheetActorId, rung: "STIMULEREN", promise: "anonymous" })];
    },
  },
  {
    file: "lib/guests/actions.ts",
    name: "saveGuestAnswerAction",
    allowed: [],
    note: "Another live session (that lets nobody in as a guest here): the guest's cookie is for their own session only.",
    call: async (fx) => {
      const s = await fx.session("LIVE");
      return [s.id, IDLE, form({ actorId: s.worksheetActorId, rung: "STIMULEREN", promise: "anonymous" })];
    },
  },
  {
    file: "lib/guests/actions.ts",
    name: "submitGuestCaseAction",
    allowed: ["GUEST"],
    note: "A guest brings a casus to their own session only (the cookie's); members have no guest cookie.",
    call: async (fx) => [(await fx.guestSession()).id, IDLE, form({ description: "De bus rijdt niet meer na zeven uur.", otherValues: "bereikbaarheid" })],
  },
  {
    file: "lib/guests/actions.ts",
    name: "submitGuestCaseAction",
    allowed: [],
    note: "Another live session: the guest's cookie is for their own session only.",
    call: async (fx) => [(await fx.session("LIVE")).id, IDLE, form({ description: "De bus rijdt niet meer na zeven uur." })],
  },
  {
    file: "lib/guests/actions.ts",
    name: "reviewGuestCaseAction",
    allowed: RUNNERS,
    note: "Only those who run the session approve a guest's casus for the projector; guests cannot.",
    call: async (fx, g) => {
      const { sessionId, caseId } = await fx.guestCase();
      return [g, sessionId, caseId, IDLE, form({ decision: "APPROVED" })];
    },
  },
  // Guests of a herhaling (lib/guests/repeats.ts): its own code joins it; its own cookie answers it, and no other herhaling.
  {
    file: "lib/guests/actions.ts",
    name: "joinAsGuestAction",
    allowed: EVERYONE,
    note: "Public: the code of a herhaling open to guests is the credential, as a live session's.",
    call: async (fx) => [IDLE, form({ code: (await fx.openGuestRepeat()).joinCode, group: "Inwoners", nickname: "" })],
  },
  {
    file: "lib/guests/actions.ts",
    name: "saveRepeatGuestAnswerAction",
    allowed: ["GUEST"],
    note: "Only the cookie of a guest who joined this very herhaling; members have none, and the live phase's cookie opens nothing here.",
    call: async (fx) => {
      const r = await fx.guestRepeat();
      return [r.repeatId, IDLE, form({ actorId: r.repeatActorId, rung: "STIMULEREN", promise: "anonymous" })];
    },
  },
  {
    file: "lib/guests/actions.ts",
    name: "saveRepeatGuestAnswerAction",
    allowed: [],
    note: "Another herhaling open to guests: a guest's cookie is for the herhaling they joined only.",
    call: async (fx) => {
      const r = await fx.openGuestRepeat();
      return [r.repeatId, IDLE, form({ actorId: r.repeatActorId, rung: "STIMULEREN", promise: "anonymous" })];
    },
  },
  {
    file: "lib/guests/actions.ts",
    name: "allowRepeatGuestsAction",
    allowed: RUNNERS,
    note: "Those who run the session let guests answer a herhaling; guests and raadsleden cannot.",
    call: async (fx, g) => {
      const r = await fx.openGuestRepeat();
      return [g, r.id, r.repeatId, IDLE, form({ allowed: "off" })];
    },
  },
  {
    file: "lib/guests/actions.ts",
    name: "saveGuestSettingsAction",
    allowed: RUNNERS,
    call: async (fx, g) => [g, (await fx.session()).id, IDLE, form({ allowed: "on", groups: "Inwoners\nOndernemers", cap: "40" })],
  },
  {
    file: "lib/values/actions.ts",
    name: "addTensionAction",
    allowed: ["GRIFFIER", "RAADSLID"],
    call: async (fx, g) => {
      const s = await fx.session();
      return [g, s.id, IDLE, form({ caseId: s.caseId, valueAId: s.caseValueIds[0], valueBId: s.caseValueIds[1], note: "Samen of apart" })];
    },
  },
  {
    file: "lib/values/actions.ts",
    name: "saveVerdictAction",
    allowed: PREPARERS,
    note: "The verdict at an evaluation moment is recorded by whoever prepares and evaluates the session.",
    call: async (fx, g) => {
      const s = await fx.session();
      return [g, s.id, IDLE, form({ valueId: s.caseValueIds[0], evaluationMomentId: s.evaluationMomentId, verdict: "OP_KOERS", evidence: "Wachttijd gedaald" })];
    },
  },
  {
    file: "lib/values/actions.ts",
    name: "saveRankingAction",
    allowed: ["GRIFFIER", "RAADSLID"],
    note: "A raadslid ranks for their own fractie (raadslid1 is put in this one); the griffier records any fractie's ranking.",
    call: async (fx, g) => {
      const s = await fx.session();
      return [g, s.id, IDLE, form({ fractieId: await fx.raadslidFractie(), [`rank.${s.caseValueIds[0]}`]: "1", [`rank.${s.caseValueIds[1]}`]: "2" })];
    },
  },
  // Fracties are kept by the beheerder, like the people in them.
  {
    file: "lib/fracties/actions.ts",
    name: "createFractieAction",
    allowed: ["BEHEERDER"],
    call: async (_fx, g) => [g, IDLE, form({ name: `Matrixfractie ${Math.random().toString(36).slice(2, 8)}` })],
  },
  {
    file: "lib/fracties/actions.ts",
    name: "deleteFractieAction",
    allowed: ["BEHEERDER"],
    call: async (fx, g) => [g, IDLE, form({ fractieId: await fx.fractie() })],
  },
  {
    file: "lib/fracties/actions.ts",
    name: "setMemberFractieAction",
    allowed: ["BEHEERDER"],
    call: async (fx, g) => [g, IDLE, form({ membershipId: await fx.member(), fractieId: await fx.fractie() })],
  },
  // Worksheets: raadsleden answer, runners control.
  {
    file: "lib/worksheets/actions.ts",
    name: "saveAnswerAction",
    allowed: ["RAADSLID"],
    call: async (fx, g) => {
      const s = await fx.session("LIVE");
      return [g, s.id, IDLE, form({ actorId: s.worksheetActorId, rung: "FACILITEREN", promise: "anonymous" })];
    },
  },
  {
    file: "lib/worksheets/actions.ts",
    name: "controlWorksheetAction",
    allowed: RUNNERS,
    call: async (fx, g) => [g, IDLE, form({ sessionId: (await fx.session("LIVE")).id, command: "close" })],
  },
  // A herhaling of the worksheet at an evaluation moment: whoever runs the session starts and steers it;
  // the invited raadslid answers it (lib/worksheets/repeats.ts).
  {
    file: "lib/worksheets/actions.ts",
    name: "startRepeatAction",
    allowed: RUNNERS,
    call: async (fx, g) => {
      const s = await fx.closedWorksheet();
      return [g, IDLE, form({ sessionId: s.id, momentId: s.evaluationMomentId })];
    },
  },
  {
    file: "lib/worksheets/actions.ts",
    name: "controlRepeatAction",
    allowed: RUNNERS,
    call: async (fx, g) => {
      const r = await fx.repeat();
      return [g, IDLE, form({ sessionId: r.id, repeatId: r.repeatId, command: "close" })];
    },
  },
  {
    file: "lib/worksheets/actions.ts",
    name: "saveRepeatAnswerAction",
    allowed: ["RAADSLID"],
    call: async (fx, g) => {
      const r = await fx.repeat();
      return [g, r.id, r.repeatId, IDLE, form({ actorId: r.repeatActorId, rung: "FACILITEREN", promise: "anonymous" })];
    },
  },
  // The live session's rounds and programme: whoever runs it (a facilitator only of sessions they facilitate).
  {
    file: "lib/live/actions.ts",
    name: "setLiveRoundAction",
    allowed: RUNNERS,
    call: async (fx, g) => [g, (await fx.session("LIVE")).id, IDLE, form({ round: "GEWENST" })],
  },
  {
    file: "lib/live/actions.ts",
    name: "steerProgrammeAction",
    allowed: RUNNERS,
    call: async (fx, g) => {
      const s = await fx.session("LIVE");
      return [g, s.id, IDLE, form({ itemId: s.agendaItemId, command: "addTime" })];
    },
  },
];

/** Ids a route URL may need (all of voorbeeld). */
export type RouteIds = {
  gemeente: string;
  sessionId: string;
  ownCardId: string;
  membershipId: string;
  guestSessionId: string;
  repeat: { sessionId: string; repeatId: string };
  /** The herhaling the GUEST subject joined, and another one open to guests that they did not. */
  guestRepeatId: string;
  otherGuestRepeatId: string;
};

export type RouteRow = {
  /** The page.tsx or route.ts file, relative to the project root. */
  file: string;
  path: (ids: RouteIds) => string;
  allowed: Subject[];
  /** A server-sent events stream: only the status is read. */
  stream?: boolean;
};

const S = (ids: RouteIds) => `/${ids.gemeente}/sessies/${ids.sessionId}`;
const APP = "app/(app)/[gemeente]";
const SESSION = `${APP}/sessies/[sessieId]`;

export const ROUTE_ROWS: RouteRow[] = [
  { file: "app/page.tsx", path: () => "/", allowed: SIGNED_IN },
  { file: "app/(auth)/inloggen/page.tsx", path: () => "/inloggen", allowed: EVERYONE },
  { file: "app/toegankelijkheid/page.tsx", path: () => "/toegankelijkheid", allowed: EVERYONE },
  { file: "app/(auth)/wachtwoord-vergeten/page.tsx", path: () => "/wachtwoord-vergeten", allowed: EVERYONE },
  { file: "app/(auth)/wachtwoord-herstellen/[token]/page.tsx", path: () => `/wachtwoord-herstellen/${"x".repeat(43)}`, allowed: EVERYONE },
  { file: "app/(auth)/uitnodiging/[token]/page.tsx", path: () => `/uitnodiging/${"x".repeat(43)}`, allowed: EVERYONE },
  { file: "app/(auth)/aanwezigheid/[token]/page.tsx", path: () => `/aanwezigheid/r1.x.y.${"x".repeat(43)}`, allowed: EVERYONE },
  { file: "app/api/health/route.ts", path: () => "/api/health", allowed: EVERYONE },
  { file: "app/api/health/live/route.ts", path: () => "/api/health/live", allowed: EVERYONE },
  { file: "app/api/health/ready/route.ts", path: () => "/api/health/ready", allowed: EVERYONE },
  { file: "app/api/auth/[...nextauth]/route.ts", path: () => "/api/auth/csrf", allowed: EVERYONE },
  // Joining is for everyone: members by their role, anyone else as a guest when the session lets guests in.
  { file: "app/meedoen/page.tsx", path: () => "/meedoen", allowed: EVERYONE },
  // A guest's pages: only the guest of that session (the fixture releases the results); nobody else, and not another session.
  { file: "app/gast/[sessieId]/page.tsx", path: (ids) => `/gast/${ids.guestSessionId}`, allowed: ["GUEST"] },
  { file: "app/gast/[sessieId]/page.tsx", path: (ids) => `/gast/${ids.sessionId}`, allowed: [] },
  { file: "app/gast/[sessieId]/uitslag/page.tsx", path: (ids) => `/gast/${ids.guestSessionId}/uitslag`, allowed: ["GUEST"] },
  { file: "app/gast/[sessieId]/uitslag/page.tsx", path: (ids) => `/gast/${ids.sessionId}/uitslag`, allowed: [] },
  // A herhaling's guest page: only the guest who joined that herhaling (its own cookie); not another herhaling.
  { file: "app/gast/herhaling/[herhalingId]/page.tsx", path: (ids) => `/gast/herhaling/${ids.guestRepeatId}`, allowed: ["GUEST"] },
  { file: "app/gast/herhaling/[herhalingId]/page.tsx", path: (ids) => `/gast/herhaling/${ids.otherGuestRepeatId}`, allowed: [] },
  { file: "app/projectie/[gemeente]/[sessieId]/page.tsx", path: (ids) => `/projectie/${ids.gemeente}/${ids.sessionId}`, allowed: RUNNERS },
  // Pages of a gemeente without ids: the outsider's own gemeente is theirs to see (OUTSIDER_OWN).
  { file: `${APP}/page.tsx`, path: (ids) => `/${ids.gemeente}`, allowed: [...GEMEENTE_MEMBERS, "OUTSIDER_OWN"] },
  { file: `${APP}/leden/page.tsx`, path: (ids) => `/${ids.gemeente}/leden`, allowed: ["BEHEERDER"] },
  { file: `${APP}/account/page.tsx`, path: (ids) => `/${ids.gemeente}/account`, allowed: [...GEMEENTE_MEMBERS, "OUTSIDER_OWN"] },
  { file: `${APP}/sessies/page.tsx`, path: (ids) => `/${ids.gemeente}/sessies`, allowed: [...GEMEENTE_MEMBERS, "OUTSIDER_OWN"] },
  { file: `${APP}/sessies/nieuw/page.tsx`, path: (ids) => `/${ids.gemeente}/sessies/nieuw`, allowed: [...PREPARERS, "OUTSIDER_OWN"] },
  { file: `${APP}/sessies/importeren/page.tsx`, path: (ids) => `/${ids.gemeente}/sessies/importeren`, allowed: [...PREPARERS, "OUTSIDER_OWN"] },
  { file: `${APP}/sessies/sjablonen/page.tsx`, path: (ids) => `/${ids.gemeente}/sessies/sjablonen`, allowed: [...PREPARERS, "OUTSIDER_OWN"] },
  { file: `${APP}/leren/page.tsx`, path: (ids) => `/${ids.gemeente}/leren`, allowed: [...GEMEENTE_MEMBERS, "OUTSIDER_OWN"] },
  { file: `${APP}/zoeken/page.tsx`, path: (ids) => `/${ids.gemeente}/zoeken?q=matrix`, allowed: [...GEMEENTE_MEMBERS, "OUTSIDER_OWN"] },
  { file: `${APP}/bibliotheek/page.tsx`, path: (ids) => `/${ids.gemeente}/bibliotheek`, allowed: [...GEMEENTE_MEMBERS, "OUTSIDER_OWN"] },
  { file: `${APP}/bibliotheek/nieuw/page.tsx`, path: (ids) => `/${ids.gemeente}/bibliotheek/nieuw`, allowed: ["BEHEERDER"] },
  // A gemeente's own card is its own: outsiders do not see it (shipped cards are everyone's).
  { file: `${APP}/bibliotheek/[kaartId]/page.tsx`, path: (ids) => `/${ids.gemeente}/bibliotheek/${ids.ownCardId}`, allowed: GEMEENTE_MEMBERS },
  { file: `${APP}/bibliotheek/[kaartId]/bewerken/page.tsx`, path: (ids) => `/${ids.gemeente}/bibliotheek/${ids.ownCardId}/bewerken`, allowed: ["BEHEERDER"] },
  // The toezeggingenlijst of the gemeente: every member, over the sessions they see (an outsider gets their own gemeente's).
  { file: `${APP}/toezeggingen.csv/route.ts`, path: (ids) => `/${ids.gemeente}/toezeggingen.csv`, allowed: [...GEMEENTE_MEMBERS, "OUTSIDER_OWN"] },
  { file: `${APP}/toezeggingen.pdf/route.ts`, path: (ids) => `/${ids.gemeente}/toezeggingen.pdf`, allowed: [...GEMEENTE_MEMBERS, "OUTSIDER_OWN"] },
  { file: `${APP}/leden/[lidId]/gegevens.json/route.ts`, path: (ids) => `/${ids.gemeente}/leden/${ids.membershipId}/gegevens.json`, allowed: ["BEHEERDER"] },
  // Any other path inside a gemeente is "niet gevonden" for everyone (inside the app shell for members).
  { file: `${APP}/[...onbekend]/page.tsx`, path: (ids) => `/${ids.gemeente}/bestaat-niet`, allowed: [] },
  // The benchmark's baseline exists only in `npm run bench`'s own run (BERAAD_BENCH=1).
  { file: "app/bench/bare/page.tsx", path: () => "/bench/bare", allowed: [] },
  { file: "app/bench/memory/route.ts", path: () => "/bench/memory", allowed: [] },
  { file: `${APP}/bench/page.tsx`, path: (ids) => `/${ids.gemeente}/bench`, allowed: [] },
  { file: `${SESSION}/page.tsx`, path: S, allowed: MEMBERS },
  { file: `${SESSION}/bewerken/page.tsx`, path: (ids) => `${S(ids)}/bewerken`, allowed: PREPARERS },
  { file: `${SESSION}/programma/page.tsx`, path: (ids) => `${S(ids)}/programma`, allowed: MEMBERS },
  // The draaiboek (print page outside the app shell, and its PDF): whoever sees the programme.
  { file: "app/draaiboek/[gemeente]/[sessieId]/page.tsx", path: (ids) => `/draaiboek/${ids.gemeente}/${ids.sessionId}`, allowed: MEMBERS },
  { file: `${SESSION}/draaiboek.pdf/route.ts`, path: (ids) => `${S(ids)}/draaiboek.pdf`, allowed: MEMBERS },
  { file: `${SESSION}/stappen/[stap]/page.tsx`, path: (ids) => `${S(ids)}/stappen/probleem`, allowed: ["BEHEERDER", "GRIFFIER", "FACILITATOR"] },
  { file: `${SESSION}/planning/page.tsx`, path: (ids) => `${S(ids)}/planning`, allowed: ["BEHEERDER", "GRIFFIER", "FACILITATOR"] },
  { file: `${SESSION}/waarden/page.tsx`, path: (ids) => `${S(ids)}/waarden`, allowed: MEMBERS },
  { file: `${SESSION}/werkblad/page.tsx`, path: (ids) => `${S(ids)}/werkblad`, allowed: ["RAADSLID"] },
  // A herhaling is answered by the invited raadslid, like the first round.
  { file: `${SESSION}/werkblad/herhaling/[herhalingId]/page.tsx`, path: (ids) => `/${ids.gemeente}/sessies/${ids.repeat.sessionId}/werkblad/herhaling/${ids.repeat.repeatId}`, allowed: ["RAADSLID"] },
  // Results: griffier and facilitator always, an invited raadslid once released (the fixture releases them);
  // the beheerder manages people, not sessions they are not part of (lib/worksheets/results.ts).
  { file: `${SESSION}/werkblad/uitslag/page.tsx`, path: (ids) => `${S(ids)}/werkblad/uitslag`, allowed: ["GRIFFIER", "FACILITATOR", "RAADSLID"] },
  { file: `${SESSION}/terugblik/page.tsx`, path: (ids) => `${S(ids)}/terugblik`, allowed: REVIEWERS },
  // The verslag: its reviewers always; every member of voorbeeld once the griffier shared it (the fixture
  // shares it; tests/e2e/report-sharing.spec.ts and the integration test check "never before sharing").
  // A facilitator reads only the sessions they facilitate (lib/auth/policy.ts#reportScope).
  { file: `${SESSION}/verslag/page.tsx`, path: (ids) => `${S(ids)}/verslag`, allowed: MEMBERS },
  { file: `${SESSION}/verslag.pdf/route.ts`, path: (ids) => `${S(ids)}/verslag.pdf`, allowed: MEMBERS },
  { file: `${SESSION}/raadsinformatiebrief.docx/route.ts`, path: (ids) => `${S(ids)}/raadsinformatiebrief.docx`, allowed: MEMBERS },
  // One session's toezeggingenlijst: whoever sees the session and its commitments.
  { file: `${SESSION}/toezeggingen.csv/route.ts`, path: (ids) => `${S(ids)}/toezeggingen.csv`, allowed: MEMBERS },
  { file: `${SESSION}/toezeggingen.pdf/route.ts`, path: (ids) => `${S(ids)}/toezeggingen.pdf`, allowed: MEMBERS },
  { file: `${SESSION}/export.json/route.ts`, path: (ids) => `${S(ids)}/export.json`, allowed: REVIEWERS },
  { file: `${SESSION}/werkblad.csv/route.ts`, path: (ids) => `${S(ids)}/werkblad.csv`, allowed: REVIEWERS },
  { file: `${SESSION}/evaluatie.ics/route.ts`, path: (ids) => `${S(ids)}/evaluatie.ics`, allowed: MEMBERS },
  { file: `${SESSION}/live/route.ts`, path: (ids) => `${S(ids)}/live`, allowed: RUNNERS, stream: true },
  // A phone follows the round: members who see the session; a guest only their own session's.
  { file: `${SESSION}/ronde/route.ts`, path: (ids) => `${S(ids)}/ronde`, allowed: MEMBERS, stream: true },
  { file: "app/gast/[sessieId]/ronde/route.ts", path: (ids) => `/gast/${ids.guestSessionId}/ronde`, allowed: ["GUEST"], stream: true },
  { file: "app/gast/[sessieId]/ronde/route.ts", path: (ids) => `/gast/${ids.sessionId}/ronde`, allowed: [], stream: true },
];

/** Every cell of the matrix, for counting. */
export const cellCount = () => (ACTION_ROWS.length + ROUTE_ROWS.length) * SUBJECTS.length;
