import { HttpCaller } from "./http-client";

/**
 * A raadslid as a plain HTTP client (no browser), on the matrix's caller (cookies,
 * real next-auth sign-in): it reads the worksheet's answer form and saves answers
 * the way a phone without JavaScript does, or the way the page's JavaScript does.
 */
export class HttpRaadslid extends HttpCaller {
  constructor(
    baseUrl: string,
    readonly email: string,
  ) {
    super(email, baseUrl);
  }

  private screens = new Map<string, string>();

  /**
   * The page (one actor per screen: `?rolspeler=n`) that holds an actor's answer form, and
   * its HTML. A phone posts without JavaScript to the screen it shows, so saves go there too.
   */
  private async screenOf(worksheetPath: string, actorId: string): Promise<{ path: string; form: string }> {
    const known = this.screens.get(`${worksheetPath}#${actorId}`);
    if (known) return { path: known, form: await this.formOn(known, actorId) };
    // Walk the screens once and remember every actor's (a screen past the last shows the first again).
    let found: { path: string; form: string } | null = null;
    for (let n = 1; n <= 20; n++) {
      const path = `${worksheetPath}?rolspeler=${n}`;
      const html = await this.page(path);
      const id = /name="actorId" value="([^"]+)"/.exec(html)?.[1];
      if (!id || this.screens.has(`${worksheetPath}#${id}`)) break;
      this.screens.set(`${worksheetPath}#${id}`, path);
      if (id === actorId) found = { path, form: await this.formOn(path, actorId, html) };
    }
    if (!found) throw new Error(`No answer form for actor ${actorId} on ${worksheetPath}`);
    return found;
  }

  private async page(path: string): Promise<string> {
    const response = await this.fetch(path);
    const html = await response.text();
    if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
    return html;
  }

  private async formOn(path: string, actorId: string, html?: string): Promise<string> {
    const form = (html ?? (await this.page(path))).split("<form").find((part) => part.includes(`name="actorId" value="${actorId}"`));
    if (!form) throw new Error(`No answer form for actor ${actorId} on ${path}`);
    return form;
  }

  /** The answer form for one actor as the server renders it now, read from the screen that holds it. */
  async answerFormHtml(worksheetPath: string, actorId: string): Promise<string> {
    return (await this.screenOf(worksheetPath, actorId)).form;
  }

  /** The hidden fields of the answer form for one actor, as rendered in the worksheet page. */
  async answerForm(worksheetPath: string, actorId: string): Promise<Record<string, string>> {
    const { form } = await this.screenOf(worksheetPath, actorId);
    const fields: Record<string, string> = {};
    for (const input of form.split("</form>")[0].matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) {
      fields[decodeHtml(input[1])] = decodeHtml(input[2] ?? "");
    }
    return fields;
  }

  /**
   * Saves an answer by posting the form without JavaScript (multipart, as a browser
   * does). Acknowledged means: HTTP 200 and the page says the answer was saved.
   */
  async saveAnswer(worksheetPath: string, hiddenFields: Record<string, string>, rung: string, motivation: string) {
    const body = new FormData();
    for (const [name, value] of Object.entries(hiddenFields)) body.append(name, value);
    body.append("rung", rung);
    body.append("motivation", motivation);
    const path = this.screens.get(`${worksheetPath}#${hiddenFields.actorId}`) ?? (await this.screenOf(worksheetPath, hiddenFields.actorId)).path;
    const response = await this.fetch(path, { method: "POST", body });
    const html = await response.text();
    return { status: response.status, acknowledged: response.status === 200 && html.includes("Opgeslagen om"), html };
  }

  /**
   * Saves an answer the way the page's JavaScript does: a fetch with the Next-Action
   * header calling the form's server action with its bound arguments and the form
   * data (React's reply encoding: the form fields go as "_1_<name>", then part "0"
   * holds the arguments, where "$K1" stands for those fields). Acknowledged: HTTP 200 and a success state.
   */
  async saveAnswerWithJs(worksheetPath: string, hiddenFields: Record<string, string>, rung: string, motivation: string) {
    const reference = Object.entries(hiddenFields).find(([name]) => /^\$ACTION_\d+:0$/.test(name));
    const bound = Object.entries(hiddenFields).find(([name]) => /^\$ACTION_\d+:1$/.test(name));
    if (!reference || !bound) throw new Error("The answer form has no server action reference");
    const { id } = JSON.parse(reference[1]) as { id: string };
    const body = new FormData();
    body.append("_1_actorId", hiddenFields.actorId);
    body.append("_1_promise", hiddenFields.promise);
    body.append("_1_rung", rung);
    body.append("_1_motivation", motivation);
    // Last, as React sends it: the server resolves "$K1" from the fields that came before.
    body.append("0", JSON.stringify([...(JSON.parse(bound[1]) as unknown[]), "$K1"]));
    const response = await this.fetch(worksheetPath, { method: "POST", headers: { "next-action": id, accept: "text/x-component" }, body });
    const text = await response.text();
    return { status: response.status, acknowledged: response.status === 200 && text.includes('"status":"success"'), text };
  }
}

function decodeHtml(text: string) {
  return text.replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");
}
