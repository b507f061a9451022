// A/B of two builds of the search in ONE process, alternating every --block requests. Whole runs
// minutes apart swung more than the differences being measured (the machine is shared: 2 CPUs,
// other people's browser tests), so both builds see the same load here: the benchmark's queries
// (workload.ts) in the same shuffled order, split into blocks; each block runs on A then on B
// (B then A on every other block, so neither always finds the caches the other warmed), with N
// requests in flight. Trust the ratios B / A, not the absolute figures.
//
// A build is a source tree (a checkout of another commit: `git archive <commit> | tar -x -C DIR`,
// with node_modules linked to this one's) and a database of its own (`run.ts --keep NAME
// --insert-only`, or `create database b template a`): each tree's migrations are applied to its
// database when its runtime opens, as `run.ts --reuse` does.
//
//   node --import ./bin/ts-loader.mjs bench/search/ab.ts --a /tmp/base --a-db h14_a --b . --b-db h14_b \
//     [--levels 1,4] [--rounds 2] [--block 100] [--rows 100000] [--kind "quoted phrase"]
//
// Before measuring, every query is sent once to each build: the answers (total, page ids) are
// compared and the queries whose answers differ are counted and listed (the first ten).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { prng } from "./corpus.ts";
import type { BenchQuery } from "./queries.ts";
import { benchWorkload } from "./workload.ts";

const { values: args } = parseArgs({
  options: {
    a: { type: "string", default: "." },
    b: { type: "string", default: "." },
    "a-db": { type: "string" },
    "b-db": { type: "string" },
    server: { type: "string", default: "postgres://postgres@127.0.0.1:5432" },
    levels: { type: "string", default: "1,4" },
    rounds: { type: "string", default: "2" },
    block: { type: "string", default: "100" },
    rows: { type: "string", default: "100000" },
    kind: { type: "string" },
  },
});
if (!args["a-db"] || !args["b-db"]) throw new Error("--a-db and --b-db are required");
const levels = args.levels.split(",").map(Number);

type Answer = { status: number; total: number; ids: string[] };
type Side = {
  name: string;
  one: (q: BenchQuery) => Promise<{ ms: number; answer: Answer }>;
  /** CPU ticks (1/100 s) of the PostgreSQL backends serving this side's pool. */
  pgTicks: () => Promise<number>;
  close: () => Promise<void>;
};

const ticks = (pid: number) => {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return Number(f[11]) + Number(f[12]);
  } catch {
    return 0; // a backend that ended
  }
};

