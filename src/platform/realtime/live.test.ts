// /live over real sockets: the app served on a random port, real `ws` clients, real sessions and
// tickets in the database. The cross-process test uses the real Redis only when REDIS_URL is set.
import { randomBytes } from "node:crypto";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiTokenFor, buildAccount } from "../../../test/helpers/factories.ts";
import {
  browserHeaders,
  connectLive,
  type LiveServer,
  liveTicket,
  refusedUpgrade,
  startLiveServer,
} from "../../../test/helpers/live.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { AppError } from "../errors.ts";
import { hashToken } from "../ids.ts";
import { createLogger } from "../logger.ts";
import { signGuestTicket } from "./guest-tickets.ts";
import { memoryHub, redisHub } from "./hub.ts";
import { DEFAULT_LIVE_LIMITS } from "./limits.ts";
import { POLICY_VIOLATION } from "./live.ts";

let t: TestRuntime;
let s: LiveServer;

beforeAll(async () => {
  t = await createTestRuntime();
  // An explicit in-process hub: seq numbers here must not depend on a Redis shared with other runs.
  s = await startLiveServer(t, { hub: memoryHub() });
  // A test-only message type, registered the way the board module will register its own.
  s.live.on("test.subscribe", async (conn, msg) => {
    await s.live.hub.subscribe(String(msg.stream), conn.socket);
    conn.send({ type: "test.subscribed", stream: msg.stream });
  });
  s.live.on("test.fail", (_conn, msg) => {
    if (msg.how === "app") throw new AppError(403, "forbidden", "Not yours.");
    throw new Error("boom");
  });
});
afterAll(async () => {
  await s?.close();
  await t?.close();
});

async function apiToken(accountId: string) {
  return apiTokenFor(t, accountId);
}

describe("POST /api/v1/live/tickets", () => {
  it("gives a Bearer-token client a ticket valid 60 s, with the URL to connect to, stored only as a hash", async () => {
    const a = await buildAccount(t);
    const res = await t.app.request("/api/v1/live/tickets", {
      method: "POST",
      headers: { authorization: `Bearer ${await apiToken(a.id)}` },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ticket: string; expiresAt: string; url: string };
    expect(body.ticket).toMatch(/^lt_[\w-]{20,}$/);
    expect(new Date(body.expiresAt).getTime() - t.clock.now().getTime()).toBe(60_000);
    expect(body.url).toBe(`ws://localhost:3000/live?ticket=${body.ticket}`);
    const rows = await t.deps.pool.query("select id, account_id from live_tickets where account_id = $1", [
      a.id,
    ]);
    expect(rows.rows).toEqual([{ id: hashToken(body.ticket), account_id: a.id }]);
  });

  it("refuses callers without a Bearer token, including a signed-in browser, as problem details", async () => {
    const anonymous = await t.app.request("/api/v1/live/tickets", { method: "POST" });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("content-type")).toContain("application/problem+json");
    expect(((await anonymous.json()) as { code: string }).code).toBe("unauthorized");

    const a = await buildAccount(t);
    const cookie = (await browserHeaders(t, a.id)).cookie!;
    // The cookie alone is refused before the route: the API's CSRF check (docs/decisions/0010).
    const forged = await t.app.request("/api/v1/live/tickets", { method: "POST", headers: { cookie } });
    expect(forged.status).toBe(403);
    // With the session's CSRF token it reaches the route, which still wants a Bearer token.
    const page = await (await t.app.request("/", { headers: { cookie } })).text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? "";
    const browser = await t.app.request("/api/v1/live/tickets", {
      method: "POST",
      headers: { cookie, "x-csrf-token": csrf },
    });
    expect(browser.status).toBe(401);

    const bad = await t.app.request("/api/v1/live/tickets", {
      method: "POST",
      headers: { authorization: "Bearer bt_not-a-token" },
    });
    expect(bad.status).toBe(401);
  });

  it("is described in the OpenAPI document", async () => {
    const doc = (await (await t.app.request("/api/v1/openapi.json")).json()) as {
      paths: Record<string, unknown>;
    };
    expect(doc.paths["/live/tickets"]).toHaveProperty("post");
  });
});

