import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addAgendaItem, updateAgendaItem } from "@/lib/agenda/agenda";
import { getCouncilSession } from "@/lib/council-sessions/get-session";
import { db } from "@/lib/db";
import { postJson, searchOri } from "@/lib/ris/ori";
import { lookUpOri, setOriBaseUrl, setSessionRisUrl } from "@/lib/ris/ris";
import { agendaItemSchema } from "@/lib/validation/agenda";
import { oriBaseUrlSchema, sessionRisLinkSchema } from "@/lib/validation/ris";
import { createGemeente, createMember, createSession } from "@/tests/support/factories";
import { startOriServer } from "@/tests/support/ori-server";
import { errorsByField } from "@/tests/support/validation";

let ori: Awaited<ReturnType<typeof startOriServer>>;
beforeAll(async () => {
  ori = await startOriServer();
  // The fixture server listens on 127.0.0.1, an inside address the app refuses by default.
  vi.stubEnv("ORI_PRIVATE_HOSTS", "allow");
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await ori.stop();
});

describe("RIS links on a session and its agenda items", () => {
  it("accepts an https or http link, or none; refuses other schemes with a clear Dutch message", () => {
    expect(sessionRisLinkSchema.parse({ risUrl: " https://voorbeeld.ibabs.eu/Agenda/Details/123 " }).risUrl).toBe("https://voorbeeld.ibabs.eu/Agenda/Details/123");
    expect(sessionRisLinkSchema.parse({ risUrl: "http://ris.voorbeeld.nl/vergadering/7" }).risUrl).toBe("http://ris.voorbeeld.nl/vergadering/7");
    expect(sessionRisLinkSchema.parse({ risUrl: "" }).risUrl).toBe("");
    for (const bad of ["javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://ris.voorbeeld.nl/x", "file:///etc/passwd", "voorbeeld.notubiz.nl/vergadering", "https://"]) {
      const result = sessionRisLinkSchema.safeParse({ risUrl: bad });
      expect(result.success, bad).toBe(false);
      expect(errorsByField(result.error!).risUrl).toEqual(["Vul een webadres in dat begint met https:// of http://."]);
    }
    const item = agendaItemSchema.safeParse({ title: "Raadsvoorstel", phase: "OORDEELSVORMING", durationMinutes: "30", risUrl: "javascript:alert(1)" });
    expect(errorsByField(item.error!).risUrl).toEqual(["Vul een webadres in dat begint met https:// of http://."]);
  });

  it("saves the session's and an item's link in the gemeente, and refuses another gemeente's session", async () => {
    const gemeente = await createGemeente();
    const griffier = await createMember(gemeente, "GRIFFIER");
    const { id } = await createSession(griffier);
    await setSessionRisUrl(griffier, id, "https://voorbeeld.notubiz.nl/vergadering/1048213");
    const item = await addAgendaItem(griffier, id, { ...agendaItemSchema.parse({ title: "Koersdocument", phase: "OORDEELSVORMING", durationMinutes: "30", risUrl: "https://voorbeeld.notubiz.nl/agendapunt/1048219" }) });
    await updateAgendaItem(griffier, id, { ...agendaItemSchema.parse({ title: "Koersdocument jeugdhulp", phase: "OORDEELSVORMING", durationMinutes: "30", risUrl: "https://voorbeeld.notubiz.nl/agendapunt/1" }), itemId: item.id, version: 1 });
    const session = await getCouncilSession(griffier, id);
    expect(session.risUrl).toBe("https://voorbeeld.notubiz.nl/vergadering/1048213");
    expect(session.agendaItems[0].risUrl).toBe("https://voorbeeld.notubiz.nl/agendapunt/1");
    const audit = await db().auditEvent.findFirst({ where: { action: "session.ris-url", entityId: id } });
    expect(audit).not.toBeNull();

    const other = await createMember(await createGemeente("Elders"), "GRIFFIER");
    await expect(setSessionRisUrl(other, id, "https://elders.nl")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const raadslid = await createMember(gemeente, "RAADSLID");
    await expect(setSessionRisUrl(raadslid, id, "https://voorbeeld.nl")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getCouncilSession(griffier, id)).risUrl).toBe("https://voorbeeld.notubiz.nl/vergadering/1048213");
  });
});

