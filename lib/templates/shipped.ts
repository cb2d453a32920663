import { FORMAT, FORMAT_VERSION, type SessionFile } from "@/lib/exchange/format";
import { emptyStepData } from "@/lib/preparation/schemas";
import { STEP_NUMBERS, type StepNumber } from "@/lib/preparation/steps";

/** The id the shipped template goes by (gemeente templates have cuids). */
export const SHIPPED_TEMPLATE_ID = "raad-in-beraad";
export const SHIPPED_TEMPLATE_NAME = "Raad in Beraad";

/**
 * One guiding prompt per step, in our own words, after the ten suggestions of the Rob
 * (Raad voor het openbaar bestuur, "Loslaten in vertrouwen", 2012, and "Decentrale taak
 * is politieke zaak", 2014) that the steps follow. Shown above the step's form.
 */
const PROMPTS: Record<StepNumber, string> = {
  1: "Met wie praten we vooraf, en gaan we naar buiten of halen we mensen binnen? Plan ten minste één verkenning buiten het stadhuis.",
  2: "Welke hoofdlijnen heeft het college al gekozen, en welke afspraken maken we over wie wat wanneer beslist?",
  3: "Schrijf het probleem in één alinea zonder oplossing erin. Wie hebben meegedacht over deze omschrijving?",
  4: "Welke rol wil de raad pakken: reguleren, regisseren, stimuleren, faciliteren of loslaten? Laat de raadsleden het werkblad vooraf invullen.",
  5: "Hoeveel ruimte is er echt voor inbreng: in het besluit, in geld en in regels? Zeg het eerlijk in de uitnodiging.",
  6: "Op welk moment in de cyclus (beeldvormend, oordeelsvormend, besluitvormend) hoort deze sessie, en hoe horen deelnemers wat er met hun inbreng gebeurt?",
  7: "Welke onderwerpen horen op tafel, ook als de raad er niet formeel over gaat? Wie nodigen we daarvoor uit?",
  8: "Wie horen we meestal niet? Kies per groep een manier om hen te bereiken en tel na afloop wie er kwam.",
  9: "Prik nu al de momenten waarop de raad terugkijkt: wanneer, met wie, en of de rolverdeling daarbij aan bod komt.",
  10: "Schrijf na de sessie op wat werkte, wat niet, welke risico's de raad bewust nam en wat u de volgende keer anders doet.",
};

/** Who carries which step by default: the griffier, except where the facilitator leads the conversation. */
const OWNERS: Record<StepNumber, "GRIFFIER" | "FACILITATOR"> = { 1: "GRIFFIER", 2: "GRIFFIER", 3: "GRIFFIER", 4: "FACILITATOR", 5: "GRIFFIER", 6: "GRIFFIER", 7: "GRIFFIER", 8: "FACILITATOR", 9: "GRIFFIER", 10: "FACILITATOR" };

/** A programme of about two and a half hours that moves from image to judgement. */
const PROGRAMME: SessionFile["agenda"] = [
  { title: "Welkom en doel van de avond", phase: "BEELDVORMING", workMethod: "Plenair", goal: "Iedereen weet waarom we hier zijn en wat er met de inbreng gebeurt.", durationMinutes: 15, risUrl: "" },
  { title: "Het vraagstuk in beeld", phase: "BEELDVORMING", workMethod: "Korte inleidingen en vragen", goal: "Een gedeeld beeld van het probleem, van binnen en van buiten.", durationMinutes: 30, risUrl: "" },
  { title: "Waar staan we, waar willen we staan?", phase: "OORDEELSVORMING", workMethod: "Werkblad op de participatietrap", goal: "De rol die de raad nu pakt naast de rol die hij wil pakken.", durationMinutes: 35, risUrl: "" },
  { title: "Casus aan tafels", phase: "OORDEELSVORMING", workMethod: "Tafelgesprekken met gasten", goal: "Waarden en spanningen aan de hand van een echte casus.", durationMinutes: 45, risUrl: "" },
  { title: "Oogst en afspraken", phase: "BESLUITVORMING", workMethod: "Plenair", goal: "Wat nemen we mee, wie zegt wat toe, wanneer kijken we terug?", durationMinutes: 25, risUrl: "" },
];

/** The shipped "Raad in Beraad" template as a session file (the same description as an export). */
export function shippedTemplate(now = new Date()): SessionFile {
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    exportedAt: now.toISOString(),
    session: {
      title: SHIPPED_TEMPLATE_NAME,
      theme: "nog te kiezen",
      startsAt: now.toISOString(),
      endsAt: null,
      location: "",
      risUrl: "",
      description: "",
      status: "CONCEPT",
      sharedParts: ["ROOM_FOR_INPUT", "PROGRAMME"],
      guestGroups: ["Inwoners", "Maatschappelijke partners", "Ondernemers", "Ambtenaren", "College"],
      review: { stoodOut: "", agreements: "", nextSteps: "" },
    },
    people: { facilitators: [], invitees: [], preparers: [] },
    steps: STEP_NUMBERS.map((number) => ({ number, status: "OPEN" as const, nvtReason: "", data: emptyStepData(number), deadline: null, owner: { role: OWNERS[number] }, prompt: PROMPTS[number] })),
    agenda: PROGRAMME,
    worksheet: null,
    cases: [],
    valueLinks: [],
    commitments: [],
    cards: [],
    rankings: [],
  };
}

/** The parts the shipped template holds. */
export const SHIPPED_TEMPLATE_PARTS = ["STEPS", "PLANNING", "PROGRAMME", "GUEST_GROUPS"] as const;