describe("connecting to /live", () => {
  it("accepts a ticket once, greeting the ticket's account with hello", async () => {
    const a = await buildAccount(t, { name: "Marta Rinaldi" });
    const ticket = await liveTicket(t, a.id);
    const c = await connectLive(`${s.url}?ticket=${ticket}`);
    expect(await c.next()).toEqual({ type: "hello", actor: { id: a.id, name: "Marta Rinaldi" } });
    c.close();

    const again = await refusedUpgrade(`${s.url}?ticket=${ticket}`);
    expect(again.status).toBe(401);
    expect(again.body.code).toBe("invalid-ticket");
  });

  it("refuses a ticket after its 60 seconds, and an invented one", async () => {
    const a = await buildAccount(t);
    const ticket = await liveTicket(t, a.id);
    t.clock.advance(61_000);
    expect((await refusedUpgrade(`${s.url}?ticket=${ticket}`)).status).toBe(401);
    expect((await refusedUpgrade(`${s.url}?ticket=lt_invented`)).status).toBe(401);
    expect((await refusedUpgrade(`${s.url}?ticket=`)).status).toBe(401);
  });

  it("accepts a browser's session cookie from this site's origin", async () => {
    const a = await buildAccount(t, { name: "Luca Bianchi" });
    const c = await connectLive(s.url, await browserHeaders(t, a.id));
    expect(await c.next()).toEqual({ type: "hello", actor: { id: a.id, name: "Luca Bianchi" } });
    c.close();
  });

  it("refuses a session cookie sent from another origin, or with no origin (403)", async () => {
    const a = await buildAccount(t);
    const headers = await browserHeaders(t, a.id);
    const evil = await refusedUpgrade(s.url, { ...headers, origin: "https://evil.example" });
    expect(evil.status).toBe(403);
    expect(evil.body.code).toBe("bad-origin");
    expect((await refusedUpgrade(s.url, { cookie: headers.cookie! })).status).toBe(403);
  });

  it("answers 401 before the upgrade without credentials or with an ended session", async () => {
    const none = await refusedUpgrade(s.url, { origin: "http://localhost:3000" });
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ status: 401, code: "unauthorized" });
    const stale = await refusedUpgrade(s.url, {
      cookie: "bottega_session=forged",
      origin: "http://localhost:3000",
    });
    expect(stale.status).toBe(401);
  });

  it("answers 404 for WebSocket upgrades on other paths", async () => {
    const a = await buildAccount(t);
    const res = await refusedUpgrade(`ws://127.0.0.1:${s.port}/elsewhere`, await browserHeaders(t, a.id));
    expect(res.status).toBe(404);
  });

  it("leaves ordinary HTTP on the same port alone", async () => {
    expect((await fetch(`${s.http}/healthz`)).status).toBe(200);
  });
});

