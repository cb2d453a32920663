import type { SessionStepsInput } from "@/lib/preparation/checks";

/**
 * What the preparation steps contribute to the verslag, in the order a council
 * reads it. Pure: empty items (a row added but never filled) are left out, dated
 * items come in date order.
 */
export function reportContent(steps: SessionStepsInput, session: { invitees: { name: string }[]; facilitators: { name: string }[] }) {
  const filled = (...texts: string[]) => texts.some((t) => t.trim() !== "");
  const byDate = <T extends { date: string | null }>(items: T[]) => [...items].sort((a, b) => (a.date || "9999").localeCompare(b.date || "9999"));
  const s1 = steps[1].data;
  const s3 = steps[3].data;
  const s4 = steps[4].data;
  const s6 = steps[6].data;
  const s7 = steps[7].data;
  const s8 = steps[8].data;
  return {
    /** Step 1: the direction and the explorations with their findings. */
    direction: s1.direction,
    explorations: byDate(s1.explorations.filter((e) => filled(e.title, e.groups, e.findings))),
    /** Step 3: the problem as defined, with whom, and who takes responsibility for what. */
    problem: {
      statement: s3.problemStatement.trim(),
      definedWithStakeholders: s3.problemDefinedWithStakeholders,
      proposedSolution: s3.proposedSolution.trim(),
      responsibilities: s3.responsibilities.filter((r) => filled(r.aspect, r.responsible)),
    },
    /** Steps 3 and 7 and the session's people: who is involved and who was invited. */
    involved: {
      stakeholders: s3.stakeholders.filter((x) => filled(x.name)),
      invitees: s7.invitees.filter((x) => filled(x.name, x.organisation)),
      agendaTopics: s7.agendaTopics.filter((x) => filled(x.topic)),
      raadsleden: session.invitees.map((p) => p.name),
      facilitators: session.facilitators.map((p) => p.name),
    },
    /** Step 4: the question, the role the council intended, and how others see its role. */
    roleChoice: { question: s4.question.trim(), intendedCouncilRung: s4.intendedCouncilRung, othersView: s4.othersView.trim() },
    /** Step 6: the place in decision-making. */
    decisionMaking: {
      cooperation: s6.cooperation.trim(),
      councilMoments: byDate(s6.councilMoments.filter((m) => filled(m.description) || m.date !== "")),
      feedbackAgreements: s6.feedbackAgreements.filter((f) => filled(f.what, f.when, f.how)),
      residentsRole: s6.residentsRole.trim(),
    },
    /** Step 8: the groups to reach and who actually took part. */
    participants: s8.participants.filter((p) => filled(p.group) || p.count > 0),
    targetGroups: s8.targetGroups.filter((g) => filled(g.group)),
  };
}

export type ReportContent = ReturnType<typeof reportContent>;
