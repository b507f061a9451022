// Board benchmark (issue "Participatory board", section Benchmark). See README.md.
//   npm run bench:board -- [--sizes 50,100,300] [--duration 60] [--no-embedded] [--no-postgres] [--no-redis]
// Simulated participants are real WebSocket clients signed in like browsers (a session cookie made by
// the test helpers, the same code path as signing in), on a real Bottega server started as its own
// process. Each adds a note every 10 s during the collect part of the run and votes every 10 s in the
// vote part. Latency is measured from a command's send to its event arriving at every other
// participant; every event that was acknowledged must reach every other participant (lost = 0).
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import WebSocket from "ws";
import { join } from "../../src/modules/boards/boards.service.ts";
import { runCommand } from "../../src/modules/boards/command-runner.ts";
import { LIMITS } from "../../src/modules/boards/rules.ts";
import { readLock } from "../../src/platform/db/embedded.ts";
import { actorOf, buildBoard } from "../../test/helpers/boards.ts";
import { addToNetwork, buildAccount } from "../../test/helpers/factories.ts";
import type { TestRuntime } from "../../test/helpers/runtime.ts";
import { freePort, type Proc, ROOT, rssMb, startBottega, waitHealthy } from "../http/processes.ts";
import { cookieFor, helperRuntime } from "../support/helpers.ts";
import {
  type BigSessionFigures,
  type BrowserFigures,
  measureBigSession,
  openBrowserPages,
} from "./browser.ts";

const { values: args } = parseArgs({
  options: {
    sizes: { type: "string", default: "50,100,300" },
    duration: { type: "string", default: "60" },
    postgres: {
      type: "string",
      default: process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
    },
    redis: { type: "string", default: process.env.REDIS_URL ?? "redis://127.0.0.1:6379" },
    "no-embedded": { type: "boolean", default: false },
    "no-postgres": { type: "boolean", default: false },
    "no-redis": { type: "boolean", default: false },
    "no-floor": { type: "boolean", default: false },
    notes: { type: "string", default: "2000" },
    browser: { type: "boolean", default: false },
    "browser-notes": { type: "string", default: "40" },
    // Which view the two browser pages type in: the board view (the default) or the list view.
    "browser-view": { type: "string", default: "board" },
    json: { type: "string" },
  },
});
const SIZES = args.sizes.split(",").map(Number);
const DURATION_MS = Number(args.duration) * 1000;
const EVERY_MS = 10_000;
const SECRET = "bench-board-secret-bench-board-secret-0";

type Row = {
  setup: string;
  participants: number;
  commands: number;
  deliveries: number;
  lost: number;
  refused: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  cpuPct: number | null;
  rssMb: number | null;
};
const rows: Row[] = [];
const loads: { setup: string; notes: number; snapshotMs: number; pageMs: number; pageKb: number }[] = [];
/** `--browser`: two real browser pages in the session while the simulated people load it. */
const browserRows: { setup: string; participants: number; figures: BrowserFigures; wsP95: number }[] = [];
const bigRows: { setup: string; notes: number; figures: BigSessionFigures }[] = [];

const pct = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : Number.NaN;
const round = (n: number) => Math.round(n * 10) / 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---- processes -------------------------------------------------------------------------------

type Server = Proc & { pid: number };

async function startServer(env: {
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
}): Promise<Server> {
  const p = await startBottega({
    dataDir: env.dataDir,
    databaseUrl: env.databaseUrl,
    secret: SECRET,
    env: { BOTTEGA_DEMO: "false", REDIS_URL: env.redisUrl ?? "" },
  });
  return { ...p, pid: p.child.pid! };
}

