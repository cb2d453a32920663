import { programmeClock } from "@/lib/agenda/clock";
import { dateInWords } from "@/lib/dates";
import { RUNGS } from "@/lib/preparation/rungs";
import type { ReportModel } from "./report-model";

type Translate = (key: string, values?: Record<string, string | number>) => string;
/** The request's language: its translations, its code, its number format. */
export type ReportLanguage = { t: Translate; locale: string; formatNumber: (n: number) => string };

export type Bar = { label: string; value: number; light?: boolean };
export type Block =
  | { kind: "h1" | "h2" | "h3" | "p"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "table"; header: string[]; rows: string[][]; widths?: number[] }
  | { kind: "chart"; alt: string; bars: Bar[] };
export type Outline = { title: string; sections: Block[][] };

/**
 * The verslag as a sequence of blocks — headings, paragraphs, lists, tables and
 * charts (each beside a table of its figures) — in reading order, one list per section. The PDF (pdf.ts) and the
 * raadsinformatiebrief (docx.ts) both draw this, so they carry the same content;
 * the web page (components/report) shows the same parts. Pure. Dates in words.
 */
export function reportOutline(model: ReportModel, { t, locale, formatNumber }: ReportLanguage): Outline {
  const day = (iso: string) => dateInWords(iso, { locale });
  const { session, content } = model;
  const title = `${t("review.report")}: ${session.title}`;
  const rungName = (r: string) => t(`preparation.rungs.${r}.name`);
  const sections: Block[][] = [];
  const section = (...blocks: (Block | Block[] | false | null | undefined)[]) => sections.push(blocks.flat().filter((b): b is Block => Boolean(b)));
  const h2 = (text: string): Block => ({ kind: "h2", text });
  const h3 = (text: string): Block => ({ kind: "h3", text });
  const p = (text: string): Block => ({ kind: "p", text });
  const list = (items: string[]): Block | null => (items.length > 0 ? { kind: "list", items } : null);

  section(
    { kind: "h1", text: title },
    p(`${session.theme} · ${dateInWords(session.startsAt, { locale, weekday: true, time: true })}${session.location ? ` · ${session.location}` : ""}`),
    session.description ? p(session.description) : null,
  );

  section(
    h2(t("review.review")),
    (["stoodOut", "agreements", "nextSteps"] as const).flatMap((key) => {
      const value = { stoodOut: session.reviewStoodOut, agreements: session.reviewAgreements, nextSteps: session.reviewNextSteps }[key];
      return [h3(t(`review.fields.${key}`)), p(value || t("review.none"))];
    }),
  );

  section(
    h2(t("report.explorations.title")),
    content.direction ? p(t("report.explorations.direction", { direction: t(`preparation.options.direction.${content.direction}`) })) : null,
    content.explorations.length === 0 ? p(t("report.explorations.none")) : null,
    content.explorations.flatMap((e) => {
      const method = t(`preparation.options.method.${e.method}`);
      const details = [method, e.date ? day(e.date) : "", e.groups ? `${t("report.explorations.groups")}: ${e.groups}` : "", e.raadsleden ? `${t("report.explorations.raadsleden")}: ${e.raadsleden}` : ""];
      return [h3(e.title || method), p(details.filter(Boolean).join(" · ")), p(e.findings || t("report.explorations.noFindings"))];
    }),
  );

  const { problem } = content;
  section(
    h2(t("report.problem.title")),
    p(problem.statement || t("report.problem.none")),
    p(t(problem.definedWithStakeholders ? "report.problem.withStakeholders" : "report.problem.withoutStakeholders")),
    problem.proposedSolution ? p(`${t("report.problem.proposedSolution")}: ${problem.proposedSolution}`) : null,
    problem.responsibilities.length > 0 && [
      h3(t("report.problem.responsibilities")),
      { kind: "table", header: [t("report.problem.aspect"), t("report.problem.responsible")], rows: problem.responsibilities.map((r) => [r.aspect, r.responsible]) },
    ],
  );

  const { involved } = content;
  section(
    h2(t("report.involved.title")),
    involved.stakeholders.length > 0 && [h3(t("report.involved.stakeholders")), list(involved.stakeholders.map((s) => `${s.name}${s.coDefinesProblem ? ` (${t("report.involved.coDefines")})` : ""}`))!],
    involved.invitees.length > 0 && [
      h3(t("report.involved.invitees")),
      list(involved.invitees.map((i) => `${[i.name, i.function, i.organisation].filter(Boolean).join(", ")} — ${t(`preparation.options.invitationStatus.${i.invitationStatus}`)}`))!,
    ],
    involved.agendaTopics.length > 0 && [h3(t("report.involved.agendaTopics")), list(involved.agendaTopics.map((a) => a.topic))!],
    h3(t("report.involved.raadsleden", { count: involved.raadsleden.length })),
    involved.raadsleden.length > 0 ? p(involved.raadsleden.join(", ")) : null,
    involved.facilitators.length > 0 ? p(`${t("report.involved.facilitators")}: ${involved.facilitators.join(", ")}`) : null,
  );

  const rungNames = RUNGS.map(rungName);
  // Each guest group beside the council (always anonymous, k per group): most chosen now and desired, and whether they recognise the council's choice.
  const guestBlocks = (actor: NonNullable<ReportModel["results"]>["actors"][number]): Block[] =>
    actor.guestGroups.length === 0
      ? []
      : [
          p(t("guests.results.title")),
          {
            kind: "table",
            header: [t("guests.results.group"), t("worksheet.results.desiredColumn"), t("worksheet.results.nowColumn"), t("guests.results.recognition")],
            rows: actor.guestGroups.map((g) =>
              g.summary
                ? [
                    `${g.group} (${t("guests.results.answers", { count: g.summary.count })})`,
                    g.summary.mostChosen.map(rungName).join(", "),
                    g.now ? g.now.mostChosen.map(rungName).join(", ") : "–",
                    g.recognition ? t(`guests.results.readings.${g.recognition.reading}`, { same: `${Math.round(g.recognition.sameRung * 100)}%` }) : t("guests.results.noCouncil"),
                  ]
                : [g.group, t("worksheet.results.tooFew", { k: model.results!.minimumGroupSize }), "–", "–"],
            ),
          },
        ];
  section(
    h2(t("report.roleChoice.title")),
    content.roleChoice.question ? p(t("report.roleChoice.question", { question: content.roleChoice.question })) : null,
    content.roleChoice.intendedCouncilRung ? p(t("report.roleChoice.intended", { rung: rungName(content.roleChoice.intendedCouncilRung) })) : null,
    !model.results
      ? p(t("worksheet.notOpen"))
      : [
          p(`${model.results.question} — ${t("worksheet.results.respondents", { count: model.results.respondents })}`),
          ...model.results.actors.flatMap((actor): Block[] => {
            const { summary } = actor;
            // Below k (an anonymous worksheet's publication holds nothing for this actor): nothing of it is shown.
            if (summary === null) return [h3(actor.name), p(t("worksheet.results.tooFew", { k: model.results!.minimumGroupSize })), ...guestBlocks(actor)];
            const counts = RUNGS.map((r) => summary.distribution[r]);
            const now = actor.now;
            const header = now ? [t("worksheet.results.rung"), t("worksheet.results.desiredColumn"), t("worksheet.results.nowColumn")] : rungNames;
            const rows = now ? RUNGS.map((r, i) => [rungNames[i], String(summary.distribution[r]), String(now.distribution[r])]) : [counts.map(String)];
            const blocks: Block[] = [
              h3(actor.name),
              { kind: "table", header, rows },
              {
                kind: "chart",
                alt: t("review.pdf.chartAlt", { actor: actor.name, distribution: rungNames.map((name, i) => `${name}: ${counts[i]}`).join(", ") }),
                bars: RUNGS.map((r, i) => ({ label: rungNames[i], value: counts[i], light: !summary.mostChosen.includes(r) })),
              },
            ];
            // As the results page says it: the most chosen rung, and where the worksheet asked it, where the role is now.
            if (summary.mostChosen.length > 0) blocks.push(p(t("worksheet.results.mostChosen", { rungs: summary.mostChosen.map(rungName).join(", ") })));
            if (summary.consensus !== null) blocks.push(p(t("worksheet.results.consensus", { score: formatNumber(summary.consensus), reading: t(`worksheet.results.readings.${summary.reading}`) })));
            if (now && now.mostChosen.length > 0) blocks.push(p(t("worksheet.results.now", { rungs: now.mostChosen.map(rungName).join(", ") })));
            if (actor.gap) blocks.push(p(t(`worksheet.results.gap.${actor.gap.direction}`, { shift: formatNumber(Math.abs(actor.gap.shift)) })));
            return [...blocks, ...guestBlocks(actor)];
          }),
        ],
    content.roleChoice.othersView ? [h3(t("report.roleChoice.othersView")), p(content.roleChoice.othersView)] : null,
  );

  // The later rounds (herhalingen at step 9's moments): per actor and round the figures of lib/worksheets/shift.ts, k per round, never who answered.
  const { shift } = model;
  if (shift) {
    const offset = shift.rounds[0]?.evaluationMomentId === null ? 0 : 1;
    const roundName = (i: number) => {
      const round = shift.rounds[i]!;
      const label = round.evaluationMomentId === null ? t("worksheet.shift.sessionRound") : t("worksheet.shift.repeatRound", { n: i + offset });
      return `${label}, ${day(round.date)}${round.subject ? ` (${round.subject})` : ""}`;
    };
    const asksNow = shift.actors.some((a) => a.cells.some((c) => c.status === "shown" && c.now !== null));
    section(
      h2(t("worksheet.shift.title")),
      p(t("worksheet.shift.rule", { k: shift.minimumGroupSize })),
      shift.actors.flatMap((actor): Block[] => [
        h3(actor.name),
        {
          kind: "table",
          header: [t("report.shift.round"), t("worksheet.shift.answers"), asksNow ? t("report.shift.desired") : t("worksheet.shift.mostChosen"), ...(asksNow ? [t("report.shift.now")] : [])],
          rows: actor.cells.map((cell, i) => {
            const figures =
              cell.status === "shown"
                ? [String(cell.count), cell.mostChosen.map(rungName).join(", "), ...(asksNow ? [cell.now ? cell.now.mostChosen.map(rungName).join(", ") : "–"] : [])]
                : [t(cell.status === "tooFew" ? "worksheet.shift.tooFew" : "worksheet.shift.notPublished"), "–", ...(asksNow ? ["–"] : [])];
            return [roundName(i), ...figures];
          }),
          widths: asksNow ? [5, 3, 4, 4] : [6, 3, 5],
        },
      ]),
    );
  }

  section(
    h2(t("preparation.roomForInput.council.heading")),
    list(model.roomForInput.map((item) => `${t(`preparation.dimensions.${item.dimension}`)}: ${t(`preparation.${item.key}`, item.params)}${item.explanation ? ` ${item.explanation}` : ""}`)),
  );

  const dm = content.decisionMaking;
  section(
    h2(t("report.decisionMaking.title")),
    !dm.cooperation && dm.councilMoments.length === 0 && dm.feedbackAgreements.length === 0 && !dm.residentsRole ? p(t("report.decisionMaking.none")) : null,
    dm.cooperation ? [h3(t("report.decisionMaking.cooperation")), p(dm.cooperation)] : null,
    dm.councilMoments.length > 0 && [h3(t("report.decisionMaking.councilMoments")), list(dm.councilMoments.map((m) => `${m.date ? `${day(m.date)}: ` : ""}${m.description}`))!],
    dm.feedbackAgreements.length > 0 && [h3(t("report.decisionMaking.feedback")), list(dm.feedbackAgreements.map((f) => t("report.decisionMaking.feedbackItem", { what: f.what, when: f.when || "–", how: f.how || "–" })))!],
    dm.residentsRole ? [h3(t("report.decisionMaking.residentsRole")), p(dm.residentsRole)] : null,
  );

  // The programme as held: clock times from the start, skipped items without a time (lib/agenda/clock.ts).
  const held = programmeClock(session.startsAt, session.agendaItems, { endsAt: session.endsAt ?? null, leaveOutSkipped: true });
  const { attendance } = model;
  const answer = (a: string | null) => (a ? t(`sessionInvitations.answers.${a}`) : t("sessionInvitations.noAnswer"));
  section(
    h2(t("report.programme.title")),
    held.items.length === 0
      ? p(t("agenda.none"))
      : [
          {
            kind: "table",
            header: [t("draaiboek.time"), t("agenda.itemTitle"), t("agenda.phase"), t("agenda.duration")],
            rows: held.items.map((item) => [
              item.slot ? t("clock.times", { start: item.slot.startTime, end: item.slot.endTime }) : t("report.programme.skipped"),
              item.title,
              t(`agenda.phases.${item.phase}`),
              item.slot ? String(item.durationMinutes) : "–",
            ]),
            widths: [3, 8, 4, 2],
          },
          p(t("clock.ends", { time: held.endTime })),
        ],
    h3(t("report.programme.attendance")),
    attendance.people.length === 0
      ? p(t("report.programme.attendanceToday", { count: involved.raadsleden.length }))
      : {
          kind: "table",
          header: [t("sessionInvitations.name"), t("report.programme.role"), t("sessionInvitations.answer")],
          rows: attendance.people.map((person) => [person.name, t(`report.programme.kinds.${person.kind}`), answer(person.answer)]),
          widths: [6, 4, 4],
        },
    attendance.people.length > 0 ? p(t("report.programme.answers", { komt: attendance.people.filter((x) => x.answer === "KOMT").length, total: attendance.people.length })) : null,
    h3(t("report.programme.tookPart")),
    p(
      [
        model.results ? t("worksheet.results.respondents", { count: model.results.respondents }) : "",
        attendance.guests.length > 0
          ? t("report.programme.guests", { count: attendance.guests.reduce((n, g) => n + g.count, 0), groups: attendance.guests.map((g) => `${g.group}: ${g.count}`).join(", ") })
          : t("report.programme.noGuests"),
      ]
        .filter(Boolean)
        .join(" "),
    ),
  );

  const { participation } = model;
  section(
    h2(t("report.participation.title")),
    content.participants.length === 0
      ? p(t("report.participation.none"))
      : [
          participation.usualSuspectShare !== null
            ? p(t("report.participation.share", { total: participation.total, usual: participation.usualSuspects, share: new Intl.NumberFormat(locale, { style: "percent" }).format(participation.usualSuspectShare) }))
            : null,
          {
            kind: "chart",
            alt: t("report.participation.chartAlt", { groups: content.participants.map((x) => `${x.group}: ${x.count}`).join(", ") }),
            bars: content.participants.map((x) => ({ label: x.group, value: x.count, light: x.usualSuspect })),
          },
          {
            kind: "table",
            header: [t("report.participation.group"), t("report.participation.count"), t("report.participation.usualSuspect")],
            rows: content.participants.map((x) => [x.group, String(x.count), t(x.usualSuspect ? "report.participation.yes" : "report.participation.no")]),
          },
        ].filter((b): b is Block => b !== null),
    content.targetGroups.length > 0 && [h3(t("report.participation.targetGroups")), list(content.targetGroups.map((g) => `${g.group}${g.rarelyHeard ? ` (${t("report.participation.rarelyHeard")})` : ""}`))!],
  );

  const { values, rankings } = model;
  const judged = values.values.flatMap((v) => v.trail.filter((x) => x.verdict !== null).map((x) => ({ value: v.name, ...x })));
  const fracties = rankings[0]?.ranks.map((r) => r.fractie) ?? [];
  section(
    h2(t("report.values.title")),
    p(t("values.countsNotWeight")),
    values.values.length === 0 ? p(t("values.noCases")) : list(values.values.map((v) => `${v.name} (${t("values.named", { count: v.count })})${v.link?.indicator ? ` — ${t("values.linkedTo", { indicator: v.link.indicator })}` : ""}`)),
    h3(t("report.values.tensions")),
    values.tensions.length === 0
      ? p(t("report.values.noTensions"))
      : list(values.tensions.map((x) => `${t("report.values.tension", { a: x.a, b: x.b, count: x.cases.length })}${x.cases.some((c) => c.note) ? `: ${x.cases.map((c) => c.note).filter(Boolean).join("; ")}` : ""}`)),
    h3(t("report.values.verdicts")),
    judged.length === 0
      ? p(t("report.values.noVerdicts"))
      : { kind: "table", header: [t("report.values.value"), t("report.values.moment"), t("report.values.verdict"), t("report.values.evidence")], rows: judged.map((j) => [j.value, day(j.date), t(`values.verdicts.${j.verdict}`), j.evidence]), widths: [3, 3, 2, 5] },
    h3(t("report.values.rankings")),
    fracties.length === 0
      ? p(t("report.values.noRankings"))
      : {
          kind: "table",
          header: [t("report.values.value"), ...fracties.map((f) => f.name)],
          rows: rankings.map((row) => [`${row.value.name}${row.differs ? ` (${t("report.values.differs")})` : ""}`, ...row.ranks.map((r) => (r.rank === null ? t("report.values.notRanked") : String(r.rank)))]),
        },
  );

  section(
    h2(t("commitments.title")),
    model.commitments.length === 0
      ? p(t("commitments.none"))
      : {
          kind: "table",
          header: [t("commitments.who"), t("commitments.what"), t("review.pdf.status"), t("commitments.dueDate")],
          rows: model.commitments.map((c) => [
            c.who,
            [c.what, c.madeOn ? t("report.commitments.madeOn", { date: day(c.madeOn) }) : "", c.madeAt ? t("report.commitments.madeAt", { meeting: c.madeAt }) : "", c.settlement ? t("report.commitments.settlement", { settlement: c.settlement }) : ""].filter(Boolean).join(" — "),
            t(`commitments.status.${c.status}`),
            day(c.dueDate),
          ]),
          widths: [3, 7, 2, 3],
        },
  );

  section(
    h2(t("report.evaluation.title")),
    model.evaluationMoments.length === 0
      ? p(t("report.evaluation.none"))
      : list(
          model.evaluationMoments.map((m) =>
            [`${day(m.date)}: ${m.subject}${m.coversRoles ? ` (${t("report.evaluation.roles")})` : ""}`, m.outcome ? t("report.evaluation.outcome", { outcome: m.outcome }) : "", m.adjustments ? t("report.evaluation.adjustments", { adjustments: m.adjustments }) : ""]
              .filter(Boolean)
              .join(" — "),
          ),
        ),
  );

  if (model.reviewer) {
    section(
      h2(`${t("preparation.overview.title")} (${t("preparation.overview.progress", { done: model.progress.done, total: model.progress.total })})`),
      list(model.progress.steps.map((s) => `${s.number}. ${t(`preparation.${s.messageKey}.title`)} — ${t(`preparation.status.${s.status}`)}`)),
    );
  }
  return { title, sections };
}
