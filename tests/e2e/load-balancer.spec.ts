import pg from "pg";
import { expect, test, type Page } from "@playwright/test";
import { councilWithOpenWorksheet } from "./council-factory";
import { signIn } from "./helpers";
import { HttpRaadslid } from "./http-raadslid";
import { checkShippedSite, freePort, Nginx } from "./nginx";
import { OwnServer, runtime } from "./own-server";

// Beraad as a gemeente runs it (README, "Running it for a gemeente"): Debian's nginx with
// the shipped deploy/nginx configuration in front of two app instances, each started the
// way deploy/systemd/beraad@.service starts it, on one database. Ports are found at run
// time. The tests run in order on the same evening.
test.describe.configure({ mode: "serial" });

const PASSWORD = "loadbalancer-proef-2027";
const RAADSLEDEN = 12;

let council: Awaited<ReturnType<typeof councilWithOpenWorksheet>>;
let instances: OwnServer[] = [];
let nginx: Nginx;
/** The instance whose live stream the projector (through nginx) is on. */
let projectorInstance: OwnServer;
let projector: Page;

const instanceAt = (upstream: string | null | undefined) => instances.find((instance) => upstream === `127.0.0.1:${instance.port}`);

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const [proxyPort, ...appPorts] = await Promise.all([freePort(), freePort(), freePort()]);
  council = await councilWithOpenWorksheet(runtime().databaseUrl, { raadsleden: RAADSLEDEN, password: PASSWORD, griffier: true });
  const publicUrl = `http://localhost:${proxyPort}`;
  // Behind a proxy on this machine: its X-Forwarded-For is believed (README, TRUSTED_PROXIES).
  instances = appPorts.map((port) => new OwnServer(port, { NEXTAUTH_URL: publicUrl, TRUSTED_PROXIES: "127.0.0.1", LOG_LEVEL: "info" }, "start"));
  // Started together, as after a deployment: migrations and the library sync must not collide.
  await Promise.all(instances.map((instance) => instance.start()));
  nginx = new Nginx(proxyPort, appPorts);
  await nginx.start();
});

test.afterAll(async () => {
  await projector?.context().close();
  await nginx?.stop();
  if (nginx?.errors.length) console.log(`[load-balancer] nginx errors:\n${nginx.errors.slice(0, 20).join("\n")}`);
  await Promise.all(instances.map((instance) => instance.stop()));
});

test("the shipped site file (TLS included) passes nginx -t", () => {
  expect(checkShippedSite()).toContain("test is successful");
});

test("signing in through nginx works, and requests spread over both instances, each served signed in", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, council.griffier!.email, PASSWORD, { signInPath: `${nginx.url}/inloggen` });
  expect(new URL(page.url()).port).toBe(String(nginx.port));

  const servedBy = new Map<string, number>();
  for (let i = 0; i < 10; i++) {
    const response = await page.request.get(`${nginx.url}/${council.slug}/sessies?geheim=zoekwoord-${i}`);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain("Belastingproef"); // signed in: the gemeente's session is listed
    const upstream = response.headers()["x-upstream"];
    servedBy.set(upstream, (servedBy.get(upstream) ?? 0) + 1);
  }
  expect([...servedBy.keys()].sort()).toEqual(instances.map((i) => `127.0.0.1:${i.port}`).sort());
  for (const count of servedBy.values()) expect(count).toBeGreaterThanOrEqual(3);

  // Each instance logged its requests: method, path without the query, status, duration,
  // and the request id nginx made (so nginx's log and the app's can be matched).
  for (const instance of instances) {
    const lines = instance.logLines().filter((line) => line.msg === "request" && line.path === `/${council.slug}/sessies`);
    expect(lines.length, `requests logged on ${instance.port}`).toBeGreaterThanOrEqual(3);
    expect(lines[0]).toMatchObject({ level: 30, method: "GET", status: 200, durationMs: expect.any(Number), requestId: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(instance.log).not.toContain("zoekwoord-");
  }
  await page.context().close();
});

