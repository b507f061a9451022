// Search benchmark (issue "Good-practice catalogue", section Benchmark). Generates 100,000 practices
// in a database of its own (PostgreSQL: created and dropped; embedded: a temporary data directory),
// then sends ≥ 500 distinct queries to GET /api/v1/practices in process (the real Hono app, zod
// validation, search service and JSON; no render cache — it only stores HTML pages) with 1, 4 and
// 20 requests in flight on PostgreSQL and 1 and 4 on embedded. See README.md.
//
//   npm run bench:search -- [--rows 100000] [--postgres postgres://postgres@127.0.0.1:5432/postgres]
//                           [--no-embedded] [--no-postgres] [--rounds 2] [--json out.json]
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { createApp } from "../../src/app/http.tsx";
import { openAppRuntime as openRuntime } from "../../src/app/runtime.ts";
import { insertNetwork } from "../../src/modules/identity/networks.repo.ts";
import { insertPractices } from "../../src/modules/practices/catalogue/repo.ts";
import { loadConfig } from "../../src/platform/config.ts";
import { newId } from "../../src/platform/ids.ts";
import { createLogger } from "../../src/platform/logger.ts";
import { buildCorpus, generatePractice, prng } from "./corpus.ts";
import { type BenchQuery, buildQueries } from "./queries.ts";
import { partialWatch } from "./workload.ts";

const { values: args } = parseArgs({
  options: {
    rows: { type: "string", default: "100000" },
    postgres: {
      type: "string",
      default: process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
    },
    "no-embedded": { type: "boolean", default: false },
    "no-postgres": { type: "boolean", default: false },
    rounds: { type: "string", default: "2" },
    json: { type: "string" },
    keep: { type: "string" },
    // Measure on a database left by an earlier `--keep NAME --insert-only` run (same --rows): no insert.
    reuse: { type: "string" },
    "insert-only": { type: "boolean", default: false },
    // Concurrency levels to measure, e.g. "1,4" (default: 1, 4, 20 on PostgreSQL; 1, 4 embedded).
    levels: { type: "string" },
  },
});
const ROWS = Number(args.rows);
const ROUNDS = Number(args.rounds);
const levelsOr = (defaults: number[]) => (args.levels ? args.levels.split(",").map(Number) : defaults);
// Rows per multi-row INSERT. On embedded, large protocol messages (≳ 64 KB) get interleaved with other
// connections' messages by pglite-socket (seen as "bind message supplies 2700 parameters, but prepared
// statement "" requires 20" when pg-boss polled meanwhile): keep each INSERT small there.
const batchFor = (engine: string) => (engine === "embedded" ? 10 : 100);

