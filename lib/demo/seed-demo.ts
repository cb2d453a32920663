import { hashPassword } from "@/lib/auth/password";
import type { PrismaClient } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { STARTING_VALUES } from "@/lib/values/starting-values";
import { toLocalDateTime } from "@/lib/dates";
import { proposeDeadlines } from "@/lib/planning/lead-times";
import type { Rung } from "@/lib/preparation/rungs";
import type { StepNumber } from "@/lib/preparation/steps";
import { publishResults } from "@/lib/worksheets/publication";

export const DEMO_PASSWORD = "beraad-demo";
export const DEMO_GEMEENTE = { name: "Voorbeeld", slug: "voorbeeld", cbsCode: "GM9999" } as const;

export const DEMO_PEOPLE: { email: string; name: string; role: Role }[] = [
  { email: "beheerder@voorbeeld.nl", name: "Bea Beheer", role: "BEHEERDER" },
  { email: "griffier@voorbeeld.nl", name: "Gerrit de Griffier", role: "GRIFFIER" },
  { email: "facilitator@voorbeeld.nl", name: "Fatima Facilitator", role: "FACILITATOR" },
  { email: "raadslid1@voorbeeld.nl", name: "Anouk Jansen", role: "RAADSLID" },
  { email: "raadslid2@voorbeeld.nl", name: "Bram de Vries", role: "RAADSLID" },
  { email: "raadslid3@voorbeeld.nl", name: "Chantal Bakker", role: "RAADSLID" },
  { email: "raadslid4@voorbeeld.nl", name: "Dennis Visser", role: "RAADSLID" },
  { email: "raadslid5@voorbeeld.nl", name: "Esra Yılmaz", role: "RAADSLID" },
];

/** A second gemeente, so switching between gemeenten can be tried. */
export const DEMO_GEMEENTE_2 = { name: "Rivierdal", slug: "rivierdal", cbsCode: "GM9998" } as const;

/**
 * The griffier of Rivierdal also facilitates sessions in Voorbeeld: one person,
 * two gemeenten, a different role in each.
 */
export const DEMO_PEOPLE_2: { email: string; name: string; role: Role; alsoInVoorbeeld?: Role }[] = [
  { email: "griffier@rivierdal.nl", name: "Rik van Rivierdal", role: "GRIFFIER", alsoInVoorbeeld: "FACILITATOR" },
  { email: "raadslid@rivierdal.nl", name: "Ilse Mulder", role: "RAADSLID" },
];

/** Who and where the demo is: the demo itself, or a copy of it under other addresses (a test's own, see demoCopy). */
export type DemoNames = {
  gemeente: { name: string; slug: string; cbsCode: string };
  people: { email: string; name: string; role: Role }[];
  gemeente2: { name: string; slug: string; cbsCode: string };
  people2: { email: string; name: string; role: Role; alsoInVoorbeeld?: Role }[];
};

export const DEMO_NAMES: DemoNames = { gemeente: DEMO_GEMEENTE, people: DEMO_PEOPLE, gemeente2: DEMO_GEMEENTE_2, people2: DEMO_PEOPLE_2 };

/**
 * The demo under its own addresses: gemeenten "voorbeeld-<tag>" and
 * "rivierdal-<tag>", people "griffier@voorbeeld-<tag>.nl" and so on, names and
 * content the same. End-to-end tests each work in such a copy, so they can run
 * side by side without changing what another test reads.
 */
export function demoCopy(tag: string, cbsNumber: number): DemoNames {
  const moved = (email: string) => email.replace(/@(\w+)\.nl$/, `@$1-${tag}.nl`);
  return {
    gemeente: { name: DEMO_GEMEENTE.name, slug: `${DEMO_GEMEENTE.slug}-${tag}`, cbsCode: `GM${String(cbsNumber).padStart(4, "0")}` },
    people: DEMO_PEOPLE.map((p) => ({ ...p, email: moved(p.email) })),
    gemeente2: { name: DEMO_GEMEENTE_2.name, slug: `${DEMO_GEMEENTE_2.slug}-${tag}`, cbsCode: `GM${String(cbsNumber + 1).padStart(4, "0")}` },
    people2: DEMO_PEOPLE_2.map((p) => ({ ...p, email: moved(p.email) })),
  };
}

