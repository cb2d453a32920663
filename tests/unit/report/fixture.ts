import { toStepsInput } from "@/lib/preparation/load";
import { participantSummary, roomForInputStatement } from "@/lib/preparation/rendering";
import { reportContent } from "@/lib/report/content";
import type { ReportModel } from "@/lib/report/report-model";

export { translator } from "@/tests/support/translator";

const stored = [
  { number: 1, status: "KLAAR" as const, data: { direction: "BUITEN_NAAR_BINNEN", explorations: [{ id: "e1", title: "Werkbezoek wijkteam Noord", groups: "ouders, jongerenwerkers", method: "WERKBEZOEK", date: "2027-01-20", findings: "Ouders weten niet bij wie ze terechtkunnen.", raadsleden: "Jansen, De Vries" }] } },
  { number: 3, status: "BEZIG" as const, data: { problemStatement: "Gezinnen wachten te lang op passende hulp.", problemDefinedWithStakeholders: true, stakeholders: [{ id: "s1", name: "Scholen", coDefinesProblem: true }], responsibilities: [{ id: "r1", aspect: "Signalering", responsible: "Scholen en wijkteam" }] } },
  { number: 4, status: "KLAAR" as const, data: { question: "Welke rol past de raad bij jeugdzorg?", intendedCouncilRung: "REGISSEREN", othersView: "Partners zien de raad vooral als regisseur." } },
  { number: 5, status: "KLAAR" as const, data: { decision: { level: "BEPERKT", explanation: "" }, financial: { level: "RUIM", explanation: "", amount: 25000 } } },
  { number: 6, status: "KLAAR" as const, data: { cooperation: "De gemeenschappelijke regeling jeugd.", councilMoments: [{ id: "m1", date: "2027-06-10", description: "Kadernota" }], feedbackAgreements: [{ id: "f1", what: "Voortgangsbrief", when: "elk kwartaal", how: "raadsinformatiebrief" }] } },
  { number: 7, status: "KLAAR" as const, data: { invitees: [{ id: "i1", name: "A. Bakker", organisation: "Jeugdfonds", function: "directeur", invitationStatus: "TOEGEZEGD" }] } },
  { number: 8, status: "KLAAR" as const, data: { participants: [{ id: "p1", group: "Ouders", count: 12, usualSuspect: false }, { id: "p2", group: "Vaste insprekers", count: 4, usualSuspect: true }] } },
  { number: 9, status: "KLAAR" as const, data: { evaluationMoments: [{ id: "ev2", date: "2027-12-01", subject: "Rolverdeling", coversRoles: true }, { id: "ev1", date: "2027-09-01", subject: "Wachttijden", outcome: "Wachttijd gedaald" }] } },
];

