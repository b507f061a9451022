// Registration benchmark (issue "Labs", section Benchmark). See README.md.
//   npm run bench:registration -- [--people 500] [--capacity 100] [--no-embedded] [--no-postgres]
//                                  [--connections open|new|both] [--bursts 3] [--no-floor]
//                                  [--split-worker]
//                                  [--json out.json]
// 500 distinct people, made with the test helpers and signed in like browsers (a real session row and
// cookie, the same code path as signing in), register at the same moment for a 100-place meeting with
// a waiting list, through the meeting page's form (POST with the session's CSRF token, as a browser
// sends it) on a real Bottega server started as its own process, once on connections opened before
// the burst and once with a new connection per request (../support/sockets.ts). Measured: time until all have
// an answer, throughput, latency percentiles; and the same burst against a bare node:http server
// (bench/support/floor-server.ts), the floor of this machine. Checked: every answer is the redirect back to the meeting,
// and the database holds exactly `capacity` confirmed and the rest waitlisted, one per person.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildAccount, buildNetwork } from "../../test/helpers/factories.ts";
import { buildLab, buildMeeting } from "../../test/helpers/labs.ts";
import type { TestRuntime } from "../../test/helpers/runtime.ts";
import {
  benchNodeArgs,
  freePort,
  type Proc,
  ROOT,
  serverNodeArgs,
  startBottega,
  waitHealthy,
} from "../http/processes.ts";
import { type Burst, burst, type Mode, pct, pool, queueAtRest, round, startFloor } from "../support/burst.ts";
import { cookieFor, helperRuntime, withOwnDatabase } from "../support/helpers.ts";
import { formRequest, sendOnNewConnection, targetOf } from "../support/sockets.ts";

const { values: args } = parseArgs({
  options: {
    people: { type: "string", default: "500" },
    capacity: { type: "string", default: "100" },
    postgres: {
      type: "string",
      default: process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
    },
    "no-embedded": { type: "boolean", default: false },
    "no-postgres": { type: "boolean", default: false },
    /** Also run with the job worker (confirmation mails) in a second process (PostgreSQL only). */
    "split-worker": { type: "boolean", default: false },
    /** `open`: connections opened before the burst; `new`: one new connection per request. */
    connections: { type: "string", default: "both" },
    bursts: { type: "string", default: "3" },
    "no-warmup": { type: "boolean", default: false },
    "no-floor": { type: "boolean", default: false },
    json: { type: "string" },
  },
});
const PEOPLE = Number(args.people);
const SOLO = 20;
const CAPACITY = Number(args.capacity);
const SECRET = "bench-registration-secret-bench-regist";
const log = (s: string) => process.stderr.write(`${s}\n`);
const MODES: Mode[] = args.connections === "both" ? ["open", "new"] : [args.connections as Mode];
if (!MODES.every((m) => m === "open" || m === "new")) throw new Error("--connections is open, new or both");
/** Each burst is repeated (on a meeting of its own): on two shared cores one burst varies by ±25 %. */
const BURSTS = Number(args.bursts);
const WARMUP = !args["no-warmup"];
/** The bursts in the order they run: the modes alternate, so drift on the machine touches both. */
const PLAN: Mode[] = Array.from({ length: BURSTS }, () => MODES).flat();

type Row = {
  database: string;
  connections: Mode;
  people: number;
  capacity: number;
  allAnsweredMs: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  confirmed: number;
  waitlisted: number;
  distinctPeople: number;
  correct: boolean;
  /** Median of SOLO registrations sent one after the other, before the burst. */
  soloP50: number;
  /** The machine's 1-minute load average when the burst started (2 cores here). */
  load: number;
  /** CPU milliseconds spent during the burst by the bench (client), the Bottega process, and all
   * PostgreSQL processes (Linux /proc; PostgreSQL only when it runs on this machine). */
  cpuClient: number;
  cpuServer: number;
  cpuPostgres: number;
};
const rows: Row[] = [];

function rowOf(database: string, mode: Mode, b: Burst, soloP50: number): Row {
  return {
    database,
    connections: mode,
    people: b.latencies.length,
    capacity: CAPACITY,
    allAnsweredMs: Math.round(b.allMs),
    perSecond: round(b.latencies.length / (b.allMs / 1000)),
    p50: round(pct(b.latencies, 50)),
    p95: round(pct(b.latencies, 95)),
    p99: round(pct(b.latencies, 99)),
    max: round(b.latencies.at(-1) ?? Number.NaN),
    errors: b.errors,
    confirmed: 0,
    waitlisted: 0,
    distinctPeople: 0,
    correct: b.errors === 0,
    soloP50,
    load: round(b.load),
    cpuClient: Math.round(b.cpu.client),
    cpuServer: Math.round(b.cpu.server),
    cpuPostgres: Math.round(b.cpu.pg),
  };
}

