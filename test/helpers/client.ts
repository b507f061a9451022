// A small browser stand-in for integration tests: keeps cookies, sends forms with their CSRF token
// (read from the page, as a browser would) and the same-origin headers a browser sends.
import type { TestRuntime } from "./runtime.ts";

export class Client {
  readonly cookies = new Map<string, string>();
  constructor(
    private readonly t: TestRuntime,
    readonly headers: Record<string, string> = {},
  ) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private store(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair = "", ...attrs] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /max-age=0\b/i.test(a) || /expires=thu, 01 jan 1970/i.test(a));
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    for (const [k, v] of Object.entries(this.headers)) if (!headers.has(k)) headers.set(k, v);
    if (this.cookies.size) headers.set("cookie", this.cookieHeader());
    const res = await this.t.app.request(path, { ...init, headers });
    this.store(res);
    return res;
  }

  get(path: string, headers: Record<string, string> = {}) {
    return this.request(path, { headers });
  }

  /** GETs `formPage` to obtain a CSRF token, then posts `fields` to `action`. */
  async submit(formPage: string, action: string, fields: Record<string, string>): Promise<Response> {
    const page = await this.get(formPage);
    const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1];
    if (!token) throw new Error(`No CSRF token on ${formPage}`);
    return this.post(action, { _csrf: token, ...fields });
  }

  /** Posts a form as a browser on this site would (Origin and Sec-Fetch-Site set). */
  post(action: string, fields: Record<string, string> | FormData): Promise<Response> {
    const body = fields instanceof FormData ? fields : new URLSearchParams(fields);
    return this.request(action, {
      method: "POST",
      body,
      headers: { origin: new URL(this.t.config.baseUrl).origin, "sec-fetch-site": "same-origin" },
    });
  }

  /** The CSRF token of the current session, as pages embed it. */
  async csrf(page = "/"): Promise<string> {
    const html = await (await this.get(page)).text();
    const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
    if (!token) throw new Error(`No CSRF token on ${page}`);
    return token;
  }
}
