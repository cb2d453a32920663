// The benchmark's data set, generated inside PostgreSQL with INSERT … SELECT over
// generate_series: no round trip per row, so 50 gemeenten with 1,000 sessions and
// 150,000 worksheet answers take a few seconds. Ids are readable ("bs-1-1" is
// session 1 of gemeente 1); the app treats ids as opaque strings.

export const ACTORS = [
  ["gemeenteraad", "Gemeenteraad"],
  ["college", "College"],
  ["ambtelijke-organisatie", "Ambtelijke organisatie"],
  ["inwoners", "Inwoners"],
  ["maatschappelijke-partners", "Maatschappelijke partners"],
];

const STATUSES = ["LIVE", "CONCEPT", "VOORBEREID", "AFGEROND", "GEEVALUEERD"];

/** Step data shaped like a half-prepared session (as the demo seed). */
function stepData(number) {
  const past = "2026-09-01";
  const future = "2027-05-01";
  switch (number) {
    case 1:
      return {
        direction: "BUITEN_NAAR_BINNEN",
        explorations: [{ id: "verkenning-1", title: "Gesprek met ouders", raadsleden: "Raadslid 1, Raadslid 2", groups: "Ouders", method: "GESPREK", date: past, findings: "Ouders wachten lang." }],
      };
    case 2:
      return { mainLines: [{ id: "hoofdlijn-1", text: "Hulp dicht bij huis, samen met scholen en wijkteams." }], processAgreements: [] };
    case 3:
      return { problemStatement: "", problemDefinedWithStakeholders: false, stakeholders: [], responsibilities: [], proposedSolution: "Een extra consulent per wijk." };
    case 4:
      return { question: "Welke rol past de gemeente hier?", actors: ACTORS.map(([id, name]) => ({ id, name })), intendedCouncilRung: "FACILITEREN" };
    case 5:
      return { decision: { level: "GEEN", explanation: "Het budget ligt vast." } };
    case 9:
      return {
        evaluationMoments: [
          { id: "evaluatie-1", date: past, subject: "Eerste terugblik", participants: "Raad, wijkteams", outcome: "", adjustments: "" },
          { id: "evaluatie-2", date: future, subject: "Klopt de rolverdeling nog?", participants: "Raad, college", outcome: "", adjustments: "" },
        ],
      };
    default:
      return {};
  }
}

/**
 * Fills an empty, migrated database. `passwordHash` (hashed once by the caller)
 * is every user's. Returns the counts and the names the benchmark signs in with.
 */
