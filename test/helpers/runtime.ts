// A fresh Bottega for one test file: its own embedded data directory (copied from the migrated
// template) or, when DATABASE_URL is set, its own PostgreSQL database (created from the template).
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { fixedClock } from "../../src/platform/clock.ts";
import { loadConfig } from "../../src/platform/config.ts";
import { createApp } from "../../src/platform/http/app.tsx";
import { createLogger } from "../../src/platform/logger.ts";
import { DEFAULT_LIMITS, type RateLimits } from "../../src/platform/rate-limit.ts";
import { openRuntime } from "../../src/platform/runtime.ts";
import { adminUrl } from "../global-setup.ts";

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
};

let counter = 0;

export async function createTestRuntime(opts: TestEnvOptions = {}) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "bottega-test-"));
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    BASE_URL: "http://localhost:3000",
    LOG_LEVEL: "silent",
    SECRET: "test-secret-test-secret-test-secret-0123",
    ...opts.env,
  };
  let dropDatabase: (() => Promise<void>) | undefined;
  const pgTemplate = inject("pgTemplate");
  if (pgTemplate && process.env.DATABASE_URL) {
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
  const runtime = await openRuntime(config, log, {
    clock,
    limits: { ...DEFAULT_LIMITS, ...opts.limits },
    poolSize: opts.poolSize ?? 4,
    // Tests work jobs in-process with fast polling, as a worker would.
    work: true,
    jobPollingSeconds: opts.jobPollingSeconds ?? 0.5,
  });
  const app = createApp(runtime.deps);
  return {
    app,
    deps: runtime.deps,
    clock,
    config,
    dataDir,
    async close() {
      await runtime.close();
      await dropDatabase?.();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type TestRuntime = Awaited<ReturnType<typeof createTestRuntime>>;
