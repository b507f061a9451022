// One client cannot stop the server through the live board (issue 11): floods of every message
// type, from a member's connections and from a guest's, while a loop of real `GET /healthz` against
// the same server measures how long it answers; re-subscribing costs nothing; a connection holds a
// bounded number of sessions. Real sockets, the production limits unless a test says otherwise, on
// the embedded database or PostgreSQL (DATABASE_URL, with REDIS_URL for the hub).
import { randomBytes } from "node:crypto";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorOf, buildBoard, buildSessionIn, startBoardServer } from "../../../test/helpers/boards.ts";
import { Client } from "../../../test/helpers/client.ts";
import { addToNetwork, buildAccount } from "../../../test/helpers/factories.ts";
import {
  browserHeaders,
  connectLive,
  type LiveClient,
  type Message,
  refusedUpgrade,
} from "../../../test/helpers/live.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { createLogger } from "../../platform/logger.ts";
import { type LiveHub, redisHub } from "../../platform/realtime/hub.ts";
import { POLICY_VIOLATION } from "../../platform/realtime/live.ts";
import { join } from "./boards.service.ts";
import { runCommand } from "./command-runner.ts";

let t: TestRuntime;
let s: Awaited<ReturnType<typeof startBoardServer>>;
let hub: LiveHub | undefined;
const prefix = `bottega-test:${randomBytes(6).toString("hex")}:`;
type Board = Awaited<ReturnType<typeof buildBoard>>;
let board: Board;
let column: string;

/** Notes on the flooded board: every snapshot reads them all (the audit's board had 1,200). */
const NOTES = 300;
/** Messages each flooding connection sends (if it stays open that long). */
const FLOOD = 2_000;
/** How long each attack lasts (at least; see `attacking`). */
const ATTACK_MS = 3_000;
/** /healthz answers measured during each attack (at least). */
const MIN_SAMPLES = 40;
/** Connections per flood: as many as one guest may open (connectionsPerGuest). */
const CONNECTIONS = 5;
/** The bound on /healthz while the flood lasts. */
const HEALTH_MS = 200;

beforeAll(async () => {
  t = await createTestRuntime({ poolSize: 8 });
  // With REDIS_URL the board's events and presence go through Redis, as with several processes.
  hub = process.env.REDIS_URL
    ? await redisHub(process.env.REDIS_URL, createLogger("silent"), prefix)
    : undefined;
  s = await startBoardServer(t, { hub });
  // Two people, since one may hold at most 200 notes (notesPerParticipant).
  board = await buildBoard(t, { guestsAllowed: true }, 2);
  column = (
    await t.deps.pool.query("select id from board_columns where session_id = $1 order by position", [
      board.session.id,
    ])
  ).rows[0].id as string;
  for (let i = 0; i < NOTES; i++) {
    await runCommand(t.deps, board.session.id, board.people[i % 2]!.participant.id, {
      type: "note.add",
      columnId: column,
      text: `Nota ${i + 1}: servono formazione continua, risorse dedicate e un coordinamento tra enti`,
    });
  }
}, 180_000);

afterAll(async () => {
  await s?.close();
  await hub?.close();
  if (process.env.REDIS_URL) {
    const redis = createClient({ url: process.env.REDIS_URL });
    await redis.connect();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(keys);
    await redis.close();
  }
  await t?.close();
});

async function memberConnection(accountId: string) {
  const c = await connectLive(s.url, await browserHeaders(t, accountId), { ignore: ["board.presence"] });
  await c.next("hello");
  return c;
}

/** A new member of the board's network who joined the session. */
async function newMember() {
  const a = await buildAccount(t);
  await addToNetwork(t, board.network.id, a.id, "member");
  await join(t.deps, board.session, { actor: await actorOf(t, a.id) });
  return a;
}

/**
 * A guest who joined by the session's link, and a /live connection per fresh ticket. A guest gets 30
 * tickets in 5 minutes (guest-live.service.ts): then `open` fails, as it would for an attacker.
 */
async function newGuest() {
  const g = new Client(t);
  const link = `/boards/join/${board.session.join_code}`;
  expect((await g.submit(link, link, { name: "Ospite" })).status).toBe(303);
  const csrf = await g.csrf(`/boards/${board.session.id}`);
  const ticket = async () => {
    const res = await g.post(`/boards/${board.session.id}/live-ticket`, { _csrf: csrf });
    if (res.status !== 200) throw new Error(`no ticket: ${res.status}`);
    return `${s.url}?ticket=${encodeURIComponent(((await res.json()) as { ticket: string }).ticket)}`;
  };
  return {
    ticket,
    async open() {
      const c = await connectLive(await ticket(), {}, { ignore: ["board.presence"] });
      await c.next("hello");
      return c;
    },
  };
}

/** Answer times of /healthz (ms) of the running probe. */
let times: number[] = [];

