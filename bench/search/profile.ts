// Where a search's time goes, on a database left by `run.ts --keep NAME --insert-only`: sends every
// benchmark query one at a time through the real app (as run.ts does) and reports, per query kind,
// the mean request time, the mean wall time of each SQL statement (from sending it to its result),
// and the CPU used per request by this Node process and by the PostgreSQL backends serving it
// (read from /proc, so PostgreSQL must run on this machine; no parallel workers
// were seen in these plans, so the backend's CPU is PostgreSQL's). Add `--cpu-prof` to Node for a profile.
//
//   node --import ./bin/ts-loader.mjs bench/search/profile.ts [--db bsearch] [--rounds 2] [--kind "quoted phrase"]
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { createApp } from "../../src/app/http.tsx";
import { openAppRuntime as openRuntime } from "../../src/app/runtime.ts";
import { loadConfig } from "../../src/platform/config.ts";
import { createLogger } from "../../src/platform/logger.ts";
import { buildCorpus, generatePractice, prng } from "./corpus.ts";
import { buildQueries } from "./queries.ts";

const { values: args } = parseArgs({
  options: {
    db: { type: "string", default: "bsearch" },
    server: { type: "string", default: "postgres://postgres@127.0.0.1:5432" },
    rounds: { type: "string", default: "2" },
    kind: { type: "string" },
    // Print the queries (of --kind) and stop.
    list: { type: "boolean", default: false },
  },
});

// Per-statement wall time: every query the app sends goes through pg.Pool#query (prepared search
// statements) or pg.Client#query (Kysely).
const statements = new Map<string, number>();
const label = (text: string) => {
  const s = text.replace(/\s+/g, " ").trim();
  if (s.includes("@@")) return "searchText";
  if (s.includes("practice_words")) return "closestWords";
  if (s.includes("practice_search s where")) return "searchAll";
  return s.slice(0, 40);
};
function timed(proto: { query: unknown }) {
  const original = proto.query as (...a: unknown[]) => unknown;
  proto.query = function (this: unknown, ...a: unknown[]) {
    const q = a[0] as string | { text: string };
    const text = typeof q === "string" ? q : q?.text;
    const r = original.apply(this, a);
    if (typeof text === "string" && r instanceof Promise) {
      const t0 = performance.now();
      const key = label(text);
      r.then(
        () => statements.set(key, (statements.get(key) ?? 0) + performance.now() - t0),
        () => {},
      );
    }
    return r;
  };
}
timed(pg.Pool.prototype as unknown as { query: unknown });
timed(pg.Client.prototype as unknown as { query: unknown });

// CPU of the one backend serving the app's pool (size 1): utime + stime, in clock ticks (1/100 s).
// CPU time, unlike wall time, barely moves when other work shares the machine.
const ticks = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return Number(f[11]) + Number(f[12]);
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const dataDir = mkdtempSync(path.join(os.tmpdir(), "bottega-bench-profile-"));
const config = loadConfig({
  LOG_LEVEL: "silent",
  SECRET: "bench-secret-bench-secret-bench-secret-00",
  DATABASE_URL: `${args.server}/${args.db}`,
  DATA_DIR: dataDir,
});
const runtime = await openRuntime(config, createLogger("silent"), { poolSize: 1, work: false });
try {
  const corpus = buildCorpus();
  const rand = prng(42);
  const titles: string[] = [];
  for (let k = 0; titles.length < 5000; k++) titles.push(generatePractice(corpus, rand, k, ["x"], 0).title);
  const slugs = Array.from({ length: 5 }, (_, i) => `rete-${i}`);
  const queries = buildQueries(corpus, titles, prng(7), slugs).filter(
    (q) => !args.kind || q.kind === args.kind,
  );
  if (args.list) {
    for (const q of queries) console.log(q.kind.padEnd(16), new URLSearchParams(q.params).toString());
    process.exit(0);
  }
  const app = await createApp(runtime.deps);
  const one = async (params: Record<string, string>) => {
    const res = await app.request(`/api/v1/practices?${new URLSearchParams(params)}`);
    const body = (await res.json()) as { total: number };
    if (res.status !== 200) throw new Error(`${res.status} for ${new URLSearchParams(params)}`);
    return body.total;
  };
  const totals = new Map<string, number[]>(); // matches per kind, from the warm-up
  for (const q of queries) totals.set(q.kind, [...(totals.get(q.kind) ?? []), await one(q.params)]);
  const backend = (await runtime.deps.pool.query<{ pid: number }>("select pg_backend_pid() as pid")).rows[0]!
    .pid;
  const pgTicks = () => ticks(backend);
  const rows: Record<string, string | number>[] = [];
  const kinds = [...new Set(queries.map((q) => q.kind))];
  for (const kind of [...kinds, "all"]) {
    const set = queries.filter((q) => kind === "all" || q.kind === kind);
    statements.clear();
    const cpu0 = process.cpuUsage();
    const pg0 = pgTicks();
    const t0 = performance.now();
    for (let r = 0; r < Number(args.rounds); r++) for (const q of set) await one(q.params);
    const n = set.length * Number(args.rounds);
    const wall = (performance.now() - t0) / n;
    const cpu = process.cpuUsage(cpu0);
    const row: Record<string, string | number> = {
      kind,
      n,
      "median matches": kind === "all" ? "" : median(totals.get(kind)!),
      "wall ms": +wall.toFixed(2),
      "node cpu ms": +((cpu.user + cpu.system) / 1000 / n).toFixed(2),
      "pg cpu ms": +(((pgTicks() - pg0) * 10) / n).toFixed(2),
    };
    for (const [k, v] of statements) row[k] = +(v / n).toFixed(2);
    rows.push(row);
  }
  console.table(rows);
} finally {
  await runtime.close();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
