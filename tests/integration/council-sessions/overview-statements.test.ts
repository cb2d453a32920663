import { describe, expect, it } from "vitest";
import { accountOfSession, loadActor } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { startSignInSession } from "@/lib/auth/sign-in-sessions";
import { changeSessionStatus } from "@/lib/council-sessions/change-status";
import { getSessionOverview, getStepPageSession } from "@/lib/council-sessions/get-session";
import { loadPreparerDashboard } from "@/lib/dashboard/dashboard";
import { addCommitment, listOpenCommitments } from "@/lib/commitments/commitments";
import { listCouncilSessions } from "@/lib/council-sessions/list-sessions";
import { db } from "@/lib/db";
import { guestCasesForControl } from "@/lib/guests/cases";
import { joinAsGuest } from "@/lib/guests/join";
import { repeatGuestPanels, saveRepeatGuestAnswer } from "@/lib/guests/repeats";
import { guestSettings, saveGuestSettings } from "@/lib/guests/settings";
import { sessionAttendance } from "@/lib/invitations/attendance";
import { liveProgramme, setLiveRound } from "@/lib/live/rounds";
import { preparationGroup, setPreparationGroup } from "@/lib/preparation-group/group";
import { saveStep } from "@/lib/preparation/save-step";
import { emptyStepData } from "@/lib/preparation/schemas";
import { myWorksheet, myWorksheetPage, saveAnswer } from "@/lib/worksheets/answers";
import { worksheetRoom } from "@/lib/worksheets/room";
import { controlWorksheet } from "@/lib/worksheets/manage-worksheet";
import { councilRung, sessionCouncilRung } from "@/lib/worksheets/results";
import { worksheetStatus } from "@/lib/worksheets/status";
import { reportModel } from "@/lib/report/report-model";
import { controlRepeat, openRepeats, sessionRepeats, startRepeat } from "@/lib/worksheets/repeats";
import { worksheetShift } from "@/lib/worksheets/shift";
import { answeredSession, council } from "../privacy/fixtures";
import { liveSessionWithGuests } from "../guests/fixtures";
import { createGemeente, createMember, createSession, newClient } from "@/tests/support/factories";
import { statementsOf } from "@/tests/support/statements";

// Issue 17: a page request may send at most 3 statements. Signing in is one
// (lib/auth/membership.ts#accountOfSession), so a page's data loader gets two;
// the session overview's and the dashboard's need one and two.
const TODAY = "2027-03-01";

/** A live session with everything the overview shows: a named worksheet with answers, guests and their cases, answers to the invitation, a preparation group, a commitment. */
async function liveSession({ anonymous }: { anonymous: boolean }) {
  const gemeente = await createGemeente(anonymous ? "Telstad anoniem" : "Telstad");
  const griffier = await createMember(gemeente, "GRIFFIER");
  const beheerder = await createMember(gemeente, "BEHEERDER");
  const facilitator = await createMember(gemeente, "FACILITATOR");
  const raadsleden = [await createMember(gemeente, "RAADSLID"), await createMember(gemeente, "RAADSLID"), await createMember(gemeente, "RAADSLID")];
  const session = await createSession(griffier, { facilitatorIds: [facilitator.membershipId], inviteeIds: raadsleden.map((r) => r.membershipId) });
  await saveStep(griffier, { sessionId: session.id, number: 4, version: 1, status: "BEZIG", nvtReason: "", data: { ...emptyStepData(4), question: "Welke rol past?" } });
  if (!anonymous) await controlWorksheet(griffier, { sessionId: session.id, command: "named" });
  await controlWorksheet(griffier, { sessionId: session.id, command: "open" });
  const actors = (await myWorksheet(raadsleden[0], session.id)).actors;
  for (const [i, r] of raadsleden.entries()) {
    await saveAnswer(r, session.id, { actorId: actors[0].id, rung: i === 0 ? "LOSLATEN" : "REGULEREN", motivation: "", promise: anonymous ? "anonymous" : "named" });
  }
  for (const to of ["VOORBEREID", "LIVE"] as const) await changeSessionStatus(griffier, { sessionId: session.id, to });
  await setLiveRound(griffier, session.id, "GEWENST");
  await saveGuestSettings(griffier, session.id, { allowed: true, groups: ["Inwoners", "College"], cap: 50 });
  const guest = await db().guest.create({ data: { sessionId: session.id, group: "Inwoners" } });
  await db().guestCase.create({ data: { sessionId: session.id, guestId: guest.id, group: "Inwoners", description: "De bibliotheek sluit te vroeg.", values: ["nabijheid"] } });
  await db().sessionRsvp.create({ data: { sessionId: session.id, membershipId: raadsleden[1].membershipId, answer: "KOMT" } });
  await setPreparationGroup(griffier, session.id, [raadsleden[2].membershipId]);
  await addCommitment(griffier, session.id, { who: "Wethouder", what: "Brief over de openingstijden", toWhom: "de raad", dueDate: "2027-04-01" });
  return { griffier, beheerder, facilitator, raadsleden, session };
}