describe("messages", () => {
  async function connected() {
    const a = await buildAccount(t);
    const c = await connectLive(s.url, await browserHeaders(t, a.id));
    await c.next("hello");
    return c;
  }

  it("answers ping with pong, echoing the client's ref", async () => {
    const c = await connected();
    c.send({ type: "ping" });
    expect(await c.next()).toEqual({ type: "pong" });
    c.send({ type: "ping", ref: 7 });
    expect(await c.next()).toEqual({ type: "pong", ref: 7 });
    c.close();
  });

  it("answers malformed JSON, non-objects, missing types, unknown types and binary frames with errors, staying open", async () => {
    const c = await connected();
    const cases: [unknown, string][] = [
      ["{not json", "malformed-json"],
      ["[1,2]", "invalid-message"],
      ['"ping"', "invalid-message"],
      [{ kind: "ping" }, "invalid-message"],
      [{ type: 42 }, "invalid-message"],
      [{ type: "Board Join" }, "invalid-message"],
      [{ type: "no.such-thing", ref: "r1" }, "unknown-type"],
    ];
    for (const [message, code] of cases) {
      c.send(message);
      const answer = await c.next();
      expect(answer, JSON.stringify(message)).toMatchObject({ type: "error", code });
      expect(typeof answer.message).toBe("string");
    }
    c.ws.send(Buffer.from([1, 2, 3]), { binary: true });
    expect(await c.next()).toMatchObject({ type: "error", code: "binary-not-supported" });
    // Still open and working.
    c.send({ type: "ping" });
    expect(await c.next()).toEqual({ type: "pong" });
    c.close();
  });

  it("echoes ref on unknown types, and reports handler failures without closing", async () => {
    const c = await connected();
    c.send({ type: "nope", ref: "abc" });
    expect(await c.next()).toMatchObject({ type: "error", code: "unknown-type", ref: "abc" });
    c.send({ type: "test.fail", how: "app", ref: 1 });
    expect(await c.next()).toEqual({ type: "error", code: "forbidden", message: "Not yours.", ref: 1 });
    c.send({ type: "test.fail", how: "crash" });
    expect(await c.next()).toMatchObject({ type: "error", code: "internal" });
    c.send({ type: "ping" });
    expect(await c.next()).toEqual({ type: "pong" });
    c.close();
  });

  it("closes with 1009 when a message is larger than 64 KB, and accepts one just under", async () => {
    const c = await connected();
    const under = JSON.stringify({ type: "ping", pad: "x".repeat(64 * 1024 - 40) });
    expect(Buffer.byteLength(under)).toBeLessThanOrEqual(64 * 1024);
    c.send(under);
    expect(await c.next()).toEqual({ type: "pong" });
    c.send(JSON.stringify({ type: "ping", pad: "x".repeat(64 * 1024) }));
    expect((await c.closed).code).toBe(1009);
  });
});

describe("limits of one client", () => {
  it("runs the production limits unless a test passes others", () => {
    expect(s.live.limits).toEqual(DEFAULT_LIVE_LIMITS);
    expect(DEFAULT_LIVE_LIMITS).toMatchObject({
      messages: { burst: 40, perSecond: 20 },
      subscriptionsPerConnection: 20,
      connectionsPerAccount: 20,
      connectionsPerGuest: 5,
    });
  });

  it("handles one connection's messages one at a time, in the order they came", async () => {
    let running = 0;
    let most = 0;
    s.live.on("test.slow", async (conn, msg) => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 20));
      running--;
      conn.send({ type: "test.done", n: msg.n });
    });
    const a = await buildAccount(t);
    const c = await connectLive(s.url, await browserHeaders(t, a.id));
    await c.next("hello");
    for (let n = 0; n < 8; n++) c.send({ type: "test.slow", n });
    // A ping after them is answered after them: it waits its turn.
    c.send({ type: "ping", ref: "last" });
    const got = [];
    for (let n = 0; n < 9; n++) got.push(await c.next());
    expect(got.map((m) => m.n ?? m.ref)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, "last"]);
    expect(most).toBe(1);
    c.close();
  });

  it("answers messages over the rate with rate-limited, then closes with 1008 when they keep coming", async () => {
    const strict = await startLiveServer(t, {
      hub: memoryHub(),
      limits: { messages: { burst: 5, perSecond: 2 }, abuse: { refusals: 3, windowMs: 60_000 } },
    });
    try {
      const a = await buildAccount(t);
      const c = await connectLive(strict.url, await browserHeaders(t, a.id));
      await c.next("hello");
      for (let i = 0; i < 6; i++) c.send({ type: "ping", ref: i });
      for (let i = 0; i < 5; i++) expect(await c.next()).toEqual({ type: "pong", ref: i });
      expect(await c.next()).toMatchObject({ type: "error", code: "rate-limited", ref: 5 });
      // Tokens come back with time (2 a second).
      await new Promise((r) => setTimeout(r, 600));
      c.send({ type: "ping", ref: "later" });
      expect(await c.next()).toEqual({ type: "pong", ref: "later" });
      // Malformed messages take tokens too; the fourth refusal in the window closes the connection.
      for (let i = 0; i < 20; i++) c.send("{not json");
      expect((await c.closed).code).toBe(POLICY_VIOLATION);
      const rest: string[] = [];
      for (;;) {
        const m = await c.next(undefined, 50).catch(() => null);
        if (!m) break;
        rest.push(String(m.code));
      }
      // Answers still queued when it closed are dropped with the rest of what it sent.
      expect(rest.length).toBeLessThanOrEqual(20);
      for (const code of rest) expect(["malformed-json", "rate-limited"]).toContain(code);
    } finally {
      await strict.close();
    }
  });

  it("refuses more connections of one account or one guest than the caps with 429, until one closes", async () => {
    const capped = await startLiveServer(t, {
      hub: memoryHub(),
      limits: { connectionsPerAccount: 2, connectionsPerGuest: 1 },
    });
    try {
      const [a, b] = await Promise.all([buildAccount(t), buildAccount(t)]);
      const first = await connectLive(capped.url, await browserHeaders(t, a.id));
      // A ticket's connection counts for the same account as a browser's.
      const second = await connectLive(`${capped.url}?ticket=${await liveTicket(t, a.id)}`);
      const third = await refusedUpgrade(capped.url, await browserHeaders(t, a.id));
      expect(third.status).toBe(429);
      expect(third.body).toMatchObject({ status: 429, code: "too-many-connections" });
      // Someone else is not affected.
      const other = await connectLive(capped.url, await browserHeaders(t, b.id));
      await other.next("hello");
      first.close();
      await first.closed;
      const headers = await browserHeaders(t, a.id);
      await expect
        .poll(async () => {
          try {
            const again = await connectLive(capped.url, headers);
            again.close();
            return true;
          } catch {
            return false;
          }
        })
        .toBe(true);

      const guest = (id: string) =>
        signGuestTicket(t.config.secret, t.clock, { scope: "board:x", id, name: "Ospite" }).ticket;
      const g1 = await connectLive(`${capped.url}?ticket=${guest("g1")}`);
      expect((await refusedUpgrade(`${capped.url}?ticket=${guest("g1")}`)).status).toBe(429);
      const g2 = await connectLive(`${capped.url}?ticket=${guest("g2")}`);
      for (const c of [second, other, g1, g2]) c.close();
    } finally {
      await capped.close();
    }
  });
});

