// HTTP benchmark (issue "Foundation", section Benchmark). In one run: a bare node:http server serving
// the same bytes as each page under test, Bottega on the embedded database (fresh data dir with demo
// data) and, when DATABASE_URL or --postgres is given, on PostgreSQL (a database of its own, dropped at
// the end). autocannon, anonymous and signed in; then cold start and idle RSS. See README.md.
//
//   npm run bench:http -- [--duration 20] [--connections 50] [--postgres postgres://…] [--json out.json]
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { type LoadResult, load } from "./load.ts";
import { bottegaCli, type Proc, rssMb, signIn, startBare, startBottega } from "./processes.ts";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "20" },
    connections: { type: "string", default: "50" },
    warmup: { type: "string", default: "3" },
    postgres: { type: "string" },
    "no-embedded": { type: "boolean", default: false },
    "cold-starts": { type: "string", default: "3" },
    // The home page signed in with a full notification history (issue "home, my area and
    // notifications"): on PostgreSQL, this many notifications for the coordinator, 50 of them unread,
    // at 10 connections. 0 leaves it out.
    notifications: { type: "string", default: "5000" },
    json: { type: "string" },
  },
});
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const WARMUP = Number(args.warmup);
const PG_URL = args.postgres ?? process.env.DATABASE_URL ?? "";
const ACCOUNT = { email: "paolo.bianchi@ancilab.example", password: "bottega-demo-2026" };
const WANTED = ["/", "/networks/ancilab"];

type Row = { target: string; database: string; mode: string } & LoadResult & { ratio: number };
const rows: Row[] = [];
const notes: string[] = [];
const facts: Record<string, number> = {};
const bareRps = new Map<string, number>();
const tmp = mkdtempSync(path.join(os.tmpdir(), "bottega-bench-"));

const log = (s: string) => process.stderr.write(`${s}\n`);

async function measure(
  url: string,
  pid: number,
  headers?: Record<string, string>,
  connections = CONNECTIONS,
): Promise<LoadResult> {
  if (WARMUP > 0) await load(url, { connections, duration: WARMUP, headers });
  return load(url, { connections, duration: DURATION, headers, pid });
}

const NOTIFICATIONS = Number(args.notifications);
const UNREAD = 50;
const HOME_CONNECTIONS = 10;
const HOME_TARGET = `/ (${NOTIFICATIONS} notifications, ${UNREAD} unread)`;

/** The coordinator's notification history, written straight into the bench's own database. */
async function seedNotifications(client: pg.Client) {
  const { rowCount } = await client.query(
    `insert into notifications (id, account_id, kind, event_id, text_key, text_params, href, created_at, read_at)
     select gen_random_uuid(), a.id, 'practices.report-submitted', gen_random_uuid(), 'practices.notify.submitted',
            jsonb_build_object('title', 'Segnalazione ' || g), '/practices/moderation',
            now() - make_interval(mins => g), case when g <= $2 then null else now() end
       from accounts a, generate_series(1, $3::int) g where a.email = $1`,
    [ACCOUNT.email, UNREAD, NOTIFICATIONS],
  );
  await client.query(
    `insert into notification_accounts (account_id, unread) select id, $2 from accounts where email = $1
     on conflict (account_id) do update set unread = $2`,
    [ACCOUNT.email, UNREAD],
  );
  return rowCount ?? 0;
}

/** The signed-in home page with that history, beside the bare server serving its very bytes. */
async function benchHome(server: Proc) {
  const cookie = await signIn(server.url, ACCOUNT.email, ACCOUNT.password);
  const page = await fetch(`${server.url}/`, { headers: { cookie } });
  const body = await page.arrayBuffer();
  if (!Buffer.from(body).toString().includes(`>${UNREAD}</span>`))
    throw new Error("the signed-in home page does not show the unread count");
  const file = path.join(tmp, "bare-home-signed-in.html");
  writeFileSync(file, Buffer.from(body));
  const bare = await startBare(file);
  try {
    log(
      `bare node:http serving ${body.byteLength} bytes of the signed-in home page, ${HOME_CONNECTIONS} connections…`,
    );
    const b = await measure(`${bare.url}/`, bare.child.pid ?? 0, undefined, HOME_CONNECTIONS);
    rows.push({ target: HOME_TARGET, database: "-", mode: `bare, ${HOME_CONNECTIONS} conn`, ...b, ratio: 1 });
    log(`postgresql ${HOME_TARGET} signed in, ${HOME_CONNECTIONS} connections…`);
    const r = await measure(`${server.url}/`, server.child.pid ?? 0, { cookie }, HOME_CONNECTIONS);
    rows.push({
      target: HOME_TARGET,
      database: "postgresql",
      mode: `signed in, ${HOME_CONNECTIONS} conn`,
      ...r,
      ratio: r.rps / b.rps,
    });
  } finally {
    await bare.stop();
  }
}