/**
 * Adds the demo gemeente "Voorbeeld" with one person per role, five raadsleden,
 * one session on youth care that is half prepared (so the overview shows
 * progress, missing items and warnings), and two earlier sessions — one waiting
 * for its review, one evaluated — whose learning fills the timeline. Also the
 * small gemeente "Rivierdal", whose griffier facilitates in Voorbeeld.
 */
export async function seedDemo(client: PrismaClient, now = new Date(), names: DemoNames = DEMO_NAMES): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // A generous timeout: seeded while a test run keeps the machine busy, it must not give up at 5 s.
  await client.$transaction(async (tx) => {
    const gemeente = await tx.gemeente.create({ data: names.gemeente });
    const memberships: Record<string, { id: string; role: Role }> = {};
    // By the demo's own address, whatever address the copy gives the person.
    for (const [n, person] of names.people.entries()) {
      const user = await tx.user.create({
        data: {
          email: person.email,
          name: person.name,
          passwordHash,
          memberships: { create: { gemeenteId: gemeente.id, role: person.role } },
        },
        select: { memberships: { select: { id: true, role: true } } },
      });
      memberships[DEMO_PEOPLE[n].email] = user.memberships[0];
    }
    const inWeeks = (weeks: number) => new Date(now.getTime() + weeks * 7 * 24 * 60 * 60 * 1000);
    const isoDate = (date: Date) => date.toISOString().slice(0, 10);
    const participants = Object.values(memberships)
      .filter((m) => m.role === "FACILITATOR" || m.role === "RAADSLID")
      .map((m) => ({ membershipId: m.id, kind: m.role === "FACILITATOR" ? ("FACILITATOR" as const) : ("RAADSLID" as const) }));
    const startsAt = inWeeks(3);
    startsAt.setUTCHours(18, 30, 0, 0);
    const session = await tx.councilSession.create({
      data: {
        gemeenteId: gemeente.id,
        title: "Jeugdzorg: wie doet wat?",
        theme: "jeugdzorg",
        startsAt,
        location: "Raadzaal, gemeentehuis Voorbeeld",
        description: "Een Raad in Beraad over de rol van de raad in de jeugdzorg, met ouders, scholen en wijkteams.",
        participants: { create: participants },
        // Planned backwards from the session date, so the timeline shows steps that ran late.
        steps: { create: planned(demoSteps(isoDate(inWeeks(-2)), isoDate(inWeeks(26))), toLocalDateTime(startsAt).date, { griffier: memberships["griffier@voorbeeld.nl"].id, facilitator: memberships["facilitator@voorbeeld.nl"].id }) },
        agendaItems: {
          create: [
            { position: 1, title: "Welkom en doel van de avond", phase: "BEELDVORMING", workMethod: "Plenair", goal: "Iedereen weet waarom we hier zijn.", durationMinutes: 15 },
            { position: 2, title: "Casussen uit de wijk", phase: "BEELDVORMING", workMethod: "Carrousel in drie groepen", goal: "Signalen uit de samenleving delen.", durationMinutes: 45 },
            { position: 3, title: "Rolkeuze op de participatietrap", phase: "OORDEELSVORMING", workMethod: "Werkblad op de telefoon", goal: "Zien waar de raad het over eens is en waar niet.", durationMinutes: 40 },
          ],
        },
        commitments: {
          create: [
            { who: "Wethouder jeugd", what: "Overzicht van de wachttijden per wijk", toWhom: "de raad", dueDate: new Date(`${isoDate(inWeeks(-1))}T00:00:00Z`) },
            { who: "College", what: "Voorstel voor een vast aanspreekpunt voor ouders", toWhom: "de raad", dueDate: new Date(`${isoDate(inWeeks(8))}T00:00:00Z`) },
          ],
        },
      },
    });
    await tx.value.createMany({ data: STARTING_VALUES.map((name) => ({ gemeenteId: gemeente.id, name })) });
    const tijdigheid = await tx.value.findFirstOrThrow({ where: { gemeenteId: gemeente.id, name: "tijdigheid" } });
    const attachable = await tx.libraryCard.findFirst({ where: { key: "raad-in-beraad" }, select: { id: true } });
    if (attachable) {
      await tx.sessionCard.create({
        data: { sessionId: session.id, cardId: attachable.id, attachedById: memberships["griffier@voorbeeld.nl"].id, note: "Leesvoer voor de raadsleden vooraf." },
      });
    }
    const finishedId = await seedEarlierSessions(tx, gemeente.id, participants, now);
    await seedRivierdal(tx, passwordHash, { voorbeeldId: gemeente.id, finishedId }, now, names);
    await tx.case.create({
      data: {
        sessionId: session.id,
        authorId: memberships["raadslid1@voorbeeld.nl"].id,
        description: "Een moeder wachtte drie maanden op een intake voor haar zoon.",
        source: "Gesprek met ouders (verkenning)",
        values: { create: [{ valueId: tijdigheid.id }] },
      },
    });
  }, { timeout: 120_000, maxWait: 30_000 });
}

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
type Participant = { membershipId: string; kind: "FACILITATOR" | "RAADSLID" };