describe("streams", () => {
  it("delivers published events to a stream's subscribers only, numbered by seq per stream", async () => {
    const [a, b, outsider] = await Promise.all([buildAccount(t), buildAccount(t), buildAccount(t)]);
    const ca = await connectLive(s.url, await browserHeaders(t, a.id));
    const cb = await connectLive(`${s.url}?ticket=${await liveTicket(t, b.id)}`);
    const co = await connectLive(s.url, await browserHeaders(t, outsider.id));
    for (const c of [ca, cb, co]) await c.next("hello");
    ca.send({ type: "test.subscribe", stream: "board:one" });
    cb.send({ type: "test.subscribe", stream: "board:one" });
    co.send({ type: "test.subscribe", stream: "board:two" });
    for (const c of [ca, cb, co]) await c.next("test.subscribed");
    expect(s.live.hub.subscriberCount("board:one")).toBe(2);

    expect(await s.live.hub.publish("board:one", { type: "note.added", text: "Ciao" })).toBe(1);
    expect(
      await s.live.hub.publish("board:one", { type: "note.moved", x: 3, seq: 999, stream: "spoof" }),
    ).toBe(2);
    expect(await s.live.hub.publish("board:two", { type: "note.added", text: "Altro" })).toBe(1);

    for (const c of [ca, cb]) {
      expect(await c.next()).toEqual({ type: "note.added", text: "Ciao", stream: "board:one", seq: 1 });
      expect(await c.next()).toEqual({ type: "note.moved", x: 3, stream: "board:one", seq: 2 });
      await c.silence();
    }
    expect(await co.next()).toEqual({ type: "note.added", text: "Altro", stream: "board:two", seq: 1 });

    cb.close();
    await cb.closed;
    await expect.poll(() => s.live.hub.subscriberCount("board:one")).toBe(1);
    for (const c of [ca, co]) c.close();
  });

  it("does not register a socket that closed before its subscription went through", async () => {
    const hub = memoryHub();
    const sent: string[] = [];
    const closed = { readyState: 3, send: (d: string) => void sent.push(d) };
    await hub.subscribe("board:gone", closed);
    expect(hub.subscriberCount("board:gone")).toBe(0);
    await hub.publish("board:gone", { type: "x" });
    expect(sent).toEqual([]);
  });

  it("refuses stream names outside the plain alphabet", async () => {
    await expect(s.live.hub.publish("Board One!", { type: "x" })).rejects.toThrow(/Invalid live stream/);
  });

  it("closes a browser's connection with 4401 once its session ends (sign out), not a ticket's", async () => {
    // A heartbeat also ends a connection whose pong has not come back by the next one: 400 ms leaves
    // room for a loaded machine's pong, which 100 ms did not (it closed the browser with 1006 first).
    const quick = await startLiveServer(t, { hub: memoryHub(), heartbeatMs: 400 });
    try {
      const a = await buildAccount(t);
      const headers = await browserHeaders(t, a.id);
      const browser = await connectLive(quick.url, headers);
      const script = await connectLive(`${quick.url}?ticket=${await liveTicket(t, a.id)}`);
      await browser.next("hello");
      await script.next("hello");
      // Still open after a few heartbeats while the session lives.
      await new Promise((r) => setTimeout(r, 1_300));
      expect(browser.ws.readyState).toBe(browser.ws.OPEN);
      await t.deps.pool.query("delete from sessions where account_id = $1", [a.id]);
      expect((await browser.closed).code).toBe(4401);
      expect(script.ws.readyState).toBe(script.ws.OPEN);
      script.close();
    } finally {
      await quick.close();
    }
  });

  it("closes connections with 1001 when the server shuts down", async () => {
    const other = await startLiveServer(t);
    const a = await buildAccount(t);
    const c = await connectLive(other.url, await browserHeaders(t, a.id));
    await c.next("hello");
    await other.close();
    expect((await c.closed).code).toBe(1001);
  });
});