async function startFloor(target: string): Promise<Server> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(import.meta.dirname, "floor-server.ts"), String(port), target],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
  );
  let out = "";
  child.stdout?.on("data", (d) => {
    out += d;
  });
  child.stderr?.on("data", (d) => {
    out += d;
  });
  const url = `http://127.0.0.1:${port}`;
  await waitHealthy(url, child, () => out, performance.now());
  return {
    child,
    url,
    pid: child.pid!,
    output: () => out,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** CPU seconds used so far by a process (Linux /proc: utime + stime). */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

// ---- the bench process's own view of the database (for identities and set-up) ---------------

// ---- clients ---------------------------------------------------------------------------------

type Client = {
  index: number;
  ws: WebSocket;
  /** seq → arrival time (performance.now()). */
  arrivals: Map<number, number>;
  /** ref → send time, until acknowledged. */
  pending: Map<string, number>;
  noteIds: string[];
  refused: number;
  subscribed: Promise<void>;
  send(command: unknown): void;
};

const sentAt = new Map<number, { at: number; from: number }>();
/** Refusals by reason, over the whole run (there should be none). */
const refusals = new Map<string, number>();

function openClient(
  index: number,
  url: string,
  headers: Record<string, string>,
  session: string | null,
): Promise<Client> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    let refs = 0;
    let onSubscribed: () => void = () => {};
    const c: Client = {
      index,
      ws,
      arrivals: new Map(),
      pending: new Map(),
      noteIds: [],
      refused: 0,
      subscribed: new Promise<void>((r) => {
        onSubscribed = r;
      }),
      send(command) {
        const ref = `${index}-${refs++}`;
        c.pending.set(ref, performance.now());
        ws.send(JSON.stringify({ type: "board.command", session, ref, command }));
      },
    };
    ws.on("message", (data) => {
      const now = performance.now();
      const m = JSON.parse(data.toString()) as {
        type: string;
        seq?: number;
        ref?: string;
        note?: { id: string };
      };
      if (m.type === "board.ack" && m.ref !== undefined && m.seq !== undefined) {
        const at = c.pending.get(m.ref);
        c.pending.delete(m.ref);
        if (at !== undefined) sentAt.set(m.seq, { at, from: index });
      } else if (m.type === "board.refused") {
        c.refused++;
        const reason = (m as { reason?: string }).reason ?? "?";
        refusals.set(reason, (refusals.get(reason) ?? 0) + 1);
      } else if (m.type === "board.subscribed") {
        onSubscribed();
      } else if (typeof m.seq === "number" && !m.type.startsWith("board.")) {
        c.arrivals.set(m.seq, now);
        if (m.type === "note.added" && m.note) c.noteIds.push(m.note.id);
      }
    });
    ws.once("open", () => {
      if (session) ws.send(JSON.stringify({ type: "board.subscribe", session }));
      else onSubscribed();
      resolve(c);
    });
    ws.once("error", reject);
  });
}

async function openAll(n: number, open: (i: number) => Promise<Client>): Promise<Client[]> {
  const out: Client[] = [];
  for (let i = 0; i < n; i += 25) {
    const batch = await Promise.all(Array.from({ length: Math.min(25, n - i) }, (_, k) => open(i + k)));
    await Promise.all(batch.map((c) => c.subscribed));
    out.push(...batch);
  }
  return out;
}

// ---- one run ---------------------------------------------------------------------------------

type Script = {
  note(c: Client, k: number): unknown;
  vote(c: Client, k: number): unknown;
  /** Between collect and vote (the facilitator groups notes and opens voting). */
  toVote(): Promise<void>;
};