type Stat = {
  engine: string;
  connections: number;
  queries: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  qps: number;
  errors: number;
};
const results: {
  insert: Record<string, number>;
  runs: Stat[];
  byKind: Record<string, Record<string, number>>;
} = {
  insert: {},
  runs: [],
  byKind: {},
};

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function bench(engine: "postgres" | "embedded", env: Record<string, string>, levels: number[]) {
  const log = createLogger("silent");
  const config = loadConfig({
    LOG_LEVEL: "silent",
    SECRET: "bench-secret-bench-secret-bench-secret-00",
    ...env,
  });
  const runtime = await openRuntime(config, log, { poolSize: Math.max(...levels), work: false });
  try {
    const { db, pool } = runtime.deps;
    const reuse = engine === "postgres" && args.reuse !== undefined;
    const networks: { id: string; slug: string }[] = [];
    for (let i = 0; i < 5; i++) {
      const n = { id: newId(), slug: `rete-${i}`, name: `Rete ${i}`, description: null, website: null };
      if (!reuse) await insertNetwork(db, n);
      networks.push(n);
    }
    const corpus = buildCorpus();
    const together = partialWatch(corpus);
    const rand = prng(42);
    const titles: string[] = [];
    const now = Date.now();
    const t0 = performance.now();
    const BATCH = batchFor(engine);
    for (let i = 0; i < ROWS; i += BATCH) {
      const batch = [];
      for (let k = i; k < Math.min(ROWS, i + BATCH); k++)
        batch.push(
          generatePractice(
            corpus,
            rand,
            k,
            networks.map((n) => n.id),
            now,
          ),
        );
      if (titles.length < 5000) titles.push(...batch.map((b) => b.title));
      for (const [k, row] of batch.entries()) together.add(i + k, row);
      // Reusing: the generator is deterministic, so the same practices come out without inserting
      // (all of them: the partial-match words are checked against the whole corpus).
      if (reuse) continue;
      await insertPractices(db, batch);
      if (i % 10_000 === 0) process.stderr.write(`\r${engine}: ${i} rows`);
    }
    if (reuse) process.stderr.write(`postgres: reusing ${args.reuse}\n`);
    const insertS = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    await pool.query("vacuum analyze practices");
    await pool.query("vacuum analyze practice_search");
    await pool.query("vacuum analyze practice_words");
    const analyzeS = (performance.now() - t1) / 1000;
    if (!reuse) results.insert[engine] = Math.round(insertS * 10) / 10;
    results.insert[`${engine} vacuum analyze`] = Math.round(analyzeS * 10) / 10;
    process.stderr.write(
      `\r${engine}: ${ROWS} rows inserted in ${insertS.toFixed(1)} s (+ vacuum analyze ${analyzeS.toFixed(1)} s)\n`,
    );

    if (args["insert-only"]) return;
    const queries = buildQueries(
      corpus,
      titles,
      prng(7),
      networks.map((n) => n.slug),
      // Each word in ≥ 20 practices at 100,000 (fewer at smaller sizes), so a partial page can fill.
      together.pick(40, prng(11), Math.max(2, Math.round(ROWS / 5000))),
    );
    const app = await createApp(runtime.deps);
    const one = async (q: BenchQuery) => {
      const started = performance.now();
      const res = await app.request(`/api/v1/practices?${new URLSearchParams(q.params)}`);
      const body = (await res.json()) as { total?: number };
      return { ms: performance.now() - started, ok: res.status === 200, total: body.total ?? 0 };
    };
    // Warm-up: every query once (caches, plans), not measured.
    const totals: number[] = [];
    for (const q of queries) totals.push((await one(q)).total);
    process.stderr.write(
      `${engine}: ${queries.length} queries; matches median ${pct(
        [...totals].sort((a, b) => a - b),
        50,
      )}, max ${Math.max(...totals)}\n`,
    );
    for (const kind of ["theme word", "partial match"]) {
      const ts = queries.flatMap((q, k) => (q.kind === kind ? [totals[k]!] : []));
      process.stderr.write(
        `${engine}: ${ts.length} ${kind} queries, ${ts.filter((t) => t === 0).length} finding nothing; matches median ${pct(
          ts.sort((a, b) => a - b),
          50,
        )}\n`,
      );
    }
    for (const connections of levels) {
      const latencies: number[] = [];
      const kinds = new Map<string, number[]>();
      let errors = 0;
      const order = Array.from({ length: ROUNDS }, () => queries).flat();
      const shuffle = prng(connections);
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(shuffle() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: connections }, async () => {
          while (next < order.length) {
            const q = order[next++]!;
            const r = await one(q);
            if (!r.ok) errors++;
            latencies.push(r.ms);
            kinds.set(q.kind, [...(kinds.get(q.kind) ?? []), r.ms]);
          }
        }),
      );
      const elapsed = (performance.now() - started) / 1000;
      latencies.sort((a, b) => a - b);
      const stat: Stat = {
        engine,
        connections,
        queries: latencies.length,
        p50: +pct(latencies, 50).toFixed(1),
        p95: +pct(latencies, 95).toFixed(1),
        p99: +pct(latencies, 99).toFixed(1),
        max: +latencies[latencies.length - 1]!.toFixed(1),
        qps: Math.round(latencies.length / elapsed),
        errors,
      };
      results.runs.push(stat);
      console.error(stat);
      results.byKind[`${engine} ${connections}`] = Object.fromEntries(
        [...kinds].map(([k, v]) => [
          k,
          +pct(
            v.sort((a, b) => a - b),
            95,
          ).toFixed(1),
        ]),
      );
    }
  } finally {
    await runtime.close();
  }
}

