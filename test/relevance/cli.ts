// Scores the search on a set of practices and judged queries, in a database of its own (embedded in
// a temporary directory, or a PostgreSQL database created and dropped), as test/relevance.test.ts does.
// With no option, the repository's fixture and the demo catalogue; with --practices/--queries, a set
// kept anywhere else (same formats: test/fixtures/relevance/README.md).
//
//   npm run relevance
//   npm run relevance -- --practices FILE --queries FILE [--demo] [--postgres URL] [--json out.json] [--check]
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { seedDemo } from "../../src/app/demo.ts";
import { openAppRuntime } from "../../src/app/runtime.ts";
import { loadConfig } from "../../src/platform/config.ts";
import { createLogger } from "../../src/platform/logger.ts";
import { evaluate, formatReport, loadPractices } from "./evaluate.ts";
import { FIXTURE_DIR, readPractices, readQueries, readRecorded } from "./fixture.ts";

const { values: args } = parseArgs({
  options: {
    practices: { type: "string" },
    queries: { type: "string" },
    // The demo catalogue too (always with the repository's fixture, whose judgments name its practices).
    demo: { type: "boolean", default: false },
    // An admin connection to PostgreSQL: the set is loaded into a new database, dropped at the end.
    postgres: { type: "string" },
    json: { type: "string" },
    // Exit 1 below the targets (recorded.json), as the test does.
    check: { type: "boolean", default: false },
  },
});
const own = !args.practices && !args.queries;
if (!own && !(args.practices && args.queries)) {
  console.error("Give both --practices FILE and --queries FILE, or neither (the repository's fixture).");
  process.exit(2);
}
const practices = readPractices(args.practices ?? path.join(FIXTURE_DIR, "practices.jsonl"));
const queries = readQueries(args.queries ?? path.join(FIXTURE_DIR, "queries.json"));

const dataDir = mkdtempSync(path.join(os.tmpdir(), "bottega-relevance-"));
const env: Record<string, string> = {
  DATA_DIR: dataDir,
  LOG_LEVEL: "silent",
  SECRET: "relevance-secret-relevance-secret-000000",
};
let dropDatabase = async () => {};
if (args.postgres) {
  const name = `bottega_relevance_${process.pid}`;
  const admin = new pg.Client({ connectionString: args.postgres });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(args.postgres);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  dropDatabase = async () => {
    const c = new pg.Client({ connectionString: args.postgres });
    await c.connect();
    await c.query(`drop database if exists "${name}" with (force)`);
    await c.end();
  };
}

let failed = false;
try {
  const runtime = await openAppRuntime(loadConfig(env), createLogger("silent"), { work: false });
  try {
    const started = performance.now();
    if (own || args.demo) await seedDemo(runtime.deps);
    const slugs = await loadPractices(runtime.deps, practices);
    const report = await evaluate(runtime.deps, queries, slugs);
    console.log(formatReport(report));
    console.log(
      `\n${args.postgres ? "PostgreSQL" : "embedded"}, ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    if (args.json) writeFileSync(args.json, JSON.stringify(report, null, 2));
    if (args.check) {
      const recorded = readRecorded();
      failed =
        report.top5HitRate < recorded.targets.top5HitRate ||
        report.recall20Theme < recorded.targets.recall20Theme ||
        (own && report.ndcg10 < recorded.ndcg10 - recorded.tolerance);
    }
  } finally {
    await runtime.close();
  }
} finally {
  await dropDatabase();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
