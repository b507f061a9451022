// A fresh Bottega for one test file: its own embedded data directory (copied from the migrated
// template) or, when DATABASE_URL is set, its own PostgreSQL database (created from the template).
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { createApp } from "../../src/app/http.tsx";
import { openAppRuntime } from "../../src/app/runtime.ts";
import { fixedClock } from "../../src/platform/clock.ts";
import { loadConfig } from "../../src/platform/config.ts";
import { createLogger } from "../../src/platform/logger.ts";
import { DEFAULT_LIMITS, type RateLimits } from "../../src/platform/rate-limit.ts";
import { adminUrl } from "./postgres.ts";

export type TestEnvOptions = {
  /** Extra environment (SMTP_URL, OIDC_*, S3_*…) for this instance. */
  env?: Record<string, string>;
  /** Rate limits for this instance; tests relax them here, never through a production code path. */
  limits?: Partial<RateLimits>;
  start?: Date;
  /** Connections in the app's pool (concurrency tests on PostgreSQL need more than the default 4). */
  poolSize?: number;
  /** The job worker's polling interval (default 0.5 s, fast for tests). */
  jobPollingSeconds?: number;
  /**
   * Embedded only: the data directory of a server the test runs as its own process (from
   * `embeddedDataDir()`). The runtime reaches the database through that server's socket, as CLI
   * commands do, and leaves the directory in place when it closes.
   */
  dataDir?: string;
};

/** A fresh embedded data directory copied from the migrated template, for a server a test spawns. */
export function embeddedDataDir(): string {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "bottega-test-"));
  cpSync(inject("embeddedTemplate"), dataDir, { recursive: true });
  rmSync(path.join(dataDir, "ready"), { recursive: true, force: true });
  return dataDir;
}

let counter = 0;

export async function createTestRuntime(opts: TestEnvOptions = {}) {
  const shared = opts.dataDir;
  const dataDir = shared ?? mkdtempSync(path.join(os.tmpdir(), "bottega-test-"));
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    BASE_URL: "http://localhost:3000",
    LOG_LEVEL: "silent",
    SECRET: "test-secret-test-secret-test-secret-0123",
    ...opts.env,
  };
  let dropDatabase: (() => Promise<void>) | undefined;
  const pgTemplate = inject("pgTemplate");
  if (shared) {
    // A server spawned by the test owns this directory (it was copied from the template already).
  } else if (pgTemplate && process.env.DATABASE_URL) {
    const name = `bottega_t_${inject("runId")}_${process.pid}_${counter++}`;
    const base = process.env.DATABASE_URL;
    const admin = new pg.Client({ connectionString: adminUrl(base) });
    await admin.connect();
    // Two files copying the template at the same moment collide ("being accessed by other users"): retry.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`create database "${name}" template "${pgTemplate}"`);
        break;
      } catch (err) {
        if (attempt > 50 || !/being accessed by other users/.test(String(err))) throw err;
        await new Promise((r) => setTimeout(r, 50 + Math.random() * 150));
      }
    }
    await admin.end();
    env.DATABASE_URL = adminUrl(base, name);
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: adminUrl(base) });
      await c.connect();
      await c.query(`drop database if exists "${name}" with (force)`);
      await c.end();
    };
  } else {
    cpSync(inject("embeddedTemplate"), dataDir, { recursive: true });
    rmSync(path.join(dataDir, "ready"), { recursive: true, force: true });
  }
  const config = loadConfig(env);
  const clock = fixedClock(opts.start ?? new Date());
  const log = createLogger("silent");
  const runtime = await openAppRuntime(config, log, {
    clock,
    limits: { ...DEFAULT_LIMITS, ...opts.limits },
    poolSize: opts.poolSize ?? 4,
    // Tests work jobs in-process with fast polling, as a worker would (the spawned server does so itself).
    work: !shared,
    shareRunningServer: Boolean(shared),
    jobPollingSeconds: opts.jobPollingSeconds ?? 0.5,
  });
  const app = await createApp(runtime.deps);
  return {
    app,
    deps: runtime.deps,
    clock,
    config,
    dataDir,
    async close() {
      await runtime.close();
      await dropDatabase?.();
      if (!shared) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type TestRuntime = Awaited<ReturnType<typeof createTestRuntime>>;
export { createApp } from "../../src/app/http.tsx";

/**
 * A start for a test clock whose test counts against hourly fixed-window rate limits and moves the
 * clock by minutes: now, or a minute past the next hour when the hour ends within 20 minutes, so the
 * window never turns during the test (a run started at 16:58 saw its per-IP count reset at 17:00).
 */
export function awayFromHourBoundary(now = Date.now()): Date {
  const hour = 3_600_000;
  const next = Math.ceil(now / hour) * hour;
  return new Date(next - now < 20 * 60_000 ? next + 60_000 : now);
}