const daysFrom = (now: Date, days: number) => new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
const day = (date: Date) => date.toISOString().slice(0, 10);
/** 19:30 in the Netherlands (18:30 UTC in winter): when a council meets. */
const evening = (date: Date) => {
  const at = new Date(date);
  at.setUTCHours(18, 30, 0, 0);
  return at;
};

/** Earlier sessions of Voorbeeld: what the council learned, for the timeline and the dashboard. */
async function seedEarlierSessions(tx: Tx, gemeenteId: string, participants: Participant[], now: Date): Promise<string> {
  const openStep = (number: number) => ({ number, status: "KLAAR" as const, data: {} });
  const finished = await tx.councilSession.create({
    data: {
      gemeenteId,
      title: "Buurtinitiatieven: hoeveel ruimte geven we?",
      theme: "participatie",
      startsAt: evening(daysFrom(now, -21)),
      location: "Buurthuis De Schakel",
      description: "Hoe gaat de raad om met inwoners die zelf publieke taken oppakken?",
      status: "AFGEROND",
      sharedParts: ["ROOM_FOR_INPUT", "PROGRAMME", "EVALUATION"],
      participants: { create: participants },
      steps: {
        create: [
          ...[1, 2, 3, 4, 5, 6, 7, 8].map(openStep),
          {
            number: 9,
            status: "KLAAR" as const,
            data: { evaluationMoments: [{ id: "evaluatie-buurt", date: day(daysFrom(now, 60)), subject: "Hebben de initiatieven de ruimte gekregen die we beloofden?", participants: "Raad, initiatiefnemers", outcome: "", adjustments: "" }] },
          },
          {
            number: 10,
            status: "BEZIG" as const,
            data: {
              learningLog: [
                {
                  id: "leren-buurt-1",
                  date: day(daysFrom(now, -20)),
                  worked: "Initiatiefnemers vertelden zelf over hun plannen; de raad luisterde eerst.",
                  didNotWork: "Het werkblad kwam te laat in de avond; sommige raadsleden waren al weg.",
                  risksAccepted: "We laten de buurtmoestuin zonder vaste subsidievoorwaarden starten.",
                  adjustments: "Volgende keer het werkblad vóór de pauze.",
                },
              ],
            },
          },
        ],
      },
    },
  });
  await tx.commitment.create({
    data: { sessionId: finished.id, who: "Griffie", what: "Verslag van de avond naar de initiatiefnemers", toWhom: "initiatiefnemers", dueDate: new Date(`${day(daysFrom(now, -7))}T00:00:00Z`) },
  });

  const evaluated = await tx.councilSession.create({
    data: {
      gemeenteId,
      title: "Energiecoöperaties en de raad",
      theme: "energie",
      startsAt: evening(daysFrom(now, -400)),
      location: "Raadzaal, gemeentehuis Voorbeeld",
      description: "Welke rol neemt de raad als inwoners samen energie opwekken?",
      status: "GEEVALUEERD",
      sharedParts: ["ROOM_FOR_INPUT", "PROGRAMME", "EVALUATION"],
      reviewStoodOut: "De raad koos voor ‘faciliteren’ (stap 4), terwijl het college een regisserende rol had voorgesteld.",
      reviewAgreements: "Eén vast aanspreekpunt voor coöperaties.",
      reviewNextSteps: "Na een jaar evalueren met de coöperaties.",
      steps: {
        create: [
          ...energySteps(day(daysFrom(now, -430))),
          {
            number: 9,
            status: "KLAAR" as const,
            data: {
              evaluationMoments: [
                {
                  id: "evaluatie-energie",
                  coversRoles: true,
                  date: day(daysFrom(now, -35)),
                  subject: "Een jaar aanspreekpunt voor coöperaties",
                  participants: "Raad, twee coöperaties, wethouder",
                  outcome: "Coöperaties krijgen sneller antwoord; vergunningen duren nog te lang.",
                  adjustments: "Vergunningverlening schuift aan bij het aanspreekpunt.",
                },
              ],
            },
          },
          {
            number: 10,
            status: "KLAAR" as const,
            data: {
              learningLog: [
                {
                  id: "leren-energie-1",
                  date: day(daysFrom(now, -390)),
                  worked: "Een coöperatie aan tafel bij de voorbereiding maakte het gesprek concreet.",
                  didNotWork: "Het begrip ‘loslaten’ bleef voor veel raadsleden abstract.",
                  risksAccepted: "Minder grip op de plaats van zonnevelden.",
                  adjustments: "Bij de volgende sessie met voorbeelden per trede van de participatietrap werken.",
                },
              ],
            },
          },
        ],
      },
    },
  });
  await seedEvaluatedWorksheet(tx, evaluated.id, participants, evening(daysFrom(now, -400)));
  const samenwerking = await tx.value.findFirst({ where: { gemeenteId, name: "samenwerking" }, select: { id: true } });
  if (samenwerking) {
    await tx.sessionValue.create({
      data: {
        sessionId: evaluated.id,
        valueId: samenwerking.id,
        indicator: "Coöperaties krijgen binnen vier weken antwoord.",
        baseline: "gemiddeld 9 weken",
        target: "hoogstens 4 weken",
        indicatorSource: "eigen registratie van het aanspreekpunt",
        evaluationMomentId: "evaluatie-energie",
      },
    });
    await tx.case.create({
      data: {
        sessionId: evaluated.id,
        description: "Een coöperatie wachtte vijf maanden op antwoord over een zonneveld.",
        source: "Werkbezoek",
        values: { create: [{ valueId: samenwerking.id }] },
      },
    });
    await tx.valueVerdict.create({
      data: { sessionId: evaluated.id, valueId: samenwerking.id, evaluationMomentId: "evaluatie-energie", verdict: "BIJSTUREN", evidence: "Antwoord nu binnen 3 weken, maar vergunningen duren nog te lang." },
    });
  }
  return finished.id;
}

