// Registration benchmark (issue "Labs", section Benchmark). See README.md.
//   npm run bench:registration -- [--people 500] [--capacity 100] [--no-embedded] [--no-postgres]
//                                  [--split-worker] [--json out.json]
// 500 distinct people, made with the test helpers and signed in like browsers (a real session row and
// cookie, the same code path as signing in), register at the same moment for a 100-place meeting with
// a waiting list, through the meeting page's form (POST with the session's CSRF token, as a browser
// sends it) on a real Bottega server started as its own process. Measured: time until all have an
// answer, throughput, latency percentiles. Checked: every answer is the redirect back to the meeting,
// and the database holds exactly `capacity` confirmed and the rest waitlisted, one per person.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { buildAccount, buildNetwork } from "../../test/helpers/factories.ts";
import { buildLab, buildMeeting } from "../../test/helpers/labs.ts";
import type { TestRuntime } from "../../test/helpers/runtime.ts";
import { benchNodeArgs, freePort, type Proc, ROOT, startBottega, waitHealthy } from "../http/processes.ts";
import { cookieFor, helperRuntime } from "../support/helpers.ts";

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
    json: { type: "string" },
  },
});
const PEOPLE = Number(args.people);
const SOLO = 20;
const CAPACITY = Number(args.capacity);
const SECRET = "bench-registration-secret-bench-regist";
const log = (s: string) => process.stderr.write(`${s}\n`);

type Row = {
  database: string;
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

const TICK_MS = 10; // Linux USER_HZ is 100
/** CPU time (user + system) of a process, in ms, from /proc; 0 when it cannot be read. */
function cpuOf(pid: number): number {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(f[11]) + Number(f[12])) * TICK_MS;
  } catch {
    return 0;
  }
}
/** CPU time of each process named postgres on this machine, in ms, by pid. */
function postgresCpu(): Map<number, number> {
  const out = new Map<number, number>();
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (readFileSync(`/proc/${d}/comm`, "utf8").trim() === "postgres") out.set(Number(d), cpuOf(Number(d)));
    } catch {}
  }
  return out;
}
/** What the PostgreSQL processes alive at the end spent since `before` (a backend that exited in
 * between is not counted: Bottega's pool keeps its connections, so this is rare during a burst). */
function postgresCpuSince(before: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of postgresCpu()) total += ms - (before.get(pid) ?? 0);
  return total;
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
const round = (n: number) => Math.round(n * 10) / 10;

/** Runs `fn` over `items` with at most `n` at a time. */
async function pool<T, R>(items: T[], n: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!, i);
      }
    }),
  );
  return out;
}

