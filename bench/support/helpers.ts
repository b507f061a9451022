// What the benchmarks that drive a real server share: their own connection to the server's database
// for the test helpers (identities, set-up, final checks), and a signed-in session's cookie, made the
// way signing in makes it.

import pg from "pg";
import { openAppRuntime as openRuntime } from "../../src/app/runtime.ts";
import { startSession } from "../../src/modules/identity/sessions.service.ts";
import { systemClock } from "../../src/platform/clock.ts";
import { loadConfig } from "../../src/platform/config.ts";
import { COOKIE } from "../../src/platform/http/cookies.ts";
import { createLogger } from "../../src/platform/logger.ts";
import type { TestRuntime } from "../../test/helpers/runtime.ts";

/** What the test helpers need (deps, config), opened on the running server's database. */
export async function helperRuntime(o: {
  dataDir: string;
  databaseUrl: string | undefined;
  baseUrl: string;
  secret: string;
  poolSize: number;
}) {
  const config = loadConfig({
    DATA_DIR: o.dataDir,
    DATABASE_URL: o.databaseUrl ?? "",
    BASE_URL: o.baseUrl,
    SECRET: o.secret,
    LOG_LEVEL: "silent",
  });
  const rt = await openRuntime(config, createLogger("silent"), {
    shareRunningServer: true,
    migrate: false,
    poolSize: o.poolSize,
  });
  const t = { deps: rt.deps, config, clock: systemClock, dataDir: o.dataDir } as unknown as TestRuntime;
  return { t, close: () => rt.close() };
}

/** The Cookie header of a new session for the account. */
export const cookieFor = async (t: TestRuntime, accountId: string) =>
  `${COOKIE.session}=${await startSession(t.deps, accountId, "bench")}`;

/** Runs `fn` on a database of its own (`name`, created on the server `adminUrl` names and dropped
 * afterwards, whatever happens): the burst benchmarks' PostgreSQL runs. */
export async function withOwnDatabase(adminUrl: string, name: string, fn: (url: string) => Promise<void>) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    await fn(url.toString());
  } finally {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}