/**
 * The evaluated session's role-choice worksheet, closed, anonymous and published (five
 * raadsleden: the default minimum group size), telling the story its review tells: the raad
 * chose faciliteren where it stood at regisseren before.
 */
async function seedEvaluatedWorksheet(tx: Tx, sessionId: string, participants: Participant[], at: Date) {
  const raadsleden = participants.filter((p) => p.kind === "RAADSLID").map((p) => p.membershipId);
  const answers: Record<string, { rung: Rung; now: Rung }[]> = {
    Gemeenteraad: [
      { rung: "FACILITEREN", now: "REGISSEREN" },
      { rung: "FACILITEREN", now: "REGISSEREN" },
      { rung: "FACILITEREN", now: "STIMULEREN" },
      { rung: "STIMULEREN", now: "REGISSEREN" },
      { rung: "LOSLATEN", now: "REGISSEREN" },
    ],
    College: [
      { rung: "STIMULEREN", now: "REGISSEREN" },
      { rung: "STIMULEREN", now: "REGISSEREN" },
      { rung: "STIMULEREN", now: "REGULEREN" },
      { rung: "REGISSEREN", now: "REGISSEREN" },
      { rung: "FACILITEREN", now: "REGISSEREN" },
    ],
    "Ambtelijke organisatie": [
      { rung: "FACILITEREN", now: "REGULEREN" },
      { rung: "FACILITEREN", now: "REGISSEREN" },
      { rung: "FACILITEREN", now: "REGULEREN" },
      { rung: "FACILITEREN", now: "REGULEREN" },
      { rung: "STIMULEREN", now: "REGULEREN" },
    ],
  };
  const worksheet = await tx.roleWorksheet.create({
    data: { sessionId, state: "GESLOTEN", anonymous: true, resultsReleased: true, question: "Welke rol past de gemeente bij energiecoöperaties?", openedAt: at, closedAt: at },
  });
  for (const [position, [name, given]] of Object.entries(answers).entries()) {
    const actor = await tx.worksheetActor.create({ data: { worksheetId: worksheet.id, key: name.toLowerCase().replace(/ /g, "-"), name, position } });
    await tx.roleAnswer.createMany({
      data: given.slice(0, raadsleden.length).map((a, n) => ({ worksheetId: worksheet.id, actorId: actor.id, membershipId: raadsleden[n], rung: a.rung, nowRung: a.now })),
    });
  }
  await publishResults(tx, worksheet.id, at);
}