/** `GET /healthz` one after another until `done`, each answer's time in ms, sorted. */
async function probeHealth(done: Promise<unknown>) {
  let over = false;
  void done.finally(() => {
    over = true;
  });
  times = [];
  while (!over) {
    const t0 = performance.now();
    const res = await fetch(`${s.http}/healthz`);
    await res.text();
    times.push(performance.now() - t0);
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 5));
  }
  return [...times].sort((a, b) => a - b);
}

/** The attack goes on for ATTACK_MS and until the probe has MIN_SAMPLES (at most 20 s). */
function attacking(start: number) {
  const now = performance.now();
  return now - start < 20_000 && (now - start < ATTACK_MS || times.length < MIN_SAMPLES);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * An attacker for `ATTACK_MS`: `CONNECTIONS` connections, each sending `frames` as fast as the socket
 * takes them and reconnecting as soon as it is closed. Frames go in slices with a turn of the event
 * loop between them, since this test process is also the server: what is measured is the server's
 * handling of the flood, not the test's own loop writing it. Answers the close codes it got.
 */
async function attack(open: () => Promise<LiveClient>, frames: (i: number) => string) {
  const codes: number[] = [];
  const start = performance.now();
  const worker = async () => {
    while (attacking(start)) {
      let c: LiveClient;
      try {
        c = await open();
      } catch {
        // Refused (the cap, until a closed connection is counted off, or no more guest tickets).
        await sleep(100);
        continue;
      }
      for (let i = 0; i < FLOOD && c.ws.readyState === c.ws.OPEN && attacking(start); i += 100) {
        for (let k = i; k < i + 100; k++) c.ws.send(frames(k));
        await new Promise((r) => setImmediate(r));
      }
      // Still open when the attack ends: closed by the attacker, not counted.
      if (c.ws.readyState === c.ws.OPEN) c.close();
      else codes.push((await c.closed).code);
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  return codes;
}

/** /healthz answer times (sorted) with nothing attacking: how fast this machine answers right now. */
async function quietHealth(): Promise<number[]> {
  return probeHealth(sleep(1_000));
}

const at = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;

/**
 * During the attack /healthz keeps a median under 200 ms, a 95th percentile under 500 ms and a worst
 * answer under 2 s (the audit measured 5 to 28 s; an account at one connection's rate per
 * connection reached 1.1 s on this board before the fix) — or, on a machine already slow without
 * any attack, within three times what the same probe measured just before it. This test process is
 * the attacker, the server and the prober at once, on a machine that CI shares with other test
 * files: alone it measures p95 ≈ 60–110 ms, but at a load average of 12 single samples wait 300 ms
 * or more for the CPU whatever the server does. Measuring the quiet figures first keeps the test
 * about what the flood does to the server, not about how busy the machine is.
 */
function expectHealthy(sorted: number[], quiet: number[]) {
  const report =
    `${sorted.length} /healthz samples under attack (ms, sorted): ${sorted.map(Math.round).join(" ")}; ` +
    `quiet: ${quiet.map(Math.round).join(" ")}`;
  expect(sorted.length, report).toBeGreaterThanOrEqual(10);
  expect(at(sorted, 0.5), report).toBeLessThan(Math.max(HEALTH_MS, 3 * at(quiet, 0.5)));
  expect(at(sorted, 0.95), report).toBeLessThan(Math.max(500, 3 * at(quiet, 0.95)));
  expect(sorted.at(-1)!, report).toBeLessThan(Math.max(2_000, 3 * quiet.at(-1)!));
}

type Kind = { name: string; frames: (i: number) => string };
const session = () => board.session.id;
const KINDS: Kind[] = [
  { name: "board.subscribe", frames: () => JSON.stringify({ type: "board.subscribe", session: session() }) },
  {
    name: "board.unsubscribe and board.subscribe in turn (a snapshot each time)",
    frames: (i) =>
      JSON.stringify({ type: i % 2 ? "board.subscribe" : "board.unsubscribe", session: session() }),
  },
  {
    name: "board.command",
    frames: (i) =>
      JSON.stringify({
        type: "board.command",
        session: session(),
        command: { type: "note.add", columnId: column, text: `Flood ${i}` },
      }),
  },
  { name: "ping", frames: (i) => JSON.stringify({ type: "ping", ref: i }) },
  { name: "an unknown type", frames: () => JSON.stringify({ type: "no.such-type" }) },
  { name: "malformed JSON", frames: () => "{not json" },
];

describe("a flood on /live", () => {
  it.each(KINDS)(
    "of $name from a member's connections, reconnecting, is cut off with 1008 while /healthz stays fast",
    async ({ frames }) => {
      const a = await newMember();
      const headers = await browserHeaders(t, a.id);
      const open = async () => {
        const c = await connectLive(s.url, headers, { ignore: ["board.presence"] });
        await c.next("hello");
        return c;
      };
      const quiet = await quietHealth();
      const codes = attack(open, frames);
      expectHealthy(await probeHealth(codes), quiet);
      expect((await codes).length).toBeGreaterThanOrEqual(CONNECTIONS);
      expect(new Set(await codes)).toEqual(new Set([POLICY_VIOLATION]));
    },
    60_000,
  );

  it("of board.subscribe from a guest with only the join link is cut off the same way", async () => {
    const guest = await newGuest();
    const held: LiveClient[] = [];
    for (let i = 0; i < CONNECTIONS; i++) held.push(await guest.open());
    // A sixth connection of the same guest is refused at the upgrade (connectionsPerGuest).
    const sixth = await refusedUpgrade(await guest.ticket());
    expect(sixth).toMatchObject({ status: 429, body: { code: "too-many-connections" } });
    for (const c of held) c.close();
    await Promise.all(held.map((c) => c.closed));
    const quiet = await quietHealth();
    const codes = attack(guest.open, () => JSON.stringify({ type: "board.subscribe", session: session() }));
    expectHealthy(await probeHealth(codes), quiet);
    expect((await codes).length).toBeGreaterThanOrEqual(CONNECTIONS);
    expect(new Set(await codes)).toEqual(new Set([POLICY_VIOLATION]));
  }, 60_000);

  it("from one account's 20 connections, each sending as much as one connection may, gets the account's share while /healthz stays fast", async () => {
    const a = await newMember();
    const conns = await Promise.all(Array.from({ length: 20 }, () => memberConnection(a.id)));
    let limited = 0;
    for (const c of conns)
      c.ws.on("message", (d) => void (String(d).includes('"rate-limited"') && limited++));
    const quiet = await quietHealth();
    const start = performance.now();
    const run = (async () => {
      while (attacking(start)) {
        // Each pair reads a snapshot: 6 tokens, three pairs a second on each connection.
        for (const c of conns) {
          c.send({ type: "board.unsubscribe", session: session() });
          c.send({ type: "board.subscribe", session: session() });
        }
        await sleep(330);
      }
    })();
    expectHealthy(await probeHealth(run), quiet);
    // The account's bucket is shared: most of those were refused, none of the connections closed.
    expect(limited).toBeGreaterThan(0);
    for (const c of conns) expect(c.ws.readyState).toBe(c.ws.OPEN);
    for (const c of conns) c.close();
  }, 60_000);
});

describe("subscriptions", () => {
  it("answers a re-subscription on a current connection at once, with no snapshot and nothing sent again", async () => {
    const a = await newMember();
    const c = await memberConnection(a.id);
    c.send({ type: "board.subscribe", session: session() });
    // A 300-note snapshot: generous for a loaded machine; what matters is what follows.
    expect((await c.next(undefined, 15_000)).type).toBe("board.snapshot");
    const first = await c.next("board.subscribed");
    c.send({ type: "board.subscribe", session: session(), ref: "again" });
    expect(await c.next()).toEqual({ ...first, ref: "again" });
    // An event, then a re-subscription that claims to have seen nothing: still only the answer.
    await runCommand(t.deps, session(), board.people[0]!.participant.id, {
      type: "note.add",
      columnId: column,
      text: "Dopo",
    });
    const added = await c.next("note.added");
    c.send({ type: "board.subscribe", session: session(), since: 0, ref: "since" });
    expect(await c.next()).toEqual({ ...first, seq: added.seq, ref: "since" });
    await c.silence(300);
    c.close();
  });

  it("holds at most subscriptionsPerConnection sessions on one connection (error too-many-subscriptions)", async () => {
    const roomy = await startBoardServer(t, {
      limits: { messages: { burst: 1000, perSecond: 1000 }, subscriptionsPerConnection: 3 },
    });
    try {
      const a = await newMember();
      const actor = await actorOf(t, a.id);
      const sessions = [board.session];
      for (let i = 0; i < 3; i++) {
        const other = await buildSessionIn(t, board.network.id);
        await join(t.deps, other, { actor });
        sessions.push(other);
      }
      const c = await connectLive(roomy.url, await browserHeaders(t, a.id), { ignore: ["board.presence"] });
      await c.next("hello");
      const subscribe = async (id: string) => {
        c.send({ type: "board.subscribe", session: id });
        for (;;) {
          const m: Message = await c.next();
          if (m.type === "board.subscribed" || m.type === "error") return m;
        }
      };
      for (const x of sessions.slice(0, 3)) expect((await subscribe(x.id)).type).toBe("board.subscribed");
      expect(await subscribe(sessions[3]!.id)).toMatchObject({
        type: "error",
        code: "too-many-subscriptions",
      });
      // One already held is still fine; after leaving one, the fourth fits.
      expect((await subscribe(sessions[0]!.id)).type).toBe("board.subscribed");
      c.send({ type: "board.unsubscribe", session: sessions[1]!.id });
      await c.next("board.unsubscribed");
      expect((await subscribe(sessions[3]!.id)).type).toBe("board.subscribed");
      c.close();
    } finally {
      await roomy.close();
    }
  });
});