/** The pages to bench: the network page when it exists, else /accessibility (noted in the report). */
async function resolveTargets(base: string): Promise<string[]> {
  const out: string[] = [];
  for (const p of WANTED) {
    const res = await fetch(`${base}${p}`);
    await res.arrayBuffer();
    if (res.status === 200) out.push(p);
    else {
      notes.push(`${p} answered ${res.status}; /accessibility benched in its place.`);
      out.push("/accessibility");
    }
  }
  return out;
}

async function benchBare(target: string, body: ArrayBuffer) {
  if (bareRps.has(target)) return;
  const file = path.join(tmp, `bare-${target.replace(/\W+/g, "_")}.html`);
  writeFileSync(file, Buffer.from(body));
  const bare = await startBare(file);
  try {
    log(`bare node:http serving ${body.byteLength} bytes of ${target}…`);
    const r = await measure(`${bare.url}/`, bare.child.pid ?? 0);
    bareRps.set(target, r.rps);
    rows.push({ target, database: "-", mode: "bare node:http", ...r, ratio: 1 });
  } finally {
    await bare.stop();
  }
}

async function benchBottega(server: Proc, database: string) {
  facts[`idleRssMb.${database}`] = await idleRss(server);
  const targets = await resolveTargets(server.url);
  const cookie = await signIn(server.url, ACCOUNT.email, ACCOUNT.password);
  for (const target of targets) {
    const anon = await fetch(`${server.url}${target}`);
    if (anon.headers.getSetCookie().length) notes.push(`${target} sets a cookie for anonymous visitors.`);
    await benchBare(target, await anon.arrayBuffer());
    const me = await fetch(`${server.url}${target}`, { headers: { cookie } });
    if (!(await me.text()).includes('action="/sign-out"')) throw new Error(`not signed in on ${target}`);
    for (const [mode, headers] of [
      ["anonymous", undefined],
      ["signed in", { cookie }],
    ] as const) {
      log(`${database} ${target} ${mode}…`);
      const r = await measure(`${server.url}${target}`, server.child.pid ?? 0, headers);
      rows.push({ target, database, mode, ...r, ratio: r.rps / (bareRps.get(target) ?? Number.NaN) });
    }
  }
  facts[`rssAfterLoadMb.${database}`] = rssMb(server.child.pid ?? 0);
}

/** RSS once the freshly started server has settled (a few seconds, a GC tick). */
async function idleRss(server: Proc): Promise<number> {
  await new Promise((r) => setTimeout(r, 3000));
  return rssMb(server.child.pid ?? 0);
}

async function embedded() {
  const dataDir = path.join(tmp, "data");
  // The first start initialises the directory and loads the demo data: a one-off, measured apart.
  const first = await startBottega({ dataDir });
  facts["firstStartMs.embedded (initdb + migrations + demo data)"] = first.startMs;
  facts["idleRssMb.embedded (first start, after initdb and demo data)"] = await idleRss(first);
  await first.stop();
  // The load runs against a server started again on that directory, as it runs from then on.
  const server = await startBottega({ dataDir });
  try {
    await benchBottega(server, "embedded");
  } finally {
    await server.stop();
  }
  // Cold start on the existing data directory: spawn → first 200 from /healthz.
  const starts: number[] = [];
  for (let i = 0; i < Number(args["cold-starts"]); i++) {
    const s = await startBottega({ dataDir });
    starts.push(s.startMs);
    await s.stop();
  }
  starts.sort((a, b) => a - b);
  facts["coldStartMs.embedded.min"] = starts[0] ?? Number.NaN;
  facts["coldStartMs.embedded.median"] = starts[Math.floor(starts.length / 2)] ?? Number.NaN;
  facts["coldStartMs.embedded.max"] = starts.at(-1) ?? Number.NaN;
}