/**
 * The second demo gemeente, with its griffier and one raadslid. The griffier
 * also facilitated Voorbeeld's finished session and still owes its review.
 */
async function seedRivierdal(tx: Tx, passwordHash: string, voorbeeld: { voorbeeldId: string; finishedId: string }, now: Date, names: DemoNames) {
  const { voorbeeldId } = voorbeeld;
  const rivierdal = await tx.gemeente.create({ data: names.gemeente2 });
  const ids: Record<string, string> = {};
  for (const [n, person] of names.people2.entries()) {
    const memberships = [{ gemeenteId: rivierdal.id, role: person.role }];
    if (person.alsoInVoorbeeld) memberships.push({ gemeenteId: voorbeeldId, role: person.alsoInVoorbeeld });
    const user = await tx.user.create({
      data: { email: person.email, name: person.name, passwordHash, memberships: { create: memberships } },
      select: { memberships: { select: { id: true, gemeenteId: true } } },
    });
    ids[DEMO_PEOPLE_2[n].email] = user.memberships.find((m) => m.gemeenteId === rivierdal.id)!.id;
    const inVoorbeeld = user.memberships.find((m) => m.gemeenteId === voorbeeldId);
    if (inVoorbeeld) {
      await tx.sessionParticipant.create({ data: { sessionId: voorbeeld.finishedId, membershipId: inVoorbeeld.id, kind: "FACILITATOR" } });
    }
  }
  await tx.value.createMany({ data: STARTING_VALUES.map((name) => ({ gemeenteId: rivierdal.id, name })) });
  const startsAt = daysFrom(now, 35);
  startsAt.setUTCHours(18, 0, 0, 0);
  const session = await tx.councilSession.create({
    data: {
      gemeenteId: rivierdal.id,
      title: "Omgevingsvisie: wie bepaalt de ruimte?",
      theme: "omgevingswet",
      startsAt,
      location: "Raadzaal, gemeentehuis Rivierdal",
      description: "De raad van Rivierdal bespreekt participatie bij initiatieven onder de Omgevingswet.",
      participants: { create: [{ membershipId: ids["raadslid@rivierdal.nl"], kind: "RAADSLID" }] },
      steps: { create: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((number) => ({ number, data: {} })) },
      commitments: {
        create: [{ who: "Wethouder ruimte", what: "Participatieverordening voor de raad", toWhom: "de raad", dueDate: new Date(`${day(daysFrom(now, 60))}T00:00:00Z`) }],
      },
    },
  });
  await tx.case.create({
    data: {
      sessionId: session.id,
      authorId: ids["raadslid@rivierdal.nl"],
      description: "Bewoners vroegen om evaluaties van eerdere inspraakavonden voordat ze weer meedoen.",
      source: "Spreekuur",
    },
  });
}

/** The demo steps with the proposed deadlines, the griffier owning most and the facilitator the programme and evaluation. */
function planned<S extends { number: number }>(steps: S[], sessionDate: string, owners: { griffier: string; facilitator: string }) {
  const deadlines = proposeDeadlines(sessionDate);
  return steps.map((step) => ({
    ...step,
    deadline: new Date(`${deadlines[step.number as StepNumber]}T00:00:00Z`),
    owner: { connect: { id: [2, 9].includes(step.number) ? owners.facilitator : owners.griffier } },
  }));
}