async function run(database: string, server: Proc, h: { t: TestRuntime }) {
  const t = h.t;
  log(`${database}: preparing a ${CAPACITY}-place meeting per burst and ${PEOPLE} people…`);
  const net = await buildNetwork(t, { name: `Rete del benchmark ${Date.now()}` });
  const lab = await buildLab(t, net.id, { title: `Laboratorio del benchmark ${Date.now()}` });
  const meetings: Awaited<ReturnType<typeof buildMeeting>>[] = [];
  for (const [i, mode] of PLAN.entries())
    meetings.push(
      await buildMeeting(t, lab, {
        capacity: CAPACITY,
        waitlist: true,
        title: `Incontro affollato ${i + 1} (${mode})`,
      }),
    );

  const pageOf = (slug: string) => `${server.url}/labs/${lab.slug}/meetings/${slug}`;
  // People and their sessions (accounts hash a password each: the slow part of the set-up).
  const people = await pool(
    Array.from({ length: PEOPLE }, (_, i) => i),
    8,
    async (i) => {
      const a = await buildAccount(t, { email: `bench-${Date.now().toString(36)}-${i}@example.org` });
      const cookie = await cookieFor(t, a.id);
      // The form's CSRF token, read from the meeting page as a browser would.
      const res = await fetch(pageOf(meetings[0]!.slug), { headers: { cookie } });
      const html = await res.text();
      const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
      if (res.status !== 200 || !csrf) throw new Error(`meeting page answered ${res.status} without a form`);
      return { cookie, csrf };
    },
  );
  // One at a time first, on a meeting of its own: the service time of one registration when nothing
  // else is going on in the bench (the burst's latencies are mostly queueing behind each other).
  const solo = await buildMeeting(t, lab, { capacity: 5, waitlist: true, title: "Incontro di prova" });
  const soloMs: number[] = [];
  for (const p of people.slice(0, SOLO)) {
    const s0 = performance.now();
    const res = await fetch(`${pageOf(solo.slug)}/register`, {
      method: "POST",
      redirect: "manual",
      headers: {
        cookie: p.cookie,
        "content-type": "application/x-www-form-urlencoded",
        origin: server.url,
        "sec-fetch-site": "same-origin",
      },
      body: new URLSearchParams({ _csrf: p.csrf }),
    });
    await res.arrayBuffer();
    if (res.status !== 303) throw new Error(`solo registration answered ${res.status}`);
    soloMs.push(performance.now() - s0);
  }
  const soloP50 = round(
    pct(
      soloMs.sort((a, b) => a - b),
      50,
    ),
  );
  // Warm-up: everyone registers once for a meeting of its own, 25 at a time. A server that has been
  // up answers a burst with code V8 has already compiled for it; a just-started one spends its first
  // burst compiling (without this, the first of five bursts measured 30–70 % slower than the rest).
  if (WARMUP) {
    const warm = await buildMeeting(t, lab, { capacity: CAPACITY, waitlist: true, title: "Riscaldamento" });
    const warmUrl = `${pageOf(warm.slug)}/register`;
    await pool(people, 25, async (p) => {
      const request = formRequest(warmUrl, { ...p, origin: server.url, keepAlive: false });
      const a = await sendOnNewConnection(targetOf(warmUrl), request);
      if (a.status !== 303) throw new Error(`warm-up registration answered ${a.status}`);
    });
  }
  for (const [i, mode] of PLAN.entries()) {
    const meeting = meetings[i]!;
    // A moment for what the set-up (or the previous burst) left running to finish (mails, PostgreSQL's
    // autovacuum after 500 new accounts): the people of the burst arrive at a server at rest.
    await new Promise((r) => setTimeout(r, 3000));
    await queueAtRest(t);
    log(`${database}: ${PEOPLE} registrations at once, ${mode} connections…`);
    const b = await burst(
      mode,
      `${pageOf(meeting.slug)}/register`,
      server.url,
      people,
      server.child.pid ?? 0,
      (a) => a.status === 303 && !!a.location?.endsWith(`/meetings/${meeting.slug}`),
    );
    const row = rowOf(database, mode, b, soloP50);
    const { rows: counts } = await t.deps.pool.query<{ status: string; n: number; people: number }>(
      `select status, count(*)::int as n, count(distinct account_id)::int as people
         from registrations where meeting_id = $1 group by status`,
      [meeting.id],
    );
    const n = (s: string) => counts.find((c) => c.status === s)?.n ?? 0;
    row.confirmed = n("confirmed");
    row.waitlisted = n("waitlisted");
    row.distinctPeople = counts.reduce((sum, c) => sum + c.people, 0);
    row.correct =
      row.errors === 0 &&
      row.confirmed === Math.min(CAPACITY, PEOPLE) &&
      row.waitlisted === Math.max(0, PEOPLE - CAPACITY) &&
      row.distinctPeople === PEOPLE &&
      counts.every((c) => c.n === c.people);
    rows.push(row);
    log(JSON.stringify(row));
  }
}