async function run(database: string, server: Proc, h: { t: TestRuntime }) {
  const t = h.t;
  log(`${database}: preparing a ${CAPACITY}-place meeting and ${PEOPLE} people…`);
  const net = await buildNetwork(t, { name: `Rete del benchmark ${Date.now()}` });
  const lab = await buildLab(t, net.id, { title: `Laboratorio del benchmark ${Date.now()}` });
  const meeting = await buildMeeting(t, lab, {
    capacity: CAPACITY,
    waitlist: true,
    title: "Incontro affollato",
  });
  const page = `${server.url}/labs/${lab.slug}/meetings/${meeting.slug}`;
  // People and their sessions (accounts hash a password each: the slow part of the set-up).
  const people = await pool(
    Array.from({ length: PEOPLE }, (_, i) => i),
    8,
    async (i) => {
      const a = await buildAccount(t, { email: `bench-${Date.now().toString(36)}-${i}@example.org` });
      const cookie = await cookieFor(t, a.id);
      // The form's CSRF token, read from the meeting page as a browser would.
      const res = await fetch(page, { headers: { cookie } });
      const html = await res.text();
      const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
      if (res.status !== 200 || !csrf) throw new Error(`meeting page answered ${res.status} without a form`);
      return { cookie, csrf };
    },
  );
  // One at a time first, on a meeting of its own: the service time of one registration when nothing
  // else is going on in the bench (the burst's latencies are mostly queueing behind each other).
  const solo = await buildMeeting(t, lab, { capacity: 5, waitlist: true, title: "Incontro di prova" });
  const soloPage = `${server.url}/labs/${lab.slug}/meetings/${solo.slug}`;
  const soloMs: number[] = [];
  for (const p of people.slice(0, SOLO)) {
    const s0 = performance.now();
    const res = await fetch(`${soloPage}/register`, {
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
  const soloSorted = soloMs.sort((a, b) => a - b);
  // A moment for what the set-up left running to finish (the solo registrations' mails, PostgreSQL's
  // autovacuum after 500 new accounts): the people of the burst arrive at a server at rest.
  await new Promise((r) => setTimeout(r, 3000));
  log(`${database}: ${PEOPLE} registrations at once…`);
  const load1 = os.loadavg()[0]!;
  const latencies: number[] = [];
  let errors = 0;
  const cpu0 = { client: process.cpuUsage(), server: cpuOf(server.child.pid ?? 0), pg: postgresCpu() };
  const t0 = performance.now();
  await Promise.all(
    people.map(async (p) => {
      const start = performance.now();
      try {
        const res = await postForm(`${page}/register`, p.cookie, p.csrf, server.url);
        if (res.status !== 303 || !res.location?.endsWith(`/meetings/${meeting.slug}`)) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - start);
    }),
  );
  const allMs = performance.now() - t0;
  const clientCpu = process.cpuUsage(cpu0.client);
  const cpu = {
    client: (clientCpu.user + clientCpu.system) / 1000,
    server: cpuOf(server.child.pid ?? 0) - cpu0.server,
    pg: postgresCpuSince(cpu0.pg),
  };
  const { rows: counts } = await t.deps.pool.query<{ status: string; n: number; people: number }>(
    `select status, count(*)::int as n, count(distinct account_id)::int as people
       from registrations where meeting_id = $1 group by status`,
    [meeting.id],
  );
  const n = (s: string) => counts.find((c) => c.status === s)?.n ?? 0;
  const { rows: distinct } = await t.deps.pool.query<{ n: number }>(
    "select count(distinct account_id)::int as n from registrations where meeting_id = $1",
    [meeting.id],
  );
  const sorted = latencies.sort((a, b) => a - b);
  const row: Row = {
    database,
    people: PEOPLE,
    capacity: CAPACITY,
    allAnsweredMs: Math.round(allMs),
    perSecond: round(PEOPLE / (allMs / 1000)),
    p50: round(pct(sorted, 50)),
    p95: round(pct(sorted, 95)),
    p99: round(pct(sorted, 99)),
    max: round(sorted.at(-1) ?? Number.NaN),
    errors,
    confirmed: n("confirmed"),
    waitlisted: n("waitlisted"),
    distinctPeople: distinct[0]?.n ?? 0,
    correct: false,
    soloP50: round(pct(soloSorted, 50)),
    load: round(load1),
    cpuClient: Math.round(cpu.client),
    cpuServer: Math.round(cpu.server),
    cpuPostgres: Math.round(cpu.pg),
  };
  row.correct =
    errors === 0 &&
    row.confirmed === Math.min(CAPACITY, PEOPLE) &&
    row.waitlisted === Math.max(0, PEOPLE - CAPACITY) &&
    row.distinctPeople === PEOPLE &&
    counts.every((c) => c.n === c.people);
  rows.push(row);
  log(JSON.stringify(row));
}

// The burst is sent over plain sockets, each request written as prepared HTTP/1.1 bytes with
// `Connection: close`, and the answer read until the server closes: fetch (undici) costs the sending
// process about as much CPU per request as the server spends answering it, node:http about half, and
// on two shared cores that client work would be counted in every latency. Each request still opens
// its own connection, as 500 browsers would, and the status line and Location header are checked.
function postForm(url: string, cookie: string, csrf: string, origin: string) {
  const u = new URL(url);
  const body = new URLSearchParams({ _csrf: csrf }).toString();
  const request =
    `POST ${u.pathname} HTTP/1.1\r\nHost: ${u.host}\r\nCookie: ${cookie}\r\n` +
    "Content-Type: application/x-www-form-urlencoded\r\n" +
    `Content-Length: ${Buffer.byteLength(body)}\r\nOrigin: ${origin}\r\nSec-Fetch-Site: same-origin\r\n` +
    `Connection: close\r\n\r\n${body}`;
  return new Promise<{ status: number; location: string | undefined }>((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(Number(u.port), u.hostname, () => socket.write(request));
    socket.on("data", (d: Buffer) => chunks.push(d));
    socket.on("error", reject);
    socket.on("close", () => {
      const head = Buffer.concat(chunks).toString("latin1").split("\r\n\r\n")[0] ?? "";
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
      const location = /\r\nlocation: ([^\r]*)/i.exec(head)?.[1];
      resolve({ status, location });
    });
  });
}

/** Bottega with the given roles, as its own process (like processes.ts's startBottega, which runs all). */
async function startWithRoles(dataDir: string, databaseUrl: string, roles: string): Promise<Proc> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [...benchNodeArgs, "--import", "./bin/ts-loader.mjs", "src/cli.ts", "start", `--roles=${roles}`],
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

if (!args["no-postgres"]) {
  const name = `bottega_bench_reg_${process.pid}`;
  const admin = new pg.Client({ connectionString: args.postgres });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  const url = new URL(args.postgres);
  url.pathname = `/${name}`;
  try {
    await withServer("PostgreSQL", url.toString());
    if (args["split-worker"]) await withServer("PostgreSQL, worker in its own process", url.toString(), true);
  } finally {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}
if (!args["no-embedded"]) await withServer("embedded", undefined);

const head =
  "| database | people | places | all answered (ms) | registrations/s | p50 ms | p95 ms | p99 ms | max ms | errors | confirmed | waitlisted | correct | one at a time, p50 ms | load avg (1 min) | CPU ms in the burst: bench / Bottega / PostgreSQL |";
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
    `| ${r.database} | ${r.people} | ${r.capacity} | ${r.allAnsweredMs} | ${r.perSecond} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.max} | ${r.errors} | ${r.confirmed} | ${r.waitlisted} | ${r.correct ? "yes" : "NO"} | ${r.soloP50} | ${r.load} | ${r.cpuClient} / ${r.cpuServer} / ${r.cpuPostgres} |`,
  );
if (args.json) writeFileSync(args.json, JSON.stringify({ at: new Date().toISOString(), rows }, null, 2));
process.exitCode = rows.every((r) => r.correct) ? 0 : 1;
