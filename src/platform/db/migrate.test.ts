// Migrations: applied once, in order, each in a transaction; on PostgreSQL two processes starting
// together do not race (advisory lock). Runs against the embedded database, and against PostgreSQL
// when DATABASE_URL is set.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { adminUrl } from "../../../test/helpers/postgres.ts";
import { type Database, openDatabase } from "./database.ts";
import { type Embedded, openEmbedded } from "./embedded.ts";
import { migrate, migrationFiles } from "./migrate.ts";

const pgUrl = process.env.DATABASE_URL;
const name = `bottega_t_${inject("runId")}_migrate_${process.pid}`;
let embedded: Embedded | undefined;
let dataDir: string | undefined;
const open: Database[] = [];

async function connect(): Promise<Database> {
  const db = pgUrl
    ? openDatabase({ connectionString: adminUrl(pgUrl, name) }, 2)
    : openDatabase({ socketDir: embedded!.socketDir }, 2);
  open.push(db);
  return db;
}

beforeAll(async () => {
  if (pgUrl) {
    const c = new pg.Client({ connectionString: adminUrl(pgUrl) });
    await c.connect();
    await c.query(`create database "${name}"`);
    await c.end();
  } else {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "bottega-migrate-"));
    embedded = await openEmbedded(dataDir);
  }
});

afterAll(async () => {
  for (const db of open) await db.close();
  if (pgUrl) {
    const c = new pg.Client({ connectionString: adminUrl(pgUrl) });
    await c.connect();
    await c.query(`drop database if exists "${name}" with (force)`);
    await c.end();
  } else {
    await embedded?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
});

describe("migrations", () => {
  it("apply every file once even when two processes start together", async () => {
    const [a, b] = [await connect(), await connect()];
    const [ra, rb] = await Promise.all([migrate(a.pool), migrate(b.pool)]);
    const all = migrationFiles();
    expect([...ra, ...rb].sort()).toEqual(all);
    const rows = await a.pool.query("select name from schema_migrations order by name");
    expect(rows.rows.map((r) => r.name)).toEqual(all);
    expect(await migrate(a.pool)).toEqual([]);
  });

  it("roll back a failing migration and report which one failed", async () => {
    const db = await connect();
    const dir = mkdtempSync(path.join(os.tmpdir(), "bottega-migrations-"));
    writeFileSync(path.join(dir, "209901010000_good.sql"), "create table migrate_probe (id int);");
    writeFileSync(
      path.join(dir, "209901010001_bad.sql"),
      "create table migrate_probe_2 (id int); select * from no_such_table;",
    );
    await expect(migrate(db.pool, dir)).rejects.toThrow(/209901010001_bad\.sql/);
    const probe = await db.pool.query(
      "select to_regclass('migrate_probe') as a, to_regclass('migrate_probe_2') as b",
    );
    expect(probe.rows[0].a).toBe("migrate_probe");
    expect(probe.rows[0].b).toBeNull();
    const recorded = await db.pool.query("select name from schema_migrations where name like '2099%'");
    expect(recorded.rows.map((r) => r.name)).toEqual(["209901010000_good.sql"]);
    rmSync(dir, { recursive: true, force: true });
  });
});