describe("Open Raadsinformatie lookup (recorded fixtures on a local server, never the network)", () => {
  it("is off until the beheerder sets a base URL for the gemeente; only the beheerder may", async () => {
    const gemeente = await createGemeente();
    const beheerder = await createMember(gemeente, "BEHEERDER");
    const griffier = await createMember(gemeente, "GRIFFIER");
    expect(await lookUpOri(griffier, "jeugdzorg", "Meeting")).toEqual({ ok: false, reason: "not-configured" });
    await expect(setOriBaseUrl(griffier, ori.url)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await setOriBaseUrl(beheerder, oriBaseUrlSchema.parse({ oriBaseUrl: `${ori.url}/` }).oriBaseUrl);
    expect((await db().gemeente.findUniqueOrThrow({ where: { id: gemeente.id } })).oriBaseUrl).toBe(ori.url);
    // Another gemeente's setting is its own.
    const elders = await createMember(await createGemeente("Elders"), "GRIFFIER");
    expect(await lookUpOri(elders, "jeugdzorg", "Meeting")).toEqual({ ok: false, reason: "not-configured" });
    // Not an http(s) address: refused with a Dutch message.
    expect(errorsByField(oriBaseUrlSchema.safeParse({ oriBaseUrl: "file:///etc" }).error!).oriBaseUrl).toEqual(["Vul het adres van de API in, beginnend met https:// of http://."]);
  });

  it("finds meetings and agenda items: title, date and the source's own link, searched on the server", async () => {
    const gemeente = await createGemeente();
    const beheerder = await createMember(gemeente, "BEHEERDER");
    const griffier = await createMember(gemeente, "GRIFFIER");
    await setOriBaseUrl(beheerder, ori.url);
    ori.state.mode = "ok";
    ori.state.requests.length = 0;

    const meetings = await lookUpOri(griffier, "jeugdzorg", "Meeting");
    expect(meetings).toEqual({
      ok: true,
      hits: [
        { id: "1048213", kind: "Meeting", title: "Raadsvergadering over jeugdzorg", date: "2027-03-11", url: "https://voorbeeld.notubiz.nl/vergadering/1048213" },
        // No link of its own: the ORI identifier.
        { id: "1047760", kind: "Meeting", title: "Commissie Samenleving: jeugdzorg en wijkteams", date: "2027-02-18", url: "https://id.openraadsinformatie.nl/1047760" },
      ],
    });
    expect(ori.state.requests[0].path).toBe("/v1/elastic/ori_voorbeeld/_search");
    expect(JSON.stringify(ori.state.requests[0].body)).toContain('"query":"jeugdzorg"');

    const items = await lookUpOri(griffier, "koersdocument", "AgendaItem");
    expect(items.ok && items.hits.map((h) => [h.title, h.url])).toEqual([
      ["Raadsvoorstel Koersdocument jeugdhulp 2027-2030", "https://voorbeeld.notubiz.nl/vergadering/1048213/agendapunt/1048219"],
      // A javascript: link from the API is never passed on.
      ["Motie vreemd aan de orde: wachtlijsten", "https://id.openraadsinformatie.nl/1048221"],
    ]);
    const raadslid = await createMember(gemeente, "RAADSLID");
    await expect(lookUpOri(raadslid, "jeugdzorg", "Meeting")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("says the API is unavailable when it is down, too slow, or not answering JSON, without throwing", async () => {
    ori.state.mode = "down";
    const allow = { privateHosts: "allow" } as const;
    expect(await searchOri(ori.url, "jeugdzorg", "Meeting", allow)).toEqual({ ok: false, reason: "unavailable" });
    ori.state.mode = "slow";
    const started = Date.now();
    expect(await searchOri(ori.url, "jeugdzorg", "Meeting", { ...allow, timeoutMs: 300 })).toEqual({ ok: false, reason: "unavailable" });
    expect(Date.now() - started).toBeLessThan(3000);
    ori.state.mode = "garbage";
    expect(await searchOri(ori.url, "jeugdzorg", "Meeting", allow)).toEqual({ ok: false, reason: "invalid-response" });
    // An answer far larger than a search result is not read to the end.
    ori.state.mode = "huge";
    expect(await searchOri(ori.url, "jeugdzorg", "Meeting", allow)).toEqual({ ok: false, reason: "invalid-response" });
    // Nobody listening at all.
    expect(await searchOri("http://127.0.0.1:1/ori", "jeugdzorg", "Meeting", { ...allow, timeoutMs: 1000 })).toEqual({ ok: false, reason: "unavailable" });
    ori.state.mode = "ok";
  });

  it("never lets a beheerder's setting steer the server into the hosting network, unless ORI_PRIVATE_HOSTS=allow", async () => {
    ori.state.mode = "ok";
    ori.state.requests.length = 0;
    for (const inside of [ori.url, "http://localhost:5432", "http://169.254.169.254/latest", "http://10.1.2.3", "http://192.168.1.1", "http://[::1]:8080", "http://[::ffff:127.0.0.1]"]) {
      expect(await searchOri(inside, "jeugdzorg", "Meeting", { timeoutMs: 500 }), inside).toEqual({ ok: false, reason: "refused-address" });
    }
    expect(ori.state.requests).toEqual([]);

    // Through the gemeente's setting: the same refusal, with the system administrator's switch.
    const gemeente = await createGemeente();
    const beheerder = await createMember(gemeente, "BEHEERDER");
    const griffier = await createMember(gemeente, "GRIFFIER");
    await setOriBaseUrl(beheerder, ori.url);
    vi.stubEnv("ORI_PRIVATE_HOSTS", "refuse");
    expect(await lookUpOri(griffier, "jeugdzorg", "Meeting")).toEqual({ ok: false, reason: "refused-address" });
    expect(ori.state.requests).toEqual([]);
    vi.stubEnv("ORI_PRIVATE_HOSTS", "allow");
    expect(await lookUpOri(griffier, "jeugdzorg", "Meeting")).toMatchObject({ ok: true });
  });

  it("checks the address again when the request connects, so a name that answers differently the second time (DNS rebinding) reaches nothing inside", async () => {
    // The check before the request is skipped here: the connection itself must refuse a name
    // that resolves inside, whatever an earlier lookup said.
    ori.state.requests.length = 0;
    const byName = `${ori.url.replace("127.0.0.1", "localhost")}/_search`;
    const options = { timeoutMs: 2000, limit: 1024 * 1024 };
    await expect(postJson(byName, { query: {} }, { ...options, privateHosts: "refuse" })).rejects.toThrow();
    expect(ori.state.requests).toEqual([]);
    // The same request with inside addresses allowed goes through: the refusal was the guard's.
    expect(await postJson(byName, { query: {} }, { ...options, privateHosts: "allow" })).toMatchObject({ status: 200 });
    expect(ori.state.requests).toHaveLength(1);
  });
});
