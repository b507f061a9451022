// Migrations: plain SQL files in migrations/, named YYYYMMDDHHMM_description.sql, applied in order,
// each in its own transaction and recorded in schema_migrations. On PostgreSQL an advisory lock makes
// a second process starting at the same moment wait instead of racing. On the embedded database
// advisory locks mean nothing (every connection shares PGlite's one session), but the data-directory
// lock guarantees a single owning process, and an in-process queue serialises callers within it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type pg from "pg";

export const MIGRATIONS_DIR = fileURLToPath(new URL("../../../migrations/", import.meta.url));
const LOCK_KEY = 7_272_011;

export function migrationFiles(dir = MIGRATIONS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => /^\d{12}_[a-z0-9_-]+\.sql$/.test(f))
    .sort();
}

let queue: Promise<unknown> = Promise.resolve();

/** Applies pending migrations; returns the names applied. */
export function migrate(pool: pg.Pool, dir = MIGRATIONS_DIR): Promise<string[]> {
  const run = queue.then(() => migrateLocked(pool, dir));
  queue = run.catch(() => {});
  return run;
}

async function migrateLocked(pool: pg.Pool, dir: string): Promise<string[]> {
  const client = await pool.connect();
  const applied: string[] = [];
  try {
    await client.query("select pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(
      "create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())",
    );
    const done = new Set(
      (await client.query<{ name: string }>("select name from schema_migrations")).rows.map((r) => r.name),
    );
    for (const file of migrationFiles(dir)) {
      if (done.has(file)) continue;
      const sql = readFileSync(path.join(dir, file), "utf8");
      await client.query("begin");
      try {
        await client.query(sql);
        await client.query("insert into schema_migrations (name) values ($1)", [file]);
        await client.query("commit");
      } catch (err) {
        await client.query("rollback");
        throw new Error(`Migration ${file} failed: ${(err as Error).message}`);
      }
      applied.push(file);
    }
  } finally {
    await client.query("select pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    client.release();
  }
  return applied;
}