/** The same bursts against the bare node:http server (bench/support/floor-server.ts). */
async function runFloor() {
  const floor = await startFloor(ROOT);
  const url = `${floor.origin}/labs/lab/meetings/floor/register`;
  const people = floor.people(PEOPLE);
  try {
    for (const mode of PLAN) {
      await new Promise((r) => setTimeout(r, 1000));
      log(`floor: ${PEOPLE} posts at once to a bare node:http server, ${mode} connections…`);
      const b = await burst(mode, url, floor.origin, people, floor.pid, (a) => a.status === 303);
      const row = rowOf("floor: bare node:http, no app", mode, b, Number.NaN);
      rows.push(row);
      log(JSON.stringify(row));
    }
  } finally {
    await floor.stop();
  }
}

/** Bottega with the given roles, as its own process (like processes.ts's startBottega, which runs all). */
async function startWithRoles(dataDir: string, databaseUrl: string, roles: string): Promise<Proc> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [
      ...serverNodeArgs,
      ...benchNodeArgs,
      "--import",
      "./bin/ts-loader.mjs",
      "src/cli.ts",
      "start",
      `--roles=${roles}`,
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: "127.0.0.1",
        BASE_URL: url,
        DATA_DIR: dataDir,
        DATABASE_URL: databaseUrl,
        SECRET,
        SMTP_URL: "",
        LOG_LEVEL: "warn",
        BOTTEGA_DEMO: "false",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let out = "";
  child.stdout?.on("data", (d) => {
    out = (out + d).slice(-20_000);
  });
  child.stderr?.on("data", (d) => {
    out = (out + d).slice(-20_000);
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  };
  if (roles.includes("web")) await waitHealthy(`${url}/healthz`, child, () => out, performance.now());
  else await new Promise((r) => setTimeout(r, 3000)); // a worker has no HTTP port: give it time to start
  return { child, url, output: () => out, stop };
}

async function withServer(database: string, databaseUrl: string | undefined, splitWorker = false) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "bottega-bench-reg-"));
  const server =
    splitWorker && databaseUrl
      ? await startWithRoles(dataDir, databaseUrl, "web,live")
      : await startBottega({
          dataDir,
          databaseUrl,
          secret: SECRET,
          env: { BOTTEGA_DEMO: "false" },
        });
  const worker = splitWorker && databaseUrl ? await startWithRoles(dataDir, databaseUrl, "worker") : null;
  try {
    const h = await helperRuntime({ dataDir, databaseUrl, baseUrl: server.url, secret: SECRET, poolSize: 2 });
    try {
      await run(database, server, h);
    } finally {
      await h.close();
    }
  } finally {
    await worker?.stop();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (!args["no-postgres"])
  await withOwnDatabase(args.postgres, `bottega_bench_reg_${process.pid}`, async (url) => {
    await withServer("PostgreSQL", url);
    if (args["split-worker"]) await withServer("PostgreSQL, worker in its own process", url, true);
  });
if (!args["no-embedded"]) await withServer("embedded", undefined);
if (!args["no-floor"]) await runFloor();

const head =
  "| database | connections | people | places | all answered (ms) | registrations/s | p50 ms | p95 ms | p99 ms | max ms | errors | confirmed | waitlisted | correct | one at a time, p50 ms | load avg (1 min) | CPU ms in the burst: bench / Bottega / PostgreSQL |";
console.log(head);
console.log(
  `|${head
    .split("|")
    .slice(1, -1)
    .map(() => "---")
    .join("|")}|`,
);
for (const r of rows)
  console.log(
    `| ${r.database} | ${r.connections} | ${r.people} | ${r.capacity} | ${r.allAnsweredMs} | ${r.perSecond} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.max} | ${r.errors} | ${r.database.startsWith("floor") ? "— | —" : `${r.confirmed} | ${r.waitlisted}`} | ${r.correct ? "yes" : "NO"} | ${Number.isNaN(r.soloP50) ? "—" : r.soloP50} | ${r.load} | ${r.cpuClient} / ${r.cpuServer} / ${r.cpuPostgres} |`,
  );
// The median burst of each set-up: what the README reports against the target.
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;
console.log(
  "\n| database | connections | bursts | median p95 ms | p95 of each burst | median all answered ms |",
);
console.log("|---|---|---|---|---|---|");
for (const key of [...new Set(rows.map((r) => `${r.database}\t${r.connections}`))]) {
  const [database, connections] = key.split("\t");
  const set = rows.filter((r) => r.database === database && r.connections === connections);
  console.log(
    `| ${database} | ${connections} | ${set.length} | ${median(set.map((r) => r.p95))} | ${set.map((r) => r.p95).join(", ")} | ${median(set.map((r) => r.allAnsweredMs))} |`,
  );
}
if (args.json) writeFileSync(args.json, JSON.stringify({ at: new Date().toISOString(), rows }, null, 2));
process.exitCode = rows.every((r) => r.correct) ? 0 : 1;