export async function generateBenchData(client, { gemeenten = 50, sessions = 20, raadsleden = 30, passwordHash }) {
  const q = (sql, params = []) => client.query(sql, params);
  const steps = JSON.stringify(Array.from({ length: 10 }, (_, i) => stepData(i + 1)));
  const actors = JSON.stringify(ACTORS);
  await q("BEGIN");
  await q(`INSERT INTO gemeente (id, name, slug, cbs_code)
           SELECT 'bg-' || g, 'Benchgemeente ' || g, 'bench-' || g, 'GB' || lpad(g::text, 4, '0')
           FROM generate_series(1, $1) g`, [gemeenten]);
  // Member k of gemeente g: 0 griffier, 1 facilitator, 2.. raadsleden.
  await q(`INSERT INTO "user" (id, name, email, password_hash)
           SELECT 'bu-' || g || '-' || k,
                  CASE k WHEN 0 THEN 'Griffier ' WHEN 1 THEN 'Facilitator ' ELSE 'Raadslid ' || (k - 1) || ' ' END || 'van ' || g,
                  CASE k WHEN 0 THEN 'griffier' WHEN 1 THEN 'facilitator' ELSE 'raadslid' || (k - 1) END || '@bench-' || g || '.nl',
                  $3
           FROM generate_series(1, $1) g, generate_series(0, $2 + 1) k`, [gemeenten, raadsleden, passwordHash]);
  await q(`INSERT INTO membership (id, user_id, gemeente_id, role)
           SELECT 'bm-' || g || '-' || k, 'bu-' || g || '-' || k, 'bg-' || g,
                  (CASE k WHEN 0 THEN 'GRIFFIER' WHEN 1 THEN 'FACILITATOR' ELSE 'RAADSLID' END)::"Role"
           FROM generate_series(1, $1) g, generate_series(0, $2 + 1) k`, [gemeenten, raadsleden]);
  // Session 1 of every gemeente is live with an open worksheet; the others cycle through the lifecycle.
  await q(`INSERT INTO council_session (id, gemeente_id, title, theme, starts_at, location, description, status, join_code, updated_at)
           SELECT 'bs-' || g || '-' || s, 'bg-' || g, 'Sessie ' || s || ' van gemeente ' || g, 'jeugdzorg',
                  timestamp '2026-10-01 18:30' + (s * interval '7 days'), 'Raadzaal',
                  'Een Raad in Beraad over de rol van de raad.',
                  ($3::text[])[1 + (s - 1) % 5]::"SessionStatus",
                  CASE WHEN s = 1 THEN 'B' || upper(lpad(to_hex(g), 5, '0')) END, now()
           FROM generate_series(1, $1) g, generate_series(1, $2) s`, [gemeenten, sessions, STATUSES]);
  await q(`INSERT INTO session_participant (session_id, membership_id, kind)
           SELECT 'bs-' || g || '-' || s, 'bm-' || g || '-' || k, (CASE k WHEN 1 THEN 'FACILITATOR' ELSE 'RAADSLID' END)::"ParticipantKind"
           FROM generate_series(1, $1) g, generate_series(1, $2) s, generate_series(1, $3 + 1) k`, [gemeenten, sessions, raadsleden]);
  await q(`INSERT INTO preparation_step (id, session_id, number, status, data, updated_at, updated_by_id)
           SELECT 'bp-' || g || '-' || s || '-' || n, 'bs-' || g || '-' || s, n,
                  (CASE WHEN n IN (6, 7, 8, 10) THEN 'OPEN' WHEN n = 1 THEN 'KLAAR' ELSE 'BEZIG' END)::"StepStatus",
                  ($3::jsonb) -> (n - 1), now(), 'bu-' || g || '-0'
           FROM generate_series(1, $1) g, generate_series(1, $2) s, generate_series(1, 10) n`, [gemeenten, sessions, steps]);
  await q(`INSERT INTO agenda_item (id, session_id, position, title, phase, work_method, goal, duration_minutes)
           SELECT 'ba-' || g || '-' || s || '-' || p, 'bs-' || g || '-' || s, p, 'Onderdeel ' || p,
                  (ARRAY['BEELDVORMING', 'OORDEELSVORMING', 'BESLUITVORMING'])[p]::"AgendaPhase", 'Plenair', 'Doel ' || p, 30
           FROM generate_series(1, $1) g, generate_series(1, $2) s, generate_series(1, 3) p`, [gemeenten, sessions]);
  await q(`INSERT INTO role_worksheet (id, session_id, state, anonymous, question, results_released, opened_at)
           SELECT 'bw-' || g || '-' || s, 'bs-' || g || '-' || s,
                  (CASE WHEN s = 1 THEN 'OPEN' ELSE 'GESLOTEN' END)::"WorksheetState",
                  s % 4 <> 0, 'Welke rol past de gemeente hier?', s <> 1, now()
           FROM generate_series(1, $1) g, generate_series(1, $2) s`, [gemeenten, sessions]);
  await q(`INSERT INTO worksheet_actor (id, worksheet_id, key, name, position)
           SELECT 'bwa-' || g || '-' || s || '-' || a.pos, 'bw-' || g || '-' || s, a.item ->> 0, a.item ->> 1, a.pos - 1
           FROM generate_series(1, $1) g, generate_series(1, $2) s, jsonb_array_elements($3::jsonb) WITH ORDINALITY AS a(item, pos)`,
    [gemeenten, sessions, actors]);
  // Every raadslid answered for every actor; rungs spread deterministically, a third with a motivation.
  await q(`INSERT INTO role_answer (id, worksheet_id, actor_id, membership_id, rung, motivation, updated_at)
           SELECT 'bra-' || g || '-' || s || '-' || a || '-' || k, 'bw-' || g || '-' || s, 'bwa-' || g || '-' || s || '-' || a, 'bm-' || g || '-' || k,
                  (ARRAY['REGULEREN', 'REGISSEREN', 'STIMULEREN', 'FACILITEREN', 'LOSLATEN'])[1 + (g * 7 + s * 3 + a * 5 + k) % 5]::"Rung",
                  CASE WHEN k % 3 = 0 THEN 'Motivatie van raadslid ' || (k - 1) ELSE '' END, now()
           FROM generate_series(1, $1) g, generate_series(1, $2) s, generate_series(1, $3) a, generate_series(2, $4 + 1) k`,
    [gemeenten, sessions, ACTORS.length, raadsleden]);
  await q(`INSERT INTO commitment (id, session_id, who, what, to_whom, due_date, done_at)
           SELECT 'bc-' || g || '-' || s || '-' || c, 'bs-' || g || '-' || s, 'Wethouder', 'Toezegging ' || c, 'de raad',
                  date '2026-11-01' + (c * 60), CASE WHEN c = 1 THEN now() END
           FROM generate_series(1, $1) g, generate_series(1, $2) s, generate_series(1, 2) c`, [gemeenten, sessions]);
  await q(`INSERT INTO value (id, gemeente_id, name)
           SELECT 'bv-' || g || '-' || v, 'bg-' || g, (ARRAY['tijdigheid', 'samenwerking', 'communicatie', 'de burger centraal', 'toegankelijkheid', 'autonomie'])[v]
           FROM generate_series(1, $1) g, generate_series(1, 6) v`, [gemeenten]);
  await q(`INSERT INTO "case" (id, session_id, author_id, description, source)
           SELECT 'bk-' || g || '-' || s || '-' || c, 'bs-' || g || '-' || s, 'bm-' || g || '-' || (c + 1), 'Casus ' || c, 'Gesprek'
           FROM generate_series(1, $1) g, generate_series(1, $2) s, generate_series(1, 3) c`, [gemeenten, sessions]);
  await q(`INSERT INTO case_value (case_id, value_id)
           SELECT 'bk-' || g || '-' || s || '-' || c, 'bv-' || g || '-' || v
           FROM generate_series(1, $1) g, generate_series(1, $2) s, generate_series(1, 3) c, generate_series(1, 6) v
           WHERE v IN (c, c + 1)`, [gemeenten, sessions]);
  await q(`INSERT INTO session_value (session_id, value_id, indicator, evaluation_moment_id)
           SELECT 'bs-' || g || '-' || s, 'bv-' || g || '-' || v, 'Indicator ' || v, 'evaluatie-2'
           FROM generate_series(1, $1) g, generate_series(1, $2) s, generate_series(1, 2) v`, [gemeenten, sessions]);
  await q("COMMIT");
  await q("ANALYZE");
  const { rows } = await q(`SELECT (SELECT count(*) FROM gemeente)::int AS gemeenten, (SELECT count(*) FROM "user")::int AS users,
                                   (SELECT count(*) FROM council_session)::int AS sessions, (SELECT count(*) FROM role_answer)::int AS answers`);
  return rows[0];
}
