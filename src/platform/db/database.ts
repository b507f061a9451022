// One driver for both modes: a `pg` pool (to PostgreSQL, or to the embedded socket) wrapped by Kysely.
// Modules type their own tables with `db.withTables<ModuleTables>()`, so the platform knows none of them.
import { Kysely, type KyselyPlugin, PostgresDialect } from "kysely";
import pg from "pg";

// int8 (count(*), sums) as numbers: our counts stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

// biome-ignore lint/complexity/noBannedTypes: the platform's database has no tables of its own.
export type Db = Kysely<{}>;

export type ConnectionTarget = { connectionString: string } | { socketDir: string };

export function poolConfig(target: ConnectionTarget, max: number): pg.PoolConfig {
  // pg needs an explicit user and database here ($USER is unset in these shells).
  if ("socketDir" in target) return { host: target.socketDir, user: "postgres", database: "postgres", max };
  return { connectionString: target.connectionString, max };
}

export type Database = { pool: pg.Pool; db: Db; close(): Promise<void> };

/** `plugins`: the runtime passes the write counter (write-version.ts) that invalidates caches. */
export function openDatabase(target: ConnectionTarget, max = 8, plugins: KyselyPlugin[] = []): Database {
  const pool = new pg.Pool(poolConfig(target, max));
  // An idle client that errors (server restart) must not crash the process.
  pool.on("error", () => {});
  const db: Db = new Kysely({ dialect: new PostgresDialect({ pool }), plugins });
  return {
    pool,
    db,
    async close() {
      await db.destroy();
      // Kysely ends the pool only if it ran a query: a pool used directly (migrations) would keep its
      // idle client until the idle timeout, and a template database with a client cannot be copied.
      if (!pool.ending) await pool.end();
    },
  };
}
