// Import benchmark (issue "Good-practice catalogue", Benchmark: "also the import time for the 100,000
// rows"). Writes the search benchmark's generated practices (bench/search/corpus.ts: same corpus, same
// seed) as an import CSV, with 1 % broken rows, then times `importPractices` — the service behind
// `npx bottega import practices` and the upload page — into a fresh database: embedded (a temporary
// data directory) and PostgreSQL (a database of its own, dropped). See README.md.
//
//   npm run bench:import -- [--rows 100000] [--postgres URL] [--no-embedded] [--no-postgres] [--json out.json]
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { openAppRuntime as openRuntime } from "../../src/app/runtime.ts";
import { insertNetwork } from "../../src/modules/identity/networks.repo.ts";
import { importPractices } from "../../src/modules/practices/import/service.ts";
import { PRACTICE_KEYS, toCsv } from "../../src/modules/practices/open-data/export.ts";
import { loadConfig } from "../../src/platform/config.ts";
import { newId } from "../../src/platform/ids.ts";
import { createLogger } from "../../src/platform/logger.ts";
import { buildCorpus, generatePractice, prng } from "../search/corpus.ts";

const { values: args } = parseArgs({
  options: {
    rows: { type: "string", default: "100000" },
    postgres: {
      type: "string",
      default: process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
    },
    "no-embedded": { type: "boolean", default: false },
    "no-postgres": { type: "boolean", default: false },
    json: { type: "string" },
  },
});
const ROWS = Number(args.rows);
// What an import file carries: the export's columns without the catalogue's own id and address.
const KEYS = PRACTICE_KEYS.filter((k) => k !== "id" && k !== "url");

/** The generated practices as an import CSV; every 100th row is broken (no summary). */
function generateCsv(): { bytes: Uint8Array; broken: number } {
  // The vocabulary vendored beside the search benchmark (bench/search/seed-words.txt).
  const corpus = buildCorpus();
  const rand = prng(42);
  const now = Date.now();
  const records: Record<(typeof KEYS)[number], unknown>[] = [];
  let broken = 0;
  for (let i = 0; i < ROWS; i++) {
    const p = generatePractice(corpus, rand, i, ["n"], now);
    const bad = i % 100 === 99;
    if (bad) broken++;
    records.push({
      title: p.title,
      summary: bad ? "" : p.summary,
      country: p.country,
      language: p.language,
      // 200 organisations, matched by name after the first record creates each.
      organisation: `Ente generato ${i % 200}`,
      organisationType: p.org_types?.[0] ?? "other",
      place: p.place,
      startYear: p.start_year,
      endYear: p.end_year,
      themes: p.themes,
      problem: p.problem,
      solution: p.solution,
      results: p.results,
      website: p.website,
    });
  }
  return { bytes: new TextEncoder().encode(toCsv(KEYS, records)), broken };
}

const results: Record<string, { seconds: number; imported: number; failed: number; rowsPerSecond: number }> =
  {};

async function bench(engine: string, env: Record<string, string>, bytes: Uint8Array) {
  const config = loadConfig({
    LOG_LEVEL: "silent",
    SECRET: "bench-secret-bench-secret-bench-secret-00",
    ...env,
  });
  const runtime = await openRuntime(config, createLogger("silent"), { work: false });
  try {
    const network = {
      id: newId(),
      slug: "rete-import",
      name: "Rete import",
      description: null,
      website: null,
    };
    await insertNetwork(runtime.deps.db, network);
    const started = performance.now();
    const report = await importPractices(runtime.deps, { networkId: network.id, bytes });
    const seconds = (performance.now() - started) / 1000;
    results[engine] = {
      seconds: Math.round(seconds * 10) / 10,
      imported: report.imported,
      failed: report.failures.length,
      rowsPerSecond: Math.round(report.records / seconds),
    };
    console.error(engine, results[engine]);
  } finally {
    await runtime.close();
  }
}

const t0 = performance.now();
const { bytes, broken } = generateCsv();
const file = path.join(mkdtempSync(path.join(os.tmpdir(), "bottega-bench-import-")), "practices.csv");
writeFileSync(file, bytes);
console.error(
  `generated ${ROWS} rows (${broken} broken), ${(statSync(file).size / 1e6).toFixed(1)} MB, in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${file}`,
);

if (!args["no-embedded"]) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "bottega-bench-import-"));
  try {
    await bench("embedded", { DATA_DIR: dataDir }, bytes);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
if (!args["no-postgres"]) {
  const name = `bottega_bench_import_${process.pid}`;
  const admin = new pg.Client({ connectionString: args.postgres, user: "postgres" });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  const url = new URL(args.postgres);
  url.pathname = `/${name}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "bottega-bench-import-pg-"));
  try {
    await bench("postgres", { DATABASE_URL: url.toString(), DATA_DIR: dataDir }, bytes);
  } finally {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
rmSync(path.dirname(file), { recursive: true, force: true });

console.log(`\nImport benchmark: ${ROWS} rows of CSV (${broken} broken), one network`);
for (const [engine, r] of Object.entries(results))
  console.log(
    `${engine.padEnd(9)} ${r.seconds} s, ${r.rowsPerSecond} rows/s, imported ${r.imported}, refused ${r.failed}`,
  );
if (args.json) writeFileSync(args.json, JSON.stringify(results, null, 2));
process.exit(0);
