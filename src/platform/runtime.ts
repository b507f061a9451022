// Opening Bottega's dependencies: the database (embedded or PostgreSQL), migrations, mail, files.
// Used by the server, by CLI commands and by the test helpers, so all three run the same code.
import type { Clock } from "./clock.ts";
import { systemClock } from "./clock.ts";
import type { Config } from "./config.ts";
import { type ConnectionTarget, type Database, openDatabase } from "./db/database.ts";
// PGlite (db/embedded.ts) is imported only when there is no DATABASE_URL: on PostgreSQL its code
// would cost memory and start-up time for nothing.
import type { Embedded } from "./db/embedded.ts";
import { migrate } from "./db/migrate.ts";
import { WriteVersionPlugin } from "./db/write-version.ts";
import type { Deps } from "./deps.ts";
import { createFileStore } from "./files/store.ts";
import type { Jobs } from "./jobs/types.ts";
import type { Logger } from "./logger.ts";
import { createMailer } from "./mail/mailer.ts";
import { DEFAULT_LIMITS, type RateLimits } from "./rate-limit.ts";

export type Runtime = {
  deps: Deps;
  database: Database;
  embedded: Embedded | undefined;
  /** Settles once the job queue has started (at once unless `deferJobs`); rejects if it could not. */
  jobsReady: Promise<void>;
  close(): Promise<void>;
};

export type RuntimeOptions = {
  /** CLI commands reach an embedded database through the running server's socket when there is one. */
  shareRunningServer?: boolean;
  clock?: Clock;
  limits?: RateLimits;
  poolSize?: number;
  migrate?: boolean;
  /** Work queued jobs in this process (the worker role). Others only send them. */
  work?: boolean;
  jobPollingSeconds?: number;
  /**
   * Awaited before the job queue starts. The modules that declare jobs (defineJob) must all be loaded
   * by then, so the queue creates each one's queue and worker; the server also waits until it serves.
   */
  startJobsAfter?: Promise<unknown>;
  /**
   * Start the job queue (loading pg-boss, creating its queues) in the background instead of before
   * returning: the server answers sooner; a job sent meanwhile waits for the queue, and `jobsReady`
   * says whether it started.
   */
  deferJobs?: boolean;
};

/** Jobs whose calls wait until the real queue has started. */
function deferredJobs(ready: Promise<Jobs>): Jobs {
  let started: Jobs | undefined;
  ready.then((jobs) => (started = jobs)).catch(() => {});
  // Waiting inside a transaction for the queue to start would never end on the embedded database (the
  // queue's own start-up statements wait for the transaction): the server holds the requests that may
  // queue jobs until then (server.ts), so reaching this unstarted is a bug, said loudly.
  const inTransaction = () => {
    if (!started) throw new Error("The job queue has not started yet: a transaction cannot wait for it.");
    return started;
  };
  return {
    send: async (job, data, options) => (await ready).send(job, data, options),
    sendMany: async (job, data, options) => (await ready).sendMany(job, data, options),
    sendInTransaction: async (trx, job, data, options) =>
      inTransaction().sendInTransaction(trx, job, data, options),
    sendManyInTransaction: async (trx, job, data, options) =>
      inTransaction().sendManyInTransaction(trx, job, data, options),
    cancel: async (job, id) => (await ready).cancel(job, id),
    stop: async () => {
      const jobs = await ready.catch(() => undefined);
      await jobs?.stop();
    },
  };
}

export async function openRuntime(config: Config, log: Logger, opts: RuntimeOptions = {}): Promise<Runtime> {
  let embedded: Embedded | undefined;
  let target: ConnectionTarget;
  let poolSize = opts.poolSize ?? 8;
  if (config.databaseUrl) {
    target = { connectionString: config.databaseUrl };
    poolSize = opts.poolSize ?? 10;
  } else {
    const { openEmbedded, readLock } = await import("./db/embedded.ts");
    const owner = opts.shareRunningServer ? readLock(config.dataDir) : undefined;
    if (owner) {
      target = { socketDir: owner.socketDir };
      poolSize = 2;
    } else {
      embedded = await openEmbedded(config.dataDir);
      target = { socketDir: embedded.socketDir };
    }
  }
  // Every write through Kysely invalidates the anonymous render cache (http/render-cache.ts).
  const database = openDatabase(target, poolSize, [new WriteVersionPlugin()]);
  try {
    if (opts.migrate !== false) {
      const applied = await migrate(database.pool);
      if (applied.length) log.info({ applied }, "migrations applied");
    }
  } catch (err) {
    await database.close();
    await embedded?.close();
    throw err;
  }
  const mailer = createMailer(config, log);
  // pg-boss is loaded with the queue, not before: ≈ 0.2–0.5 s of module loading on a cold start.
  const starting = (async () => {
    await opts.startJobsAfter;
    const { startJobs } = await import("./jobs/jobs.ts");
    return startJobs(target, log, {
      work: opts.work ?? false,
      deps: () => deps,
      pollingIntervalSeconds: opts.jobPollingSeconds,
    });
  })();
  let jobs: Jobs;
  if (opts.deferJobs) {
    starting.catch(() => {}); // reported through jobsReady
    jobs = deferredJobs(starting);
  } else {
    try {
      jobs = await starting;
    } catch (err) {
      await database.close();
      await embedded?.close();
      throw err;
    }
  }
  const deps: Deps = {
    config,
    db: database.db,
    // The same driver and pool, without the write counter: writes no anonymous page shows (deps.ts).
    dbQuiet: database.db.withoutPlugins(),
    pool: database.pool,
    log,
    clock: opts.clock ?? systemClock,
    mailer,
    files: await createFileStore(config),
    limits: opts.limits ?? DEFAULT_LIMITS,
    jobs,
  };
  // A worker queues the next slot of each recurring job (every.ts) and each one-off job not yet done
  // (once.ts) once its queue has started: a no-op where another worker, or an earlier start, has
  // queued them already.
  const ready = opts.work
    ? starting.then(async () => {
        await (await import("./jobs/every.ts")).scheduleRecurring(deps);
        await (await import("./jobs/once.ts")).scheduleOnce(deps);
      })
    : starting.then(() => {});
  if (opts.deferJobs) ready.catch((err) => log.error({ err }, "recurring jobs not scheduled"));
  else
    try {
      await ready;
    } catch (err) {
      await jobs.stop();
      await database.close();
      await embedded?.close();
      throw err;
    }
  return {
    deps,
    database,
    embedded,
    jobsReady: ready,
    async close() {
      await jobs.stop();
      mailer.close();
      await database.close();
      await embedded?.close();
    },
  };
}
