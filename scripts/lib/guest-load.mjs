// The guest load of issue 12, for `npm run bench`: 300 guests and 37 raadsleden
// answer a live session's worksheet on one instance, in batches, while the
// projector's stream is open. Judged: everyone done within two minutes, zero
// errors, zero lost answers (counted in the database afterwards), and the
// projector shows each batch (guests joined, raadsleden answered) within 1 s of
// the batch's last request.
//
// Each guest does what a phone without JavaScript does: opens /meedoen with the
// code, posts the join form (group "Inwoners"), opens /gast/<session>, and posts
// the answer form once per actor. Each raadslid opens the worksheet and posts it
// once per actor. Forms are posted back with their hidden server-action fields.

/** The fields of the first form in `html` that contains `marker`, radios left out (the caller picks). */
export function formFields(html, marker) {
  const form = [...html.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)].map((m) => m[1]).find((f) => f.includes(marker));
  if (!form) return null;
  const fields = [];
  for (const input of form.matchAll(/<input([^>]*)>/g)) {
    const attr = (name) => new RegExp(`\\b${name}="([^"]*)"`).exec(input[1])?.[1];
    const name = attr("name");
    if (!name || attr("type") === "radio" || attr("type") === "checkbox") continue;
    fields.push([name, (attr("value") ?? "").replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, "&")]);
  }
  return fields;
}

const RUNGS = ["REGULEREN", "REGISSEREN", "STIMULEREN", "FACILITEREN", "LOSLATEN"];

/**
 * Prepares gemeente `g`'s live session 1 for the load: at least `raadsleden`
 * raadsleden invited (added with the bench's password when the data set has fewer),
 * none of their answers, guests allowed (cap 500), no guests yet.
 */
export async function prepareGuestLoad(admin, { g = 2, raadsleden = 37, existing }) {
  const session = `bs-${g}-1`;
  const worksheet = `bw-${g}-1`;
  if (existing < raadsleden) {
    await admin.query(
      `INSERT INTO "user" (id, name, email, password_hash)
       SELECT 'bu-' || $1 || '-' || k, 'Raadslid ' || (k - 1) || ' van ' || $1, 'raadslid' || (k - 1) || '@bench-' || $1 || '.nl',
              (SELECT password_hash FROM "user" WHERE id = 'bu-' || $1 || '-0')
       FROM generate_series($2::int + 2, $3::int + 1) k`,
      [g, existing, raadsleden],
    );
    await admin.query(
      `INSERT INTO membership (id, user_id, gemeente_id, role)
       SELECT 'bm-' || $1 || '-' || k, 'bu-' || $1 || '-' || k, 'bg-' || $1, 'RAADSLID' FROM generate_series($2::int + 2, $3::int + 1) k`,
      [g, existing, raadsleden],
    );
    await admin.query(
      `INSERT INTO session_participant (session_id, membership_id, kind)
       SELECT $4, 'bm-' || $1 || '-' || k, 'RAADSLID' FROM generate_series($2::int + 2, $3::int + 1) k`,
      [g, existing, raadsleden, session],
    );
  }
  await admin.query("DELETE FROM role_answer WHERE worksheet_id = $1", [worksheet]);
  await admin.query("DELETE FROM guest WHERE session_id = $1", [session]);
  await admin.query("UPDATE council_session SET guests_allowed = true, guest_cap = 500, guest_groups = ARRAY['Inwoners', 'College'] WHERE id = $1", [session]);
  const { rows } = await admin.query("SELECT join_code FROM council_session WHERE id = $1", [session]);
  const { rows: actors } = await admin.query("SELECT id FROM worksheet_actor WHERE worksheet_id = $1 ORDER BY position", [worksheet]);
  return {
    session,
    worksheet,
    code: rows[0].join_code,
    actorIds: actors.map((a) => a.id),
    emails: Array.from({ length: raadsleden }, (_, i) => `raadslid${i + 1}@bench-${g}.nl`),
  };
}

/**
 * Runs the load. `http` gives base, fetch helpers and an SSE opener; returns the
 * figures the bench prints and judges.
 */
