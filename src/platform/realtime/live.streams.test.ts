// /live streams over real sockets: published events reach a stream's subscribers only, numbered per
// stream; connections close when a session ends or the server stops. The cross-process test uses
// the real Redis only when REDIS_URL is set. Set-up shared through live.test-kit.ts.
import { randomBytes } from "node:crypto";
import { createClient } from "redis";
import { beforeAll, describe, expect, it } from "vitest";
import { buildAccount } from "../../../test/helpers/factories.ts";
import {
  browserHeaders,
  connectLive,
  type LiveServer,
  liveTicket,
  startLiveServer,
} from "../../../test/helpers/live.ts";
import type { TestRuntime } from "../../../test/helpers/runtime.ts";
import { createLogger } from "../logger.ts";
import { memoryHub, redisHub } from "./hub.ts";
import { useLiveServer } from "./live.test-kit.ts";

const kit = useLiveServer();
let t: TestRuntime;
let s: LiveServer;
beforeAll(() => {
  ({ t, s } = kit);
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