describe.runIf(process.env.REDIS_URL)(
  "across processes through Redis (skipped unless REDIS_URL is set)",
  () => {
    it("delivers events published in either process to subscribers of both, one seq order (runs only when REDIS_URL is set)", async () => {
      const url = process.env.REDIS_URL!;
      const prefix = `bottega-test:${randomBytes(6).toString("hex")}:`;
      const log = createLogger("silent");
      const one = await startLiveServer(t, { hub: await redisHub(url, log, prefix) });
      const two = await startLiveServer(t, { hub: await redisHub(url, log, prefix) });
      for (const srv of [one, two]) {
        srv.live.on("test.subscribe", async (conn, msg) => {
          await srv.live.hub.subscribe(String(msg.stream), conn.socket);
          conn.send({ type: "test.subscribed" });
        });
      }
      const [a, b] = await Promise.all([buildAccount(t), buildAccount(t)]);
      const ca = await connectLive(one.url, await browserHeaders(t, a.id));
      const cb = await connectLive(two.url, await browserHeaders(t, b.id));
      for (const c of [ca, cb]) {
        await c.next("hello");
        c.send({ type: "test.subscribe", stream: "board:shared" });
        await c.next("test.subscribed");
      }
      const seqs = await Promise.all([
        one.live.hub.publish("board:shared", { type: "note.added", from: "one" }),
        two.live.hub.publish("board:shared", { type: "note.added", from: "two" }),
      ]);
      expect(seqs.sort()).toEqual([1, 2]);
      const got = [];
      for (const c of [ca, cb]) got.push([await c.next(), await c.next()]);
      // Both processes' sockets see the same two events in the same order, numbered 1 then 2.
      expect(got[0]).toEqual(got[1]);
      expect(got[0]!.map((m) => m.seq)).toEqual([1, 2]);
      expect(got[0]!.map((m) => m.from).sort()).toEqual(["one", "two"]);
      for (const c of [ca, cb]) c.close();
      await one.close();
      await two.close();
      const redis = createClient({ url });
      await redis.connect();
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(keys);
      await redis.close();
    });
  },
);