test("a save on one instance shows live on a projector connected through nginx to the other", async ({ browser }) => {
  projector = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await signIn(projector, council.griffier!.email, PASSWORD, { signInPath: `${nginx.url}/inloggen` });
  const stream = projector.waitForResponse((response) => response.url().endsWith(`/sessies/${council.sessionId}/live`));
  await projector.goto(`${nginx.url}/projectie/${council.slug}/${council.sessionId}`);
  projectorInstance = instanceAt((await stream).headers()["x-upstream"])!;
  expect(projectorInstance).toBeDefined();
  await expect(projector.getByText("Live verbonden.")).toBeVisible();
  await expect(projector.getByTestId("respondents")).toHaveText("Nog geen antwoorden");

  // The raadslid's phone reaches the OTHER instance (directly, so it cannot be the same one).
  const other = instances.find((instance) => instance !== projectorInstance)!;
  const raadslid = new HttpRaadslid(other.url, council.members[0].email);
  await raadslid.signIn(raadslid.email, PASSWORD);
  const form = await raadslid.answerForm(council.worksheetPath, council.actors[0].id);
  const saved = await raadslid.saveAnswer(council.worksheetPath, form, "FACILITEREN", "Via de andere instantie");
  expect(saved.acknowledged).toBe(true);
  // Unbuffered through nginx: the update arrives at once, not when a buffer fills or the stream ends.
  await expect(projector.getByTestId("respondents")).toHaveText("1 raadslid heeft geantwoord", { timeout: 2_000 });
});

async function storedAnswers() {
  const client = new pg.Client({ connectionString: runtime().databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ membership_id: string; actor_id: string; motivation: string }>(
      "SELECT membership_id, actor_id, motivation FROM role_answer WHERE worksheet_id = $1",
      [council.worksheetId],
    );
    return new Map(rows.map((r) => [`${r.membership_id}/${r.actor_id}`, r.motivation]));
  } finally {
    await client.end();
  }
}

const seqOf = (motivation: string | undefined) => (motivation === undefined ? -1 : Number(/^Opslag (\d+)$/.exec(motivation)?.[1] ?? -1));

test("the instance serving the projector is killed mid-evening: no acknowledged save is lost, the other keeps serving, the projector reconnects", async () => {
  test.setTimeout(180_000);
  // Every raadslid signs in and saves through nginx, again and again.
  const clients = council.members.map((member) => new HttpRaadslid(nginx.url, member.email));
  // One after another: a burst of sign-ins is not what this test is about.
  for (const client of clients) await client.signIn(client.email, PASSWORD);
  const form = await clients[0].answerForm(council.worksheetPath, council.actors[0].id);

  const key = (n: number, a: number) => `${council.members[n].membershipId}/${council.actors[a].id}`;
  const lastAcknowledged = new Map<string, number>();
  let killed = false;
  let stop = false;
  let acknowledgedBefore = 0;
  const acknowledgedAfter = new Array<number>(clients.length).fill(0);
  let refusedAfter = 0;
  const savers = clients.map(async (client, n) => {
    for (let seq = 0; !stop; seq++) {
      const a = seq % council.actors.length;
      const wasKilled = killed;
      const result = await client.saveAnswer(council.worksheetPath, { ...form, actorId: council.actors[a].id }, "STIMULEREN", `Opslag ${seq}`).catch(() => null);
      if (result?.acknowledged) {
        lastAcknowledged.set(key(n, a), seq);
        if (wasKilled) acknowledgedAfter[n]++;
        else acknowledgedBefore++;
      } else if (!killed) {
        throw new Error(`save refused before the kill: HTTP ${result?.status}`);
      } else {
        refusedAfter++; // in flight on the killed instance: nginx answers 502 and does not repeat a POST
      }
    }
  });

  await expect.poll(() => acknowledgedBefore, { timeout: 60_000, intervals: [50] }).toBeGreaterThanOrEqual(60);
  killed = true;
  await projectorInstance.stop("SIGKILL");
  const survivor = instances.find((instance) => instance !== projectorInstance)!;
  // The other instance keeps serving every raadslid through nginx.
  await expect.poll(() => Math.min(...acknowledgedAfter), { timeout: 60_000, intervals: [100] }).toBeGreaterThanOrEqual(3);
  stop = true;
  await Promise.all(savers);

  const stored = await storedAnswers();
  const lost = [...lastAcknowledged].filter(([k, seq]) => seqOf(stored.get(k)) < seq);
  expect(lost).toEqual([]);

  // The projector's stream died with its instance; the browser reconnects through nginx to
  // the survivor, which shows everyone who answered.
  await expect(projector.getByTestId("respondents")).toHaveText(`${RAADSLEDEN} raadsleden hebben geantwoord`, { timeout: 15_000 });
  await expect(projector.getByText("Live verbonden.")).toBeVisible();
  expect(survivor.running).toBe(true);
  const ready = await fetch(`${nginx.url}/api/health/ready`);
  expect(ready.status).toBe(200);
  console.log(`[load-balancer] ${JSON.stringify({ acknowledgedBeforeKill: acknowledgedBefore, acknowledgedAfterKill: acknowledgedAfter.reduce((a, b) => a + b, 0), refusedAfterKill: refusedAfter, answersStored: stored.size })}`);
});