/** A verslag's model as reportModel builds it, made from step data by the same pure functions. */
export function reportFixture(overrides: { reviewer?: boolean } = {}): ReportModel {
  const steps = toStepsInput(stored);
  const session = {
    title: "Jeugdzorg: wie doet wat?",
    theme: "jeugdzorg",
    startsAt: new Date("2027-03-04T18:30:00Z"),
    location: "Raadzaal",
    description: "Een avond over de rol van de raad.",
    sharedParts: ["REPORT"],
    reviewStoodOut: "Veel eensgezindheid over de wijkteams.",
    reviewAgreements: null,
    reviewNextSteps: null,
    invitees: [{ membershipId: "m1", name: "Jansen" }, { membershipId: "m2", name: "De Vries" }],
    facilitators: [{ membershipId: "m3", name: "Facilitator Fenna" }],
    agendaItems: [
      { id: "a1", title: "Opening en kennismaking", phase: "BEELDVORMING", durationMinutes: 15 },
      { id: "a2", title: "Stellingenspel", phase: "OORDEELSVORMING", durationMinutes: 45 },
      { id: "a3", title: "Pauze", phase: "BEELDVORMING", durationMinutes: 10, skipped: true },
      { id: "a4", title: "Afspraken", phase: "BESLUITVORMING", durationMinutes: 20 },
    ],
  };
  const evaluationMoments = [...steps[9].data.evaluationMoments].sort((a, b) => a.date.localeCompare(b.date));
  return {
    session,
    reviewer: overrides.reviewer ?? true,
    results: {
      question: "Welke rol past bij jeugdzorg?",
      respondents: 7,
      minimumGroupSize: 5,
      answersPurgedAt: null,
      actors: [
        {
          actorId: "x1",
          name: "Gemeenteraad",
          summary: { distribution: { REGULEREN: 1, REGISSEREN: 4, STIMULEREN: 2, FACILITEREN: 0, LOSLATEN: 0 }, consensus: 0.72, reading: "GROOT", mostChosen: ["REGISSEREN"] },
          now: null,
          gap: null,
          guestGroups: [],
        },
        // Below the minimum group size: nothing of it may be shown.
        { actorId: "x2", name: "Inwoners", summary: null, now: null, gap: null, guestGroups: [] },
        // Enough people for the next page: headings, tables and figures stay in order across pages.
        ...Array.from({ length: 8 }, (_, n) => ({
          actorId: `p${n}`,
          name: `Partner ${n + 1}`,
          summary: { distribution: { REGULEREN: 0, REGISSEREN: 1, STIMULEREN: 2, FACILITEREN: 3, LOSLATEN: n }, consensus: null, reading: null, mostChosen: ["FACILITEREN"] },
          now: null,
          gap: null,
          guestGroups: [],
        })),
      ],
    },
    shift: null,
    values: {
      values: [
        { id: "v1", name: "Vertrouwen", count: 3, link: { indicator: "Wachttijd" }, trail: [{ momentId: "ev1", date: "2027-09-01", subject: "Wachttijden", verdict: "BIJSTUREN", evidence: "Nog 9 weken wachten" }, { momentId: "ev2", date: "2027-12-01", subject: "Rolverdeling", verdict: null, evidence: "" }] },
        { id: "v2", name: "Autonomie", count: 1, link: null, trail: [] },
      ],
      tensions: [{ a: "Autonomie", b: "Vertrouwen", cases: [{ id: "c1", description: "Fusie", note: "Scholen willen zelf kiezen" }] }],
      moments: [],
      cases: [],
    },
    rankings: [
      { value: { id: "v1", name: "Vertrouwen" }, ranks: [{ fractie: { id: "f1", name: "Lokaal Belang" }, rank: 1 }, { fractie: { id: "f2", name: "Groen Links Midden" }, rank: 2 }], differs: false },
      { value: { id: "v2", name: "Autonomie" }, ranks: [{ fractie: { id: "f1", name: "Lokaal Belang" }, rank: 2 }, { fractie: { id: "f2", name: "Groen Links Midden" }, rank: null }], differs: true },
    ],
    attendance: {
      people: [
        { name: "Facilitator Fenna", kind: "FACILITATOR", answer: "KOMT" },
        { name: "De Vries", kind: "RAADSLID", answer: null },
        { name: "Jansen", kind: "RAADSLID", answer: "KOMT_NIET" },
      ],
      guests: [{ group: "Inwoners", count: 3 }],
    },
    commitments: [{ id: "k1", who: "Wethouder Jansen", what: "Een brief over de wachtlijsten", toWhom: "", status: "OPEN", dueDate: "2027-05-01", madeOn: "2027-03-04", madeAt: "Raad in Beraad jeugdzorg", settlement: "" }],
    content: reportContent(steps, session),
    roomForInput: roomForInputStatement(steps[5].data, "council"),
    participation: participantSummary(steps[8].data),
    evaluationMoments,
    progress: { done: 3, total: 10, steps: [{ number: 1, messageKey: "steps.probleem", status: "KLAAR" }] },
  } as unknown as ReportModel;
}
