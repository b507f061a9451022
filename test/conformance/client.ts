// A client of Bottega written from docs/api-clients.md, docs/live-protocol.md and
// docs/board-protocol.md alone: REST calls with a Bearer token (answers and problem details), a
// /live connection (a ticket's `url`, JSON frames, close codes), refused upgrades, and a small
// cookie-keeping browser for the HTML steps the documents describe (a guest joining by link, a
// person signing in to make a token). It imports nothing from src/.
import WebSocket from "ws";

// biome-ignore lint/suspicious/noExplicitAny: JSON as received; each field is checked where it is read
export type Json = Record<string, any>;
export type Answer = { status: number; headers: Headers; body: Json };

/** REST calls to /api/v1 as the holder of `token`. */
export function apiAs(base: string, token: string) {
  return async (method: string, path: string, body?: unknown): Promise<Answer> => {
    const res = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : {} };
  };
}

/** A call that must succeed: its body, or an error with the problem's code and detail. */
export async function ok(answer: Promise<Answer>): Promise<Json> {
  const a = await answer;
  if (a.status >= 400) throw new Error(`${a.status} ${a.body.code}: ${a.body.detail}`);
  return a.body;
}

export type Live = {
  ws: WebSocket;
  /** Every message received, in order. */
  seen: Json[];
  send(message: Json | string): void;
  /** The first message not taken yet that passes `test` (default: any), waiting up to `ms`. */
  next(test?: (m: Json) => boolean, ms?: number): Promise<Json>;
  /** Nothing (passing `test`) arrives within `ms`. */
  quiet(ms: number, test?: (m: Json) => boolean): Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
  close(): void;
};

/** Opens a /live URL (a ticket's `url`, or /live with a browser's cookie and Origin). */
export async function openLive(url: string, headers: Record<string, string> = {}): Promise<Live> {
  const ws = new WebSocket(url, { headers });
  const seen: Json[] = [];
  const taken = new Set<Json>();
  const waiting: { test: (m: Json) => boolean; done: (m: Json) => void }[] = [];
  ws.on("message", (data) => {
    const m = JSON.parse(String(data)) as Json;
    seen.push(m);
    const w = waiting.find((x) => x.test(m));
    if (!w) return;
    waiting.splice(waiting.indexOf(w), 1);
    taken.add(m);
    w.done(m);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on("close", (code, reason) => resolve({ code, reason: String(reason) })),
  );
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  const any = () => true;
  return {
    ws,
    seen,
    send: (m) => ws.send(typeof m === "string" ? m : JSON.stringify(m)),
    next: (test = any, ms = 5000) =>
      new Promise<Json>((resolve, reject) => {
        const old = seen.find((m) => !taken.has(m) && test(m));
        if (old) {
          taken.add(old);
          return resolve(old);
        }
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(entry), 1);
          reject(new Error(`no such message within ${ms} ms; last: ${JSON.stringify(seen.at(-1))}`));
        }, ms);
        const entry = {
          test,
          done: (m: Json) => {
            clearTimeout(timer);
            resolve(m);
          },
        };
        waiting.push(entry);
      }),
    async quiet(ms, test = any) {
      const from = seen.length;
      await new Promise((r) => setTimeout(r, ms));
      const extra = seen.slice(from).filter(test);
      if (extra.length) throw new Error(`unexpected: ${JSON.stringify(extra[0])}`);
    },
    closed,
    close: () => ws.close(),
  };
}

/** An upgrade the server should refuse: its HTTP status and problem details. */
export function refusedUpgrade(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.on("open", () => {
      ws.close();
      reject(new Error("the upgrade was accepted"));
    });
    ws.on("error", () => {});
    ws.on("unexpected-response", (_req, res) => {
      let text = "";
      res.on("data", (d: Buffer) => {
        text += d.toString();
      });
      res.on("end", () => {
        const h = new Headers();
        for (const [k, v] of Object.entries(res.headers)) if (typeof v === "string") h.set(k, v);
        resolve({ status: res.statusCode ?? 0, headers: h, body: text ? JSON.parse(text) : {} });
      });
    });
  });
}

/** A browser without JavaScript: keeps cookies, follows nothing, reads forms' `_csrf`. */
export class Browser {
  readonly cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  private keep(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (value) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
    return res;
  }

  get cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async get(path: string) {
    return this.keep(
      await fetch(`${this.base}${path}`, { headers: { cookie: this.cookieHeader }, redirect: "manual" }),
    );
  }

  async post(path: string, fields: Record<string, string>) {
    return this.keep(
      await fetch(`${this.base}${path}`, {
        method: "POST",
        headers: { cookie: this.cookieHeader, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(fields),
        redirect: "manual",
      }),
    );
  }

  /** The `_csrf` value of the forms on `path` (every form of a page carries the same one). */
  async csrf(path: string): Promise<string> {
    const html = await (await this.get(path)).text();
    const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
    if (!token) throw new Error(`no _csrf on ${path}`);
    return token;
  }
}
