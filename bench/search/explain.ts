// Diagnostics for a kept benchmark database (`--keep NAME --insert-only`): runs a few searches with
// every statement timed, then EXPLAIN ANALYZE of the slowest statement of each.
//   node --import ./bin/ts-loader.mjs bench/search/explain.ts postgres://postgres@127.0.0.1:5432/NAME "q=biblioteca" "q=bibloteca&sort=date"
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { searchPractices } from "../../src/modules/practices/search/service.ts";
import { systemClock } from "../../src/platform/clock.ts";
import type { Deps } from "../../src/platform/deps.ts";

const [url, ...queries] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: url, user: "postgres", max: 2 });
let log: { sql: string; params: readonly unknown[]; ms: number }[] = [];
const db = new Kysely<object>({
  dialect: new PostgresDialect({ pool }),
  log: (e) => {
    if (e.level === "query")
      log.push({ sql: e.query.sql, params: e.query.parameters, ms: e.queryDurationMillis });
  },
});
// No databaseUrl: the statements go through Kysely (unprepared), so that its log sees them.
const deps = {
  db,
  dbQuiet: db,
  pool,
  clock: systemClock,
  config: { databaseUrl: undefined },
} as unknown as Deps;
for (const q of queries) {
  const params = Object.fromEntries(new URLSearchParams(q));
  await searchPractices(deps, null, params); // warm
  log = [];
  const t0 = performance.now();
  const r = await searchPractices(deps, null, params);
  console.log(
    `\n== ${q}: ${(performance.now() - t0).toFixed(1)} ms, total ${r.total} (${r.totalExact ? "exact" : "estimate"})`,
  );
  for (const s of log) console.log(`  ${s.ms.toFixed(1)} ms  ${s.sql.slice(0, 90).replace(/\s+/g, " ")}`);
  const slow = [...log].sort((a, b) => b.ms - a.ms)[0];
  if (slow && process.env.EXPLAIN) {
    const plan = await pool.query(`explain (analyze, buffers) ${slow.sql}`, slow.params as unknown[]);
    console.log(plan.rows.map((r) => r["QUERY PLAN"]).join("\n"));
  }
}
await db.destroy();