async function open(name: string, dir: string, db: string, poolSize: number): Promise<Side> {
  const root = path.resolve(dir);
  const imp = (f: string) => import(path.join(root, f));
  const { openAppRuntime } = await imp("src/app/runtime.ts");
  const { createApp } = await imp("src/app/http.tsx");
  const { loadConfig } = await imp("src/platform/config.ts");
  const { createLogger } = await imp("src/platform/logger.ts");
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `bottega-ab-${name}-`));
  const config = loadConfig({
    LOG_LEVEL: "silent",
    SECRET: "bench-secret-bench-secret-bench-secret-00",
    DATABASE_URL: `${args.server}/${db}`,
    DATA_DIR: dataDir,
  });
  const runtime = await openAppRuntime(config, createLogger("silent"), { poolSize, work: false });
  const app = await createApp(runtime.deps);
  // The backends serving this side: listed afresh at every reading (the pool closes idle
  // connections and opens new ones), through a connection of its own to another database.
  const admin = new pg.Client({ connectionString: `${args.server}/postgres`, user: "postgres" });
  await admin.connect();
  const pids = async () =>
    (
      await admin.query<{ pid: number }>(
        "select pid from pg_stat_activity where datname = $1 and backend_type = 'client backend'",
        [db],
      )
    ).rows.map((r) => r.pid);
  const pgSeen = new Map<number, number>();
  let pgTotal = 0;
  return {
    name,
    one: async (q) => {
      const started = performance.now();
      const res = await app.request(`/api/v1/practices?${new URLSearchParams(q.params)}`);
      const body = (await res.json()) as { total?: number; items?: { id: string }[] };
      return {
        ms: performance.now() - started,
        answer: { status: res.status, total: body.total ?? -1, ids: (body.items ?? []).map((i) => i.id) },
      };
    },
    // Cumulative: each backend's ticks since it was last read, added up. (A sum of the live
    // backends' ticks went negative when the pool closed a backend between two readings: its whole
    // history left the sum. Now only its last ticks before it ended are missed.)
    pgTicks: async () => {
      for (const p of await pids()) {
        const t = ticks(p);
        pgTotal += t - (pgSeen.get(p) ?? 0);
        pgSeen.set(p, t);
      }
      return pgTotal;
    },
    close: async () => {
      await admin.end();
      await runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
};
const load = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");

const queries = benchWorkload(Number(args.rows)).filter((q) => !args.kind || q.kind === args.kind);
const poolSize = Math.max(...levels);
const A = await open("A", args.a, args["a-db"], poolSize);
const B = await open("B", args.b, args["b-db"], poolSize);
try {
  // Warm-up (caches, prepared plans) and the comparison of the answers.
  const differ: string[] = [];
  for (const q of queries) {
    const [a, b] = [(await A.one(q)).answer, (await B.one(q)).answer];
    if (a.status !== 200 || b.status !== 200)
      throw new Error(`${a.status}/${b.status} for ${JSON.stringify(q)}`);
    if (a.total !== b.total || a.ids.join() !== b.ids.join())
      differ.push(
        `${q.kind}: ${new URLSearchParams(q.params)} (total ${a.total} → ${b.total}${a.ids.join() === b.ids.join() ? "" : ", page differs"})`,
      );
  }
  console.log(`${queries.length} queries; answers differ for ${differ.length}`);
  for (const d of differ.slice(0, 10)) console.log(`  ${d}`);
  const block = Number(args.block);
  for (const n of levels) {
    const order = Array.from({ length: Number(args.rounds) }, () => queries).flat();
    const shuffle = prng(n);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(shuffle() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const lat = { A: [] as number[], B: [] as number[] };
    const kinds = new Map<string, { A: number[]; B: number[] }>();
    const cpu = { A: { pg: 0, node: 0, wall: 0 }, B: { pg: 0, node: 0, wall: 0 } };
    const load0 = load();
    const runBlock = async (side: Side, part: BenchQuery[]) => {
      const key = side.name as "A" | "B";
      const pg0 = await side.pgTicks();
      const node0 = process.cpuUsage();
      const t0 = performance.now();
      let next = 0;
      await Promise.all(
        Array.from({ length: n }, async () => {
          while (next < part.length) {
            const q = part[next++]!;
            const { ms } = await side.one(q);
            lat[key].push(ms);
            const k = kinds.get(q.kind) ?? { A: [], B: [] };
            k[key].push(ms);
            kinds.set(q.kind, k);
          }
        }),
      );
      cpu[key].wall += performance.now() - t0;
      const used = process.cpuUsage(node0);
      cpu[key].node += (used.user + used.system) / 1000;
      cpu[key].pg += ((await side.pgTicks()) - pg0) * 10;
    };
    for (let b = 0; b * block < order.length; b++) {
      const part = order.slice(b * block, (b + 1) * block);
      const sides = b % 2 === 0 ? [A, B] : [B, A];
      for (const side of sides) await runBlock(side, part);
    }
    const r = (x: number, d = 1) => +x.toFixed(d);
    const row = (key: "A" | "B") => ({
      p50: r(pct(lat[key], 50)),
      p95: r(pct(lat[key], 95)),
      p99: r(pct(lat[key], 99)),
      "q/s": Math.round(lat[key].length / (cpu[key].wall / 1000)),
      "pg cpu ms/req": r(cpu[key].pg / lat[key].length, 2),
      "node cpu ms/req": r(cpu[key].node / lat[key].length, 2),
    });
    const a = row("A");
    const b = row("B");
    console.log(`\n${n} connection(s), ${order.length} requests per build, load ${load0} → ${load()}`);
    console.table({
      A: a,
      B: b,
      "B / A": Object.fromEntries(
        Object.keys(a).map((k) => [k, r(b[k as keyof typeof b] / a[k as keyof typeof a], 3)]),
      ),
    });
    console.table(
      Object.fromEntries(
        [...kinds].map(([k, v]) => [
          k,
          { "A p95": r(pct(v.A, 95)), "B p95": r(pct(v.B, 95)), "B / A": r(pct(v.B, 95) / pct(v.A, 95), 3) },
        ]),
      ),
    );
  }
} finally {
  await A.close();
  await B.close();
}
process.exit(0);