async function drive(setup: string, participants: Client[], all: Client[], pids: number[], script: Script) {
  sentAt.clear();
  for (const c of all) c.arrivals.clear();
  const cpu0 = pids.map(cpuSeconds);
  const t0 = performance.now();
  const collectMs = Math.round((DURATION_MS * 2) / 3);
  let commands = 0;
  const timers: NodeJS.Timeout[] = [];
  // Every participant on its own 10-second beat, spread evenly over the first 10 s.
  const schedule = (fromMs: number, toMs: number, act: (c: Client, k: number) => unknown) => {
    participants.forEach((c, i) => {
      const offset = (i / participants.length) * EVERY_MS;
      for (let k = 0, at = fromMs + offset; at < toMs; k++, at += EVERY_MS)
        timers.push(
          setTimeout(() => {
            c.send(act(c, k));
            commands++;
          }, at),
        );
    });
  };
  schedule(0, collectMs, script.note);
  await sleep(collectMs);
  await script.toVote();
  const voteStart = performance.now() - t0;
  schedule(0, DURATION_MS - voteStart, script.vote);
  await sleep(Math.max(0, DURATION_MS - voteStart));
  await sleep(3000); // late deliveries
  const wall = (performance.now() - t0) / 1000;
  const cpu = pids.map((pid, i) => cpuSeconds(pid) - cpu0[i]!);
  for (const t of timers) clearTimeout(t);

  const delays: number[] = [];
  let lost = 0;
  let deliveries = 0;
  for (const [seq, s] of sentAt) {
    if (s.from < 0) continue; // the facilitator's own set-up commands
    for (const c of all) {
      if (c.index === s.from) continue;
      const at = c.arrivals.get(seq);
      if (at === undefined) lost++;
      else {
        deliveries++;
        delays.push(at - s.at);
      }
    }
  }
  delays.sort((a, b) => a - b);
  const row: Row = {
    setup,
    participants: participants.length,
    commands,
    deliveries,
    lost,
    refused: all.reduce((n, c) => n + c.refused, 0),
    p50: round(pct(delays, 50)),
    p95: round(pct(delays, 95)),
    p99: round(pct(delays, 99)),
    max: round(delays.at(-1) ?? Number.NaN),
    cpuPct: pids.length ? Math.round((cpu.reduce((a, b) => a + b, 0) / wall) * 100) : null,
    rssMb: pids.length ? Math.round(pids.reduce((n, pid) => n + rssMb(pid), 0)) : null,
  };
  rows.push(row);
  console.error(row);
}

async function runBottega(setup: string, servers: Server[], h: { t: TestRuntime }, n: number) {
  const board = await buildBoard(
    h.t,
    {
      privateCollect: false,
      anonymous: false,
      hideVotes: false,
      maxNoteLength: 280,
      voteBudget: 5,
      groupCap: 3,
    },
    // Two more people for the browser pages (`--browser`), who are not simulated.
    n + (args.browser ? 2 : 0),
  );
  const session = board.session.id;
  const live = (i: number) => `${servers[i % servers.length]!.url.replace("http", "ws")}/live`;
  const origin = (i: number) => servers[i % servers.length]!.url;
  const people = await openAll(n, async (i) =>
    openClient(
      i,
      live(i),
      { cookie: await cookieFor(h.t, board.people[i]!.account.id), origin: origin(i) },
      session,
    ),
  );
  const fac = await openClient(
    -1,
    live(0),
    { cookie: await cookieFor(h.t, board.fac.account.id), origin: origin(0) },
    session,
  );
  await fac.subscribed;
  const columns = await h.t.deps.pool.query<{ id: string }>(
    "select id from board_columns where session_id = $1 order by position",
    [session],
  );
  const col = (k: number) => columns.rows[k % columns.rows.length]!.id;
  const groups: string[] = [];
  const ack = async (command: unknown) => {
    const before = sentAt.size;
    fac.send(command);
    for (let i = 0; i < 500 && sentAt.size === before; i++) await sleep(10);
  };
  // The browser pages are open before the load starts (two more people in the room: Chromium's own
  // start-up on this machine is not the server's), and type their notes a second into its collect part.
  const pages = args.browser
    ? await openBrowserPages({
        baseUrl: origin(0),
        sessionId: session,
        cookies: [
          await cookieFor(h.t, board.people[n]!.account.id),
          await cookieFor(h.t, board.people[n + 1]!.account.id),
        ],
        view: args["browser-view"] === "list" ? "list" : "board",
      })
    : undefined;
  const inBrowser = pages
    ? sleep(1000)
        .then(() => pages.type(Number(args["browser-notes"]), 250))
        .finally(() => pages.close())
    : undefined;
  await drive(
    setup,
    people,
    [...people, fac],
    servers.map((s) => s.pid),
    {
      note: (c, k) => ({
        type: "note.add",
        columnId: col(c.index + k),
        text: `Nota ${k + 1} di ${c.index + 1}: poche risorse e competenze digitali nel territorio`,
      }),
      vote: (c, k) => ({ type: "vote", groupId: groups[(c.index + k) % groups.length] }),
      async toVote() {
        await ack({ type: "phase.set", phase: "group" });
        // Every note starts as a group of its own: merge each note of the first column's first ten
        // into one group, so votes also land on groups of several notes.
        const firstTen = await h.t.deps.pool.query<{ group_id: string }>(
          "select group_id from board_notes where session_id = $1 and column_id = $2 order by created_at limit 10",
          [session, col(0)],
        );
        const [into, ...rest] = firstTen.rows.map((r) => r.group_id);
        for (const g of rest) await ack({ type: "group.merge", groupId: g, intoGroupId: into });
        const r = await h.t.deps.pool.query<{ id: string }>(
          "select id from board_groups where session_id = $1",
          [session],
        );
        groups.push(...r.rows.map((g) => g.id));
        await ack({ type: "phase.set", phase: "vote" });
      },
    },
  );
  if (inBrowser) {
    const figures = await inBrowser;
    browserRows.push({ setup, participants: n, figures, wsP95: rows.at(-1)?.p95 ?? Number.NaN });
  }
  for (const c of [...people, fac]) c.ws.close();
}

