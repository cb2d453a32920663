import { emptyStepData, parseStepData, type StepData } from "@/lib/preparation/schemas";
import { statusFollowingContent } from "@/lib/preparation/content";
import type { StepNumber } from "@/lib/preparation/steps";
import type { SessionFile, StepOwnerRef } from "@/lib/exchange/format";

/**
 * The parts of a session a copy or a template can carry, chosen by the griffier.
 * Never carried, whatever is chosen: worksheet answers, guests, RSVPs, toezeggingen
 * (with their history), the review, verdicts and rankings — what happened at a held
 * session belongs to that session. Step 10's learning log and the outcomes of step 9's
 * evaluation moments are never carried either: what was learned is learned once
 * (the learning page lists it under the session that was held).
 */
export const SESSION_PARTS = ["STEPS", "PLANNING", "PROGRAMME", "WORKSHEET", "VALUES", "CARDS", "GUEST_GROUPS"] as const;
export type SessionPart = (typeof SESSION_PARTS)[number];
export const isSessionPart = (value: unknown): value is SessionPart => SESSION_PARTS.includes(value as SessionPart);

/** How the step owners travel: a copy keeps the people (by e-mail), a template keeps their role. */
export type OwnerMode = { kind: "people" } | { kind: "roles"; roleOf: (email: string) => "GRIFFIER" | "FACILITATOR" | null };

/** The file with only `parts` of `source`: a fresh, unheld concept. Session fields are set by the caller. */
export function pickParts(source: SessionFile, parts: readonly SessionPart[], owners: OwnerMode): SessionFile {
  const has = (part: SessionPart) => parts.includes(part);
  const steps = source.steps.map((step) => {
    const number = step.number as StepNumber;
    const data = has("STEPS") ? withoutWhatWasLearned(number, step.data) : emptyStepData(number);
    const status = has("STEPS") && step.status === "NVT" ? "NVT" : statusFollowingContent(number, "OPEN", data as never);
    const owner = has("PLANNING") && step.owner ? ownerRef(step.owner, owners) : null;
    return { number, status, nvtReason: status === "NVT" ? step.nvtReason : "", data, deadline: null, owner, prompt: step.prompt };
  });
  const momentIds = new Set(has("STEPS") ? ((steps.find((s) => s.number === 9)?.data as { evaluationMoments?: { id: string }[] }).evaluationMoments ?? []).map((m) => m.id) : []);
  return {
    ...source,
    session: { ...source.session, status: "CONCEPT", sharedParts: source.session.sharedParts.filter((p) => p !== "REPORT"), review: { stoodOut: "", agreements: "", nextSteps: "" }, guestGroups: has("GUEST_GROUPS") ? source.session.guestGroups : undefined },
    // A template holds no people; a copy keeps the preparation group with the planning (those among its new invitees).
    people: { facilitators: [], invitees: [], preparers: has("PLANNING") && owners.kind === "people" ? source.people.preparers : [] },
    steps,
    agenda: has("PROGRAMME") ? source.agenda : [],
    worksheet: has("WORKSHEET") && source.worksheet ? { ...source.worksheet, state: "CONCEPT", resultsReleased: false } : null,
    cases: has("VALUES") ? source.cases : [],
    valueLinks: has("VALUES")
      ? source.valueLinks.map((l) => ({ ...l, evaluationMomentId: l.evaluationMomentId && momentIds.has(l.evaluationMomentId) ? l.evaluationMomentId : null, verdicts: [] }))
      : [],
    commitments: [],
    cards: has("CARDS") ? source.cards : [],
    rankings: [],
  };
}

function ownerRef(owner: StepOwnerRef, mode: OwnerMode): StepOwnerRef | null {
  if ("role" in owner || mode.kind === "people") return owner;
  const role = mode.roleOf(owner.email);
  return role ? { role } : null;
}

/** Step data without what a held session learned: no learning log (10), no outcomes of evaluation moments (9). */
function withoutWhatWasLearned(number: StepNumber, data: unknown): unknown {
  const parsed = parseStepData(number, data);
  if (!parsed.success) return emptyStepData(number);
  if (number === 10) return emptyStepData(10);
  if (number === 9) {
    const step9 = parsed.data as StepData<9>;
    return { ...step9, evaluationMoments: step9.evaluationMoments.map((m) => ({ ...m, outcome: "", adjustments: "" })) };
  }
  return parsed.data;
}
