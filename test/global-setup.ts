// Runs once per test run: prepares a migrated template database that every test file copies.
// Embedded: a PGlite data directory (initdb takes seconds; a copy takes milliseconds).
// PostgreSQL (DATABASE_URL set): a template database; each test file gets `create database … template`.
// Everything this run created on PostgreSQL is dropped at the end.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../src/platform/db/database.ts";
import { openEmbedded } from "../src/platform/db/embedded.ts";
import { MIGRATIONS_DIR, migrate, migrationFiles } from "../src/platform/db/migrate.ts";
import { startJobs } from "../src/platform/jobs/jobs.ts";
import { createLogger } from "../src/platform/logger.ts";
import { adminUrl } from "./helpers/postgres.ts";

declare module "vitest" {
  export interface ProvidedContext {
    embeddedTemplate: string;
    pgTemplate: string;
    runId: string;
  }
}

const ROOT = path.resolve(import.meta.dirname, "..");

function migrationsHash(): string {
  const h = createHash("sha256");
  for (const f of migrationFiles()) h.update(f).update(readFileSync(path.join(MIGRATIONS_DIR, f)));
  h.update(JSON.parse(readFileSync(path.join(ROOT, "node_modules/pg-boss/package.json"), "utf8")).version);
  return h.digest("hex").slice(0, 16);
}

async function embeddedTemplate(): Promise<string> {
  const dir = path.join(ROOT, ".tmp", "templates", migrationsHash());
  if (existsSync(path.join(dir, "ready"))) return dir;
  const building = `${dir}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  const embedded = await openEmbedded(building);
  const db = openDatabase({ socketDir: embedded.socketDir }, 2);
  await migrate(db.pool);
  await db.close();
  // pg-boss installs its schema on first start: do it once here so every copy starts fast.
  await (
    await startJobs({ socketDir: embedded.socketDir }, createLogger("silent"), {
      work: false,
      deps: () => ({}) as never,
    })
  ).stop();
  await embedded.close();
  rmSync(path.join(building, "secret"), { force: true });
  mkdirSync(path.join(building, "ready"));
  rmSync(dir, { recursive: true, force: true });
  renameSync(building, dir);
  return dir;
}

export default async function setup(project: TestProject) {
  // "<start time>x<pid>" in base 36: the start time lets a later run recognise leftovers.
  const runId = `${Date.now().toString(36)}x${process.pid.toString(36)}`;
  project.provide("runId", runId);
  const url = process.env.DATABASE_URL;
  if (!url) {
    project.provide("embeddedTemplate", await embeddedTemplate());
    project.provide("pgTemplate", "");
    return;
  }
  const admin = new pg.Client({ connectionString: adminUrl(url), user: new URL(url).username || "postgres" });
  await admin.connect();
  // Leftovers of runs killed before their teardown: only those started over 3 hours ago, so two
  // people (or a test run and a benchmark) on one server do not drop each other's databases.
  const all = await admin.query<{ datname: string }>(
    "select datname from pg_database where datname like 'bottega_t_%' and not datistemplate",
  );
  const cutoff = Date.now() - 3 * 3600_000;
  for (const r of all.rows) {
    const started = Number.parseInt(/^bottega_t_([0-9a-z]+)x/.exec(r.datname)?.[1] ?? "", 36);
    if (Number.isNaN(started) || started < cutoff) {
      await admin.query(`drop database if exists "${r.datname}" with (force)`).catch(() => {});
    }
  }
  const template = `bottega_t_${runId}_tpl`;
  await admin.query(`create database "${template}"`);
  const db = openDatabase({ connectionString: adminUrl(url, template) }, 2);
  await migrate(db.pool);
  await db.close();
  await (
    await startJobs({ connectionString: adminUrl(url, template) }, createLogger("silent"), {
      work: false,
      deps: () => ({}) as never,
    })
  ).stop();
  project.provide("embeddedTemplate", "");
  project.provide("pgTemplate", template);
  await admin.end();

  return async () => {
    const c = new pg.Client({ connectionString: adminUrl(url) });
    await c.connect();
    const mine = await c.query<{ datname: string }>("select datname from pg_database where datname like $1", [
      `bottega_t_${runId}_%`,
    ]);
    for (const r of mine.rows)
      await c.query(`drop database if exists "${r.datname}" with (force)`).catch(() => {});
    await c.end();
  };
}