async function runFloor(setup: string, floor: Server, n: number) {
  const url = `${floor.url.replace("http", "ws")}/`;
  const people = await openAll(n, (i) => openClient(i, url, {}, null));
  const fac = await openClient(-1, url, {}, null);
  await drive(setup, people, [...people, fac], [floor.pid], {
    note: (c, k) => ({ type: "note.add", text: `Nota ${k + 1} di ${c.index + 1}` }),
    vote: (c, k) => ({ type: "vote", group: (c.index + k) % 10 }),
    async toVote() {},
  });
  for (const c of [...people, fac]) c.ws.close();
}

/** A session of `count` notes: how long a new participant waits for it (snapshot and page). */
async function measureLoad(setup: string, server: Server, h: { t: TestRuntime }, count: number) {
  // Each person may store at most LIMITS.notesPerParticipant notes: as many people as that takes.
  const writers = Math.max(1, Math.ceil(count / LIMITS.notesPerParticipant));
  const board = await buildBoard(h.t, { privateCollect: false, maxNoteLength: 280 }, writers);
  const columns = await h.t.deps.pool.query<{ id: string }>(
    "select id from board_columns where session_id = $1 order by position",
    [board.session.id],
  );
  // With --browser the last notes arrive while a browser has the session open (measureBigSession).
  const browserEvents = args.browser ? Math.min(200, count) : 0;
  for (let i = 0; i < count - browserEvents; i++)
    await runCommand(h.t.deps, board.session.id, board.people[i % writers]!.participant.id, {
      type: "note.add",
      columnId: columns.rows[i % columns.rows.length]!.id,
      text: `Nota ${i + 1}: servono formazione continua, risorse dedicate e un coordinamento tra enti`,
    });
  const newcomer = await buildAccount(h.t, { name: "Nuova partecipante" });
  await addToNetwork(h.t, board.network.id, newcomer.id, "member");
  const cookie = await cookieFor(h.t, newcomer.id);
  await join(h.t.deps, board.session, { actor: await actorOf(h.t, newcomer.id) });
  // The page (the accessible list view) and the live snapshot, each measured three times: the best.
  let pageMs = Number.POSITIVE_INFINITY;
  let pageKb = 0;
  let snapshotMs = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const res = await fetch(`${server.url}/boards/${board.session.id}?view=list`, { headers: { cookie } });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`board page answered ${res.status}`);
    pageMs = Math.min(pageMs, performance.now() - t0);
    pageKb = Math.round(body.length / 1024);
    const t1 = performance.now();
    const c = await openClient(
      0,
      `${server.url.replace("http", "ws")}/live`,
      { cookie, origin: server.url },
      null,
    );
    c.ws.send(JSON.stringify({ type: "board.subscribe", session: board.session.id }));
    const got = await new Promise<number>((resolve) => {
      c.ws.on("message", (data) => {
        const m = JSON.parse(data.toString()) as { type: string; board?: { notes?: unknown[] } };
        if (m.type === "board.snapshot") resolve(performance.now() - t1);
        if (m.type === "error") resolve(Number.NaN);
      });
    });
    snapshotMs = Math.min(snapshotMs, got);
    c.ws.close();
  }
  const row = {
    setup,
    notes: count - browserEvents,
    snapshotMs: round(snapshotMs),
    pageMs: round(pageMs),
    pageKb,
  };
  loads.push(row);
  if (browserEvents) {
    // The incoming notes come from the writers' own /live connections, as people's do.
    const senders = await Promise.all(
      Array.from({ length: writers }, async (_, w) =>
        openClient(
          w,
          `${server.url.replace("http", "ws")}/live`,
          { cookie: await cookieFor(h.t, board.people[w]!.account.id), origin: server.url },
          board.session.id,
        ),
      ),
    );
    await Promise.all(senders.map((c) => c.subscribed));
    const figures = await measureBigSession({
      baseUrl: server.url,
      sessionId: board.session.id,
      cookie,
      events: browserEvents,
      send: async (i) =>
        senders[i % writers]!.send({
          type: "note.add",
          columnId: columns.rows[i % columns.rows.length]!.id,
          text: `Nota in arrivo ${i + 1}: una rete di referenti per la comunicazione in ogni ente`,
        }),
    });
    for (const c of senders) c.ws.close();
    bigRows.push({ setup, notes: count, figures });
  }
  console.error(row);
}