async function postgres() {
  const admin = new URL(PG_URL);
  const user = decodeURIComponent(admin.username) || "postgres";
  admin.pathname = "/postgres";
  const name = `bottega_bench_${Date.now().toString(36)}`;
  const client = new pg.Client({ connectionString: admin.toString(), user });
  await client.connect();
  await client.query(`create database "${name}"`);
  const dbUrl = new URL(PG_URL);
  dbUrl.pathname = `/${name}`;
  if (!dbUrl.username) dbUrl.username = user;
  const env = { databaseUrl: dbUrl.toString(), secret: randomBytes(32).toString("hex") };
  try {
    await bottegaCli(env, ["seed", "--demo"]);
    const server = await startBottega(env);
    facts["startMs.postgresql"] = server.startMs;
    try {
      await benchBottega(server, "postgresql");
      if (NOTIFICATIONS > 0) {
        const db = new pg.Client({ connectionString: env.databaseUrl });
        await db.connect();
        try {
          facts["notificationsSeeded.postgresql"] = await seedNotifications(db);
        } finally {
          await db.end();
        }
        await benchHome(server);
      }
    } finally {
      await server.stop();
    }
  } finally {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.end();
  }
}

const f = (n: number, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : "-");

function report() {
  const head = [
    "target",
    "database",
    "mode",
    "req/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "vs bare",
    "CPU ms/req",
    "non-2xx+err",
  ];
  const body = rows.map((r) => [
    r.target,
    r.database,
    r.mode,
    f(r.rps),
    f(r.p50, 1),
    f(r.p95, 1),
    f(r.p99, 1),
    `${f(r.ratio * 100, 1)} %`,
    f(r.cpuMsPerReq, 3),
    String(r.non2xx + r.errors),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  const out = [
    `Bottega HTTP benchmark — ${CONNECTIONS} connections, ${DURATION} s per run (+${WARMUP} s warm-up), ${os.cpus().length} cores, Node ${process.version}`,
    "",
    line(head),
    `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
    ...body.map(line),
    "",
    ...Object.entries(facts).map(([k, v]) => `${k}: ${f(v)}`),
    ...notes.map((n) => `note: ${n}`),
    "",
    "Targets (issue 2):",
    ...checks(),
  ];
  process.stdout.write(`${out.join("\n")}\n`);
}

function checks(): string[] {
  const out: string[] = [];
  const ok = (pass: boolean) => (pass ? "PASS" : "FAIL");
  for (const r of rows.filter((r) => r.mode === "anonymous"))
    out.push(
      `  ${ok(r.ratio >= 0.25)} anonymous ${r.target} (${r.database}) ≥ 25 % of bare: ${f(r.ratio * 100, 1)} %`,
    );
  for (const r of rows.filter((r) => r.mode.startsWith("signed in") && r.database === "postgresql"))
    out.push(`  ${ok(r.p95 <= 50)} ${r.mode} ${r.target} (postgresql) p95 ≤ 50 ms: ${f(r.p95, 1)} ms`);
  const cold = facts["coldStartMs.embedded.median"];
  if (cold !== undefined)
    out.push(`  ${ok(cold <= 2000)} cold start (embedded, median) ≤ 2000 ms: ${f(cold)} ms`);
  const rssPg = facts["idleRssMb.postgresql"];
  if (rssPg !== undefined) out.push(`  ${ok(rssPg <= 200)} idle RSS postgresql ≤ 200 MB: ${f(rssPg)} MB`);
  const rssEm = facts["idleRssMb.embedded"];
  if (rssEm !== undefined) out.push(`  ${ok(rssEm <= 500)} idle RSS embedded ≤ 500 MB: ${f(rssEm)} MB`);
  return out;
}

try {
  if (!args["no-embedded"]) await embedded();
  if (PG_URL) await postgres();
  else notes.push("PostgreSQL not benched: set DATABASE_URL or pass --postgres URL.");
  report();
  if (args.json) writeFileSync(args.json, JSON.stringify({ rows, facts, notes }, null, 2));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