function demoSteps(pastDate: string, futureDate: string) {
  return [
    {
      number: 1,
      status: "KLAAR" as const,
      data: {
        direction: "BUITEN_NAAR_BINNEN",
        explorations: [
          { id: "verkenning-ouders", title: "Gesprek met ouders", raadsleden: "Anouk Jansen, Bram de Vries", groups: "Ouders van kinderen in de jeugdzorg", method: "GESPREK", date: pastDate, findings: "Ouders wachten lang en weten niet bij wie ze terechtkunnen." },
        ],
      },
    },
    { number: 2, status: "BEZIG" as const, data: { mainLines: [{ id: "hoofdlijn-1", text: "Hulp dicht bij huis, samen met scholen en wijkteams." }], processAgreements: [] } },
    {
      number: 3,
      status: "BEZIG" as const,
      data: { problemStatement: "", problemDefinedWithStakeholders: false, stakeholders: [], responsibilities: [], proposedSolution: "Een extra jeugdconsulent per wijk." },
    },
    { number: 4, status: "BEZIG" as const, data: { question: "Welke rol past de gemeente bij de jeugdzorg in de wijk?", intendedCouncilRung: "FACILITEREN" } },
    { number: 5, status: "BEZIG" as const, data: { decision: { level: "GEEN", explanation: "Het budget ligt vast in de regionale inkoop." } } },
    { number: 6, status: "OPEN" as const, data: {} },
    { number: 7, status: "OPEN" as const, data: {} },
    { number: 8, status: "OPEN" as const, data: {} },
    {
      number: 9,
      status: "BEZIG" as const,
      data: {
        evaluationMoments: [
          { id: "evaluatie-1", date: pastDate, subject: "Eerste terugblik met de wijkteams", participants: "Raad, wijkteams", outcome: "", adjustments: "" },
          { id: "evaluatie-2", date: futureDate, subject: "Klopt de rolverdeling nog?", participants: "Raad, college, ouders", coversRoles: true, outcome: "", adjustments: "" },
        ],
      },
    },
    { number: 10, status: "OPEN" as const, data: {} },
  ];
}

/** Steps 1–8 of the evaluated energy session: filled in, so its review has something to rest on. */
function energySteps(date: string) {
  const done = (number: number, data: object) => ({ number, status: "KLAAR" as const, data });
  return [
    done(1, { direction: "BUITEN_NAAR_BINNEN", explorations: [{ id: "verkenning-energie", title: "Werkbezoek bij twee coöperaties", raadsleden: "Anouk Jansen, Dennis Visser", groups: "Leden van de coöperaties", method: "WERKBEZOEK", date, findings: "Coöperaties willen één aanspreekpunt en snellere antwoorden." }] }),
    done(2, { mainLines: [{ id: "energie-lijn-1", text: "Inwoners wekken samen energie op; de gemeente maakt dat makkelijker." }], processAgreements: [{ id: "energie-afspraak-1", text: "Coöperaties melden knelpunten bij één aanspreekpunt.", partner: "Energiecoöperaties" }] }),
    done(3, { problemStatement: "Coöperaties lopen vast op trage antwoorden en wisselende contactpersonen.", problemDefinedWithStakeholders: true, stakeholders: [{ id: "energie-betrokkene-1", name: "Energiecoöperaties", coDefinesProblem: true }], responsibilities: [{ id: "energie-verantw-1", aspect: "Vergunningen", responsible: "College" }], proposedSolution: "" }),
    done(4, { question: "Welke rol past de gemeente bij energiecoöperaties?", intendedCouncilRung: "FACILITEREN", othersView: "De coöperaties herkenden zich in ‘faciliteren’, maar vroegen de raad het college aan de afspraken te houden." }),
    done(5, { decision: { level: "BEPERKT", explanation: "De raad besluit over het beleidskader; de coöperaties praten mee over de uitvoering." }, financial: { level: "BEPERKT", amount: 25000, explanation: "Startbudget voor het aanspreekpunt." }, legal: { level: "RUIM", explanation: "Het bestemmingsplan laat ruimte voor kleine zonnevelden." } }),
    done(6, { feedbackAgreements: [{ id: "energie-terugkoppeling-1", what: "Voortgang van het aanspreekpunt", when: "Elk halfjaar", how: "Raadsinformatiebrief" }], residentsRole: "Leden van de coöperaties zitten aan tafel bij de evaluatie." }),
    done(7, { agendaTopics: [{ id: "energie-agenda-1", topic: "Netcapaciteit in de regio", notFormallyInCharge: true }] }),
    done(8, { targetGroups: [{ id: "energie-groep-1", group: "Huurders", rarelyHeard: true }], outreachTactics: "Via de huurdersvereniging.", motivation: "Huurders willen lagere lasten, maar denken dat coöperaties alleen voor huiseigenaren zijn." }),
  ];
}