// ---- set-ups ---------------------------------------------------------------------------------

async function withSetup(
  name: string,
  env: { databaseUrl?: string; redisUrl?: string; processes: number },
  body: (servers: Server[], h: { t: TestRuntime }, floorTarget: string) => Promise<void>,
) {
  const dataDirs = Array.from({ length: env.processes }, () =>
    mkdtempSync(path.join(os.tmpdir(), "bottega-bench-board-")),
  );
  const servers: Server[] = [];
  try {
    for (const dataDir of dataDirs)
      servers.push(await startServer({ dataDir, databaseUrl: env.databaseUrl, redisUrl: env.redisUrl }));
    const h = await helperRuntime({
      dataDir: dataDirs[0]!,
      databaseUrl: env.databaseUrl,
      baseUrl: servers[0]!.url,
      secret: SECRET,
      poolSize: 4,
    });
    try {
      const floorTarget = env.databaseUrl ?? readLock(dataDirs[0]!)!.socketDir;
      console.error(`${name}: ${servers.length} process(es) at ${servers.map((s) => s.url).join(", ")}`);
      await body(servers, h, floorTarget);
    } finally {
      await h.close();
    }
  } finally {
    for (const s of servers) await s.stop();
    for (const d of dataDirs) rmSync(d, { recursive: true, force: true });
  }
}

async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `bottega_bench_board_${process.pid}`;
  const admin = new pg.Client({ connectionString: args.postgres });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  const url = new URL(args.postgres);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

const floorFor = async (setup: string, target: string, n: number) => {
  if (args["no-floor"]) return;
  const floor = await startFloor(target);
  try {
    await runFloor(setup, floor, n);
  } finally {
    await floor.stop();
  }
};