if (!args["no-postgres"]) {
  // --keep NAME leaves the database behind for EXPLAIN (drop it yourself).
  const name = args.reuse ?? args.keep ?? `bottega_bench_search_${process.pid}`;
  const admin = new pg.Client({ connectionString: args.postgres, user: "postgres" });
  await admin.connect();
  if (!args.reuse) await admin.query(`create database "${name}"`);
  const url = new URL(args.postgres);
  url.pathname = `/${name}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "bottega-bench-search-pg-"));
  try {
    await bench("postgres", { DATABASE_URL: url.toString(), DATA_DIR: dataDir }, levelsOr([1, 4, 20]));
  } finally {
    if (!args.keep && !args.reuse) await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
if (!args["no-embedded"]) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "bottega-bench-search-"));
  try {
    await bench("embedded", { DATA_DIR: dataDir }, levelsOr([1, 4]));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

console.log(`\nSearch benchmark: ${ROWS} practices, ${ROUNDS} rounds of every query per level\n`);
console.log("engine    | conns | queries |  p50 ms |  p95 ms |  p99 ms |  max ms | queries/s | errors");
for (const r of results.runs)
  console.log(
    `${r.engine.padEnd(9)} | ${String(r.connections).padStart(5)} | ${String(r.queries).padStart(7)} | ${String(r.p50).padStart(7)} | ${String(r.p95).padStart(7)} | ${String(r.p99).padStart(7)} | ${String(r.max).padStart(7)} | ${String(r.qps).padStart(9)} | ${r.errors}`,
  );
console.log("\nInsert (s):", results.insert);
console.log("\np95 by query kind (ms), per engine and connections:");
const kindNames = [...new Set(Object.values(results.byKind).flatMap((k) => Object.keys(k)))];
console.log(
  `${"".padEnd(16)} | ${Object.keys(results.byKind)
    .map((c) => c.padStart(11))
    .join(" | ")}`,
);
for (const k of kindNames)
  console.log(
    `${k.padEnd(16)} | ${Object.values(results.byKind)
      .map((c) => String(c[k] ?? "").padStart(11))
      .join(" | ")}`,
  );
// The targets (issue 14, section Targets), for the runs this invocation made.
const ok = (pass: boolean) => (pass ? "PASS" : "FAIL");
const checks: string[] = [];
const overall = (engine: string, connections: number, limit: number) => {
  const r = results.runs.find((x) => x.engine === engine && x.connections === connections);
  if (r)
    checks.push(
      `  ${ok(r.p95 <= limit)} ${engine} p95 at ${connections} connection(s) ≤ ${limit} ms: ${r.p95} ms`,
    );
};
overall("postgres", 1, 30);
overall("postgres", 4, 35);
overall("embedded", 1, 100);
for (const kind of ["theme word", "partial match"]) {
  const p95 = results.byKind["postgres 1"]?.[kind];
  if (p95 !== undefined)
    checks.push(`  ${ok(p95 <= 50)} ${kind} p95 (postgres, 1 connection) ≤ 50 ms: ${p95} ms`);
}
if (checks.length)
  console.log(
    `\nTargets (issue 14; at ${ROWS} practices, the targets are for 100,000):\n${checks.join("\n")}`,
  );
if (args.json) writeFileSync(args.json, JSON.stringify(results, null, 2));
process.exit(0);
