// /live over real sockets, once connected: messages answered or refused with errors (the socket
// stays open), and the limits of one client (order, rate, size, connections). Set-up shared through
// live.test-kit.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { buildAccount } from "../../../test/helpers/factories.ts";
import {
  browserHeaders,
  connectLive,
  type LiveServer,
  liveTicket,
  refusedUpgrade,
  startLiveServer,
} from "../../../test/helpers/live.ts";
import type { TestRuntime } from "../../../test/helpers/runtime.ts";
import { signGuestTicket } from "./guest-tickets.ts";
import { memoryHub } from "./hub.ts";
import { DEFAULT_LIVE_LIMITS } from "./limits.ts";
import { useLiveServer } from "./live.test-kit.ts";
import { POLICY_VIOLATION } from "./live.ts";

const kit = useLiveServer();
let t: TestRuntime;
let s: LiveServer;
beforeAll(() => {
  ({ t, s } = kit);
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
