// Live (WebSocket) test helpers: the app served on a random port with /live attached, real `ws`
// clients with a message queue, and the two ways to be someone on /live (a browser session cookie
// from this site's origin, or a ticket from the API).
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import WebSocket from "ws";
import { createApiToken, identityResolvers, startSession } from "../../src/modules/identity/index.ts";
import { COOKIE, wireName } from "../../src/platform/http/cookies.ts";
import type { LiveHub } from "../../src/platform/realtime/hub.ts";
import type { LiveLimits } from "../../src/platform/realtime/limits.ts";
import { attachLive } from "../../src/platform/realtime/live.ts";
import type { TestRuntime } from "./runtime.ts";

export type LiveServer = Awaited<ReturnType<typeof startLiveServer>>;

/**
 * Serves the test runtime's app on 127.0.0.1:<random> with /live attached. `limits` replaces some of
 * /live's limits for this server only (production never passes any: server.ts).
 */
export async function startLiveServer(
  t: TestRuntime,
  opts: { hub?: LiveHub; heartbeatMs?: number; limits?: Partial<LiveLimits> } = {},
) {
  const server = serve({ fetch: t.app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve, reject) => {
    server.once("listening", () => resolve());
    server.once("error", reject);
  });
  const live = await attachLive(server, t.deps, identityResolvers, opts);
  const { port } = server.address() as AddressInfo;
  return {
    live,
    port,
    url: `ws://127.0.0.1:${port}/live`,
    http: `http://127.0.0.1:${port}`,
    async close() {
      await live.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type Message = { type: string } & Record<string, unknown>;

export type LiveClient = {
  ws: WebSocket;
  send(message: unknown): void;
  /** The next message (optionally of a type, skipping others); fails after `ms`. */
  next(type?: string, ms?: number): Promise<Message>;
  /** Resolves with no message within `ms`, fails if one arrives. */
  silence(ms?: number): Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
  close(): void;
};

/**
 * Opens a WebSocket and waits for it to be open (after which `hello` is the first message).
 * Messages of the `ignore` types are dropped (e.g. `board.presence` in tests about other things).
 */
export async function connectLive(
  url: string,
  headers: Record<string, string> = {},
  opts: { ignore?: string[] } = {},
): Promise<LiveClient> {
  const ws = new WebSocket(url, { headers });
  const queue: Message[] = [];
  const waiters: ((m: Message) => void)[] = [];
  ws.on("message", (data) => {
    const m = JSON.parse(data.toString()) as Message;
    if (opts.ignore?.includes(m.type)) return;
    const w = waiters.shift();
    if (w) w(m);
    else queue.push(m);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on("close", (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
    ws.once("unexpected-response", (_req, res) => reject(new Error(`refused with ${res.statusCode}`)));
  });
  const take = (ms: number) =>
    new Promise<Message>((resolve, reject) => {
      const m = queue.shift();
      if (m) return resolve(m);
      const timer = setTimeout(() => {
        waiters.splice(waiters.indexOf(waiter), 1);
        reject(new Error(`no message within ${ms} ms`));
      }, ms);
      const waiter = (msg: Message) => {
        clearTimeout(timer);
        resolve(msg);
      };
      waiters.push(waiter);
    });
  return {
    ws,
    send: (message) => ws.send(typeof message === "string" ? message : JSON.stringify(message)),
    async next(type, ms = 3000) {
      for (;;) {
        const m = await take(ms);
        if (!type || m.type === type) return m;
      }
    },
    async silence(ms = 200) {
      await new Promise((r) => setTimeout(r, ms));
      if (queue.length) throw new Error(`unexpected message: ${JSON.stringify(queue[0])}`);
    },
    closed,
    close: () => ws.close(),
  };
}

/** Tries to open a WebSocket that the server should refuse: the HTTP status and problem body. */
export function refusedUpgrade(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
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
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : {} }));
    });
  });
}

/** What a signed-in browser on this site sends with its WebSocket upgrade. */
export async function browserHeaders(t: TestRuntime, accountId: string): Promise<Record<string, string>> {
  const token = await startSession(t.deps, accountId, "vitest");
  return {
    cookie: `${wireName(t.config.baseUrl, COOKIE.session)}=${token}`,
    origin: new URL(t.config.baseUrl).origin,
  };
}

/** A ticket for a non-browser client, obtained through the API with a personal access token. */
export async function liveTicket(t: TestRuntime, accountId: string): Promise<string> {
  const { token } = await createApiToken(t.deps, accountId, "live test");
  const res = await t.app.request("/api/v1/live/tickets", {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
  });
  if (res.status !== 200) throw new Error(`ticket refused: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { ticket: string }).ticket;
}