const overview = (actor: Actor, sessionId: string) => statementsOf(() => getSessionOverview(actor, sessionId, TODAY, "nl"));

describe("statements per page request (issue 17)", () => {
  it("the statement counter counts what a reader sends, so the limits below can fail", async () => {
    const { griffier, session } = await liveSession({ anonymous: false });
    // guestCasesForControl checks the scope, then reads the cases: two statements.
    const { statements } = await statementsOf(() => guestCasesForControl(griffier, session.id));
    expect(statements).toHaveLength(2);
  });

  it("the session overview is one statement for every role, and each part is what its own reader returns", async () => {
    for (const anonymous of [false, true]) {
      const { griffier, beheerder, facilitator, raadsleden, session } = await liveSession({ anonymous });
      for (const runner of [griffier, facilitator]) {
        const { result, statements } = await overview(runner, session.id);
        expect(statements).toHaveLength(1);
        expect(result.runner).not.toBeNull();
        expect(result.runner!.guests).toEqual(await guestSettings(runner, session.id));
        expect(result.runner!.guestCases).toEqual(await guestCasesForControl(runner, session.id));
        expect(result.runner!.live).toEqual(await liveProgramme(runner, session.id));
        expect(result.runner!.councilRung).toBe(await councilRung(runner, result.worksheet!));
        expect(result.attendance).toEqual(await sessionAttendance(runner, session.id));
      }
      // The named worksheet's council rung is the answers' most chosen (2 × REGULEREN); anonymous is unpublished while open.
      expect((await overview(griffier, session.id)).result.runner!.councilRung).toBe(anonymous ? null : "REGULEREN");

      const asGriffier = (await overview(griffier, session.id)).result;
      expect(asGriffier.preparationGroup).toEqual(await preparationGroup(griffier, session.id));
      expect(asGriffier.preparerNames).toHaveLength(1);
      expect(asGriffier.commitments).toHaveLength(1);

      // The beheerder prepares but does not run: group and attendance, no runner's part.
      const asBeheerder = await overview(beheerder, session.id);
      expect(asBeheerder.statements).toHaveLength(1);
      expect(asBeheerder.result.runner).toBeNull();
      expect(asBeheerder.result.preparationGroup).toEqual(await preparationGroup(griffier, session.id));
      expect(asBeheerder.result.attendance).toEqual(await sessionAttendance(beheerder, session.id));

      // A facilitator runs but does not prepare: no group candidates.
      expect((await overview(facilitator, session.id)).result.preparationGroup).toBeNull();

      // A raadslid: none of the gated parts, and the statement selects none of them either.
      const asRaadslid = await overview(raadsleden[0], session.id);
      expect(asRaadslid.statements).toHaveLength(1);
      expect(asRaadslid.result).toMatchObject({ runner: null, attendance: null, preparationGroup: null });
      const sql = asRaadslid.statements[0];
      for (const column of ["guest_groups", "live_round", "invitations_sent_at", "anonymity_threshold", "published", "session_rsvp", "guest_case", "role_answer"]) {
        expect(sql, column).not.toContain(`"${column}"`);
      }
      // The names of the preparation group are for everyone who sees the session's people.
      expect(asRaadslid.result.preparerNames).toEqual(asGriffier.preparerNames);
    }
  });

  it("on an anonymous worksheet the council's rung comes from what was published, at k or more", async () => {
    const { griffier, session } = await liveSession({ anonymous: true });
    const gemeenteId = griffier.gemeenteId;
    // 3 answers, k = 5: nothing of the council is published, so no rung (a named worksheet would give REGULEREN).
    await controlWorksheet(griffier, { sessionId: session.id, command: "close" });
    expect((await overview(griffier, session.id)).result.runner!.councilRung).toBeNull();
    // k = 3: reopened and closed, the council's figure is published and the rung is read from it.
    await db().gemeente.update({ where: { id: gemeenteId }, data: { anonymityThreshold: 3 } });
    await controlWorksheet(griffier, { sessionId: session.id, command: "reopen" });
    await controlWorksheet(griffier, { sessionId: session.id, command: "close" });
    const { result, statements } = await overview(griffier, session.id);
    expect(statements).toHaveLength(1);
    expect(result.runner!.councilRung).toBe("REGULEREN");
    expect(result.runner!.councilRung).toBe(await councilRung(griffier, result.worksheet!));
    expect(result.worksheet).not.toHaveProperty("answers");
  });

  it("a step page's session is one statement: the council's rung and the worksheet's state only for those who run it", async () => {
    for (const anonymous of [false, true]) {
      const { griffier, beheerder, facilitator, session } = await liveSession({ anonymous });
      for (const runner of [griffier, facilitator]) {
        const { result, statements } = await statementsOf(() => getStepPageSession(runner, session.id));
        expect(statements).toHaveLength(1);
        expect(result.runner!.councilRung).toBe(await sessionCouncilRung(runner, session.id));
        const status = await worksheetStatus(runner, session.id);
        expect(result.runner!.worksheet).toEqual({ state: status!.state, anonymous: status!.anonymous, resultsReleased: status!.resultsReleased });
        expect(result).not.toHaveProperty("worksheet");
      }
      expect((await getStepPageSession(griffier, session.id)).runner!.councilRung).toBe(anonymous ? null : "REGULEREN");
      // The beheerder prepares but does not run: no rung, and nothing it is read from is selected.
      const asBeheerder = await statementsOf(() => getStepPageSession(beheerder, session.id));
      expect(asBeheerder.statements).toHaveLength(1);
      expect(asBeheerder.result.runner).toBeNull();
      for (const column of ["anonymity_threshold", "published", "role_answer"]) expect(asBeheerder.statements[0], column).not.toContain(`"${column}"`);
    }
  });

  it("the review page's model is two statements, with a herhaling too, and shows the same rounds, herhalingen and attendance", async () => {
    for (const anonymous of [false, true]) {
      const { griffier, raadsleden } = await council(); // k = 3
      const { sessionId } = await answeredSession(griffier, raadsleden, { label: anonymous ? "anoniem" : "genoemd", anonymous, rungs: ["REGULEREN", "REGULEREN", "REGISSEREN"] });
      const moments = [{ id: "m-1", date: "2027-09-01", subject: "Evaluatie", participants: "", coversRoles: true, outcome: "", adjustments: "" }];
      const step9 = await db().preparationStep.findFirstOrThrow({ where: { sessionId, number: 9 }, select: { version: true } });
      await saveStep(griffier, { sessionId, number: 9, version: step9.version, status: "BEZIG", nvtReason: "", data: { ...emptyStepData(9), evaluationMoments: moments } });
      const withoutRepeat = await statementsOf(() => reportModel(griffier, sessionId));
      expect(withoutRepeat.statements).toHaveLength(2);
      expect(withoutRepeat.result.shift).toBeNull();
      expect(withoutRepeat.result.shift).toEqual(await worksheetShift(griffier, sessionId));

      const repeatId = await startRepeat(griffier, { sessionId, momentId: "m-1" });
      const { actors } = await myWorksheet(raadsleden[0], sessionId, repeatId);
      for (const r of raadsleden) await saveAnswer(r, sessionId, { actorId: actors[0].id, rung: "LOSLATEN", motivation: "", promise: anonymous ? "anonymous" : "named" }, repeatId);
      await db().guest.createMany({ data: [{ sessionId, group: "Inwoners" }, { sessionId, group: "College" }, { sessionId, group: "Inwoners" }] });

      const { result, statements } = await statementsOf(() => reportModel(griffier, sessionId));
      expect(statements).toHaveLength(2);
      expect(result.shift).not.toBeNull();
      expect(result.shift!.rounds).toHaveLength(2);
      expect(result.shift).toEqual(await worksheetShift(griffier, sessionId));
      expect(result.repeats).toEqual(await sessionRepeats(griffier, sessionId));
      expect(result.repeats!.moments[0]!.repeat?.id).toBe(repeatId);
      expect(result.attendance.guests).toEqual([{ group: "College", count: 1 }, { group: "Inwoners", count: 2 }]);
      expect(result.attendance.people.map((p) => p.kind)).toEqual(["RAADSLID", "RAADSLID", "RAADSLID"]);
    }
  });

  it("the review page's request is at most 3 statements with herhalingen guests answered, and its guest panels are repeatGuestPanels'", async () => {
    const { griffier, raadsleden, sessionId, actors } = await liveSessionWithGuests({ k: 3, count: 3 });
    for (const r of raadsleden) await saveAnswer(r, sessionId, { actorId: actors[0].id, rung: "REGULEREN", motivation: "", promise: "anonymous" });
    await controlWorksheet(griffier, { sessionId, command: "close" });
    await changeSessionStatus(griffier, { sessionId, to: "AFGEROND" });
    const moments = [
      { id: "m-gasten", date: "2027-09-01", subject: "Met gasten", participants: "", coversRoles: true, outcome: "", adjustments: "" },
      { id: "m-raad", date: "2027-11-01", subject: "Alleen de raad", participants: "", coversRoles: true, outcome: "", adjustments: "" },
    ];
    const step9 = await db().preparationStep.findFirstOrThrow({ where: { sessionId, number: 9 }, select: { version: true } });
    await saveStep(griffier, { sessionId, number: 9, version: step9.version, status: "BEZIG", nvtReason: "", data: { ...emptyStepData(9), evaluationMoments: moments } });
    const withGuests = await startRepeat(griffier, { sessionId, momentId: "m-gasten", guests: true });
    const councilOnly = await startRepeat(griffier, { sessionId, momentId: "m-raad" });
    const repeat = await db().roleWorksheet.findUniqueOrThrow({ where: { id: withGuests }, select: { joinCode: true, actors: { select: { id: true }, orderBy: { position: "asc" } } } });
    // Three guests (k = 3) and the raadsleden answer the herhaling; closing it publishes the guests' group.
    for (const i of [1, 2, 3]) {
      const { guestId, repeatId } = await joinAsGuest({ code: repeat.joinCode!, group: "Inwoners", nickname: "" }, newClient());
      const guest = { id: guestId, group: "Inwoners", nickname: "", repeatId: repeatId!, sessionId, sessionTitle: "", gemeenteName: "" };
      await saveRepeatGuestAnswer(guest, { actorId: repeat.actors[0]!.id, rung: "LOSLATEN", motivation: `gast ${i}`, promise: "anonymous" });
    }
    for (const r of raadsleden) await saveAnswer(r, sessionId, { actorId: repeat.actors[0]!.id, rung: "LOSLATEN", motivation: "", promise: "anonymous" }, withGuests);
    await controlRepeat(griffier, { sessionId, repeatId: withGuests, command: "close" });

    // The page's request: who is signed in (one statement, lib/auth/membership.ts), then the verslag's model.
    const sid = await startSignInSession(griffier.userId);
    const { result, statements } = await statementsOf(async () => {
      const account = await accountOfSession(griffier.userId, sid);
      return reportModel(await loadActor(account!, griffier.gemeenteSlug, "sessions.review"), sessionId);
    });
    expect(statements.length).toBeLessThanOrEqual(3);
    // The panels as the page read them before, in a statement of their own.
    const before = await repeatGuestPanels(griffier, sessionId);
    expect(result.repeatGuests).toEqual(before);
    expect(before).toEqual({
      sessionAllowsGuests: true,
      repeats: { [withGuests]: { allowed: true, code: repeat.joinCode, joined: 3 }, [councilOnly]: { allowed: false, code: null, joined: 0 } },
    });
    // The guests' answers reach the page only as their group's published figures (from k), never as answers.
    expect(result.shift!.actors[0]!.guests).toEqual(expect.arrayContaining([expect.objectContaining({ group: "Inwoners" })]));
    for (const sql of statements) expect(sql).not.toMatch(/guest_answer/);
    expect(JSON.stringify(result)).not.toContain("gast 1");

    // A raadslid reading the shared verslag gets no panels.
    await db().councilSession.update({ where: { id: sessionId }, data: { sharedParts: { set: ["REPORT"] } } });
    expect((await reportModel(raadsleden[0]!, sessionId)).repeatGuests).toBeNull();
  });

  it("the worksheet page's data is one statement: the raadslid's worksheet, the herhalingen open to answer (as openRepeats lists them), the room for input and the round", async () => {
    const { griffier, raadsleden } = await council();
    const { sessionId } = await answeredSession(griffier, raadsleden, { label: "werkblad", anonymous: true, rungs: ["REGULEREN", "REGULEREN", "REGISSEREN"] });
    const moments = [
      { id: "m-laat", date: "2027-11-01", subject: "Tweede evaluatie", participants: "", coversRoles: true, outcome: "", adjustments: "" },
      { id: "m-vroeg", date: "2027-09-01", subject: "Eerste evaluatie", participants: "", coversRoles: true, outcome: "", adjustments: "" },
    ];
    const step9 = await db().preparationStep.findFirstOrThrow({ where: { sessionId, number: 9 }, select: { version: true } });
    await saveStep(griffier, { sessionId, number: 9, version: step9.version, status: "BEZIG", nvtReason: "", data: { ...emptyStepData(9), evaluationMoments: moments } });
    const late = await startRepeat(griffier, { sessionId, momentId: "m-laat" });
    const early = await startRepeat(griffier, { sessionId, momentId: "m-vroeg" });

    const { result, statements } = await statementsOf(() => myWorksheetPage(raadsleden[0], sessionId));
    expect(statements).toHaveLength(1);
    expect(result.openRepeats).toEqual([
      { id: early, date: "2027-09-01", subject: "Eerste evaluatie" },
      { id: late, date: "2027-11-01", subject: "Tweede evaluatie" },
    ]);
    expect(result.openRepeats).toEqual(await openRepeats(raadsleden[0], sessionId));
    // The same worksheet, own answers and room for input as their own reads; no round before the session is live.
    const byActor = <T extends { actorId: string }>(answers: T[]) => [...answers].sort((a, b) => a.actorId.localeCompare(b.actorId));
    const own = await myWorksheet(raadsleden[0], sessionId);
    expect(own.answers.length).toBeGreaterThan(0);
    expect({ ...result, answers: byActor(result.answers) }).toEqual({
      ...own,
      answers: byActor(own.answers),
      openRepeats: result.openRepeats,
      room: await worksheetRoom(raadsleden[0], sessionId),
      round: null,
    });

    // Live, the room's round comes along; without the room for input shared, no room.
    await db().councilSession.update({ where: { id: sessionId }, data: { status: "LIVE", liveRound: "CASUS", sharedParts: { set: ["PROGRAMME"] } } });
    expect(await myWorksheetPage(raadsleden[0], sessionId)).toMatchObject({ round: "CASUS", room: null });
  });

  it("the griffier's dashboard is two statements, with the same sessions and open commitments as the lists", async () => {
    const { griffier } = await liveSession({ anonymous: false });
    const { result, statements } = await statementsOf(() => loadPreparerDashboard(griffier, TODAY));
    expect(statements).toHaveLength(2);
    expect(result.sessions).toEqual((await listCouncilSessions(griffier)).map((s) => ({ ...s, stepsTotal: 10 })));
    expect(result.commitments).toEqual(await listOpenCommitments(griffier, TODAY));
  });
});