if (!args["no-postgres"]) {
  const db = await freshPostgres();
  try {
    await withSetup("postgres", { databaseUrl: db.url, processes: 1 }, async (servers, h, target) => {
      for (const n of SIZES) {
        await runBottega("postgres", servers, h, n);
        await floorFor("floor (postgres)", target, n);
      }
      await measureLoad("postgres", servers[0]!, h, Number(args.notes));
    });
    if (!args["no-redis"])
      await withSetup(
        "postgres ×2 + redis",
        { databaseUrl: db.url, redisUrl: args.redis, processes: 2 },
        async (servers, h) => {
          for (const n of SIZES) await runBottega("postgres ×2 + redis", servers, h, n);
        },
      );
  } finally {
    await db.drop();
  }
}
if (!args["no-embedded"])
  await withSetup("embedded", { processes: 1 }, async (servers, h, target) => {
    for (const n of SIZES) {
      await runBottega("embedded", servers, h, n);
      await floorFor("floor (embedded)", target, n);
    }
    await measureLoad("embedded", servers[0]!, h, Number(args.notes));
  });

// ---- report ----------------------------------------------------------------------------------

const floorOf = (r: Row) =>
  rows.find((f) => f.participants === r.participants && f.setup === `floor (${r.setup})`);
console.log(
  `\nBoard benchmark: ${args.duration} s per run, a note every 10 s per participant (collect), then a vote every 10 s\n`,
);
console.log(
  "setup                | people | commands | deliveries | lost | refused | p50 ms | p95 ms | p99 ms | max ms | ×floor p99 | server CPU % | RSS MB",
);
for (const r of rows) {
  const f = r.setup.startsWith("floor") ? undefined : floorOf(r);
  console.log(
    [
      r.setup.padEnd(20),
      String(r.participants).padStart(6),
      String(r.commands).padStart(8),
      String(r.deliveries).padStart(10),
      String(r.lost).padStart(4),
      String(r.refused).padStart(7),
      String(r.p50).padStart(6),
      String(r.p95).padStart(6),
      String(r.p99).padStart(6),
      String(r.max).padStart(6),
      (f ? `${round(r.p99 / f.p99)}` : "").padStart(10),
      String(r.cpuPct ?? "").padStart(12),
      String(r.rssMb ?? "").padStart(6),
    ].join(" | "),
  );
}
for (const b of browserRows) {
  const f = b.figures;
  console.log(
    `${b.setup}, ${b.participants} simulated people, Chromium: own note keydown → drawn p50 ${round(pct(f.own, 50))} ms, p95 ${round(pct(f.own, 95))} ms (target ≤ 50); in a second context p50 ${round(pct(f.other, 50))} ms, p95 ${round(pct(f.other, 95))} ms (target ≤ 100); ${f.notes} notes, ${f.missed} not drawn; WebSocket delivery p95 of the same run ${b.wsP95} ms; the own note, p50 / p95: keydown → sent ${round(pct(f.ownSend, 50))} / ${round(pct(f.ownSend, 95))} ms, sent → its event back (network and server) ${round(pct(f.ownTrip, 50))} / ${round(pct(f.ownTrip, 95))} ms, event → frame ${round(pct(f.ownDraw, 50))} / ${round(pct(f.ownDraw, 95))} ms`,
  );
}
for (const b of bigRows) {
  const f = b.figures;
  console.log(
    `${b.setup}: a session of ${b.notes} notes in Chromium — page parsed ${round(f.parsedMs)} ms, board ready with its script ${round(f.readyMs)} ms (target ≤ 1000); the last ${f.eventMs.length} notes arriving while it was open: script + style + layout per event p50 ${round(pct(f.eventMs, 50))} ms, p95 ${round(pct(f.eventMs, 95))} ms (target ≤ 16)`,
  );
}
for (const l of loads)
  console.log(
    `${l.setup}: a session of ${l.notes} notes loads for a new participant — snapshot on /live ${l.snapshotMs} ms, list-view page ${l.pageMs} ms (${l.pageKb} KB) (target ≤ 300 ms)`,
  );
if (refusals.size) console.log("Refused commands by reason:", Object.fromEntries(refusals));
if (args.json)
  writeFileSync(
    args.json,
    JSON.stringify({ rows, loads, browser: browserRows, bigSession: bigRows }, null, 2),
  );
process.exit(0);