export async function runGuestLoad({ base, admin, say, signIn, projector, guests = 300, batches = 10, setup }) {
  const { session, worksheet, code, actorIds, emails } = setup;
  const gemeente = emails[0].split("@")[1].replace(/\.nl$/, "");
  const members = [];
  for (const email of emails) members.push(await signIn(email));
  const stream = await projector(`/${gemeente}/sessies/${session}/live`, await signIn(`griffier@${gemeente}.nl`));

  const errors = [];
  const request = async (what, url, init) => {
    try {
      const response = await fetch(base + url, { redirect: "manual", ...init });
      const body = await response.text();
      if (response.status >= 400) throw new Error(`${response.status}`);
      return { response, body };
    } catch (error) {
      errors.push(`${what}: ${error instanceof Error ? error.message : error}`);
      return null;
    }
  };
  const post = (what, url, fields, cookie) => {
    const body = new FormData();
    for (const [name, value] of fields) body.append(name, value);
    return request(what, url, { method: "POST", body, headers: { Cookie: cookie, Origin: base } });
  };
  const answerAll = async (who, url, cookie, seed) => {
    const page = await request(`${who} opens the worksheet`, url, { headers: { Cookie: cookie } });
    const fields = page && formFields(page.body, 'name="actorId"');
    if (!fields) return errors.push(`${who}: no answer form`);
    for (const [a, actorId] of actorIds.entries()) {
      const own = fields.filter(([name]) => name !== "actorId" && name !== "rung" && name !== "motivation");
      await post(`${who} answers`, url, [...own, ["actorId", actorId], ["rung", RUNGS[(seed + a) % RUNGS.length]], ["motivation", ""]], cookie);
    }
  };
  const guest = async (n) => {
    const join = await request(`guest ${n} opens /meedoen`, `/meedoen?code=${code}`, {});
    const fields = join && formFields(join.body, 'name="code"');
    if (!fields) return errors.push(`guest ${n}: no join form`);
    const joined = await post(`guest ${n} joins`, `/meedoen?code=${code}`, [...fields, ["group", "Inwoners"]], "");
    const cookie = joined?.response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    if (!cookie) return errors.push(`guest ${n}: no guest cookie after joining (${joined?.response.status})`);
    await answerAll(`guest ${n}`, `/gast/${session}`, cookie, n);
  };
  const raadslid = (i) => answerAll(`raadslid ${i + 1}`, `/${gemeente}/sessies/${session}/werkblad`, members[i], i);

  // The projector: each batch's guests and respondents, and when the stream first showed them.
  const delays = [];
  const waits = [];
  const started = performance.now();
  let guestsDone = 0;
  let membersDone = 0;
  for (let b = 0; b < batches; b++) {
    const guestCount = Math.round(((b + 1) * guests) / batches) - Math.round((b * guests) / batches);
    const memberCount = Math.round(((b + 1) * members.length) / batches) - Math.round((b * members.length) / batches);
    const flows = [
      ...Array.from({ length: guestCount }, (_, i) => guest(guestsDone + i + 1)),
      ...Array.from({ length: memberCount }, (_, i) => raadslid(membersDone + i)),
    ];
    await Promise.all(flows);
    guestsDone += guestCount;
    membersDone += memberCount;
    const end = performance.now();
    const want = { guests: guestsDone, respondents: membersDone };
    waits.push(
      stream.until((s) => s.guests >= want.guests && s.respondents >= want.respondents, 15000).then((at) => {
        delays.push(at === null ? null : Math.max(0, at - end));
      }),
    );
  }
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(waits);
  stream.close();

  const { rows: counted } = await admin.query(
    `SELECT (SELECT count(*)::int FROM guest_answer WHERE worksheet_id = $1) AS guest_answers,
            (SELECT count(*)::int FROM role_answer WHERE worksheet_id = $1) AS member_answers,
            (SELECT count(*)::int FROM guest WHERE session_id = $2) AS guests`,
    [worksheet, session],
  );
  const expected = { guests, guestAnswers: guests * actorIds.length, memberAnswers: members.length * actorIds.length };
  const found = { guests: counted[0].guests, guestAnswers: counted[0].guest_answers, memberAnswers: counted[0].member_answers };
  const lost = expected.guestAnswers - found.guestAnswers + (expected.memberAnswers - found.memberAnswers);
  for (const e of errors.slice(0, 5)) say(`  guest load error: ${e}`);
  return { seconds, errors: errors.length, lost, expected, found, delays, members: members.length };
}
