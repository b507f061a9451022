// Durable jobs with pg-boss on the same PostgreSQL (or the embedded database through its socket):
// retries with backoff, scheduling with `startAfter`, and exactly-once claims across worker
// processes. Modules declare their jobs with `defineJob`; the worker role works them.
// pg-boss decides when a job is due with the database's now(): schedule with an explicit
// `startAfter` computed from the application clock, never with fake timers.
//
// A job that follows from a change is queued INSIDE the change's transaction (`sendInTransaction`):
// pg-boss keeps its jobs in the same database, so the job commits with the change or not at all. Queued
// after the commit, in a statement of its own, a crash between the two lost it (a registration without
// its confirmation, a meeting without its reminders); queued before, a rolled-back change left a job
// about nothing. The statement runs on the transaction's own connection: on the embedded database a
// second connection waits for as long as a transaction is open, so pg-boss's pool would wait forever.
import { CompiledQuery, type Kysely } from "kysely";
import { type Db as BossDb, PgBoss } from "pg-boss";
import { whenRequestsAnswered } from "../activity.ts";
import type { ConnectionTarget } from "../db/database.ts";
import type { Deps } from "../deps.ts";
import type { Logger } from "../logger.ts";
import type { BatchOptions, JobRef, Jobs, SendOptions } from "./types.ts";

export type { BatchOptions, JobRef, Jobs, SendOptions } from "./types.ts";

export type JobContext = { id: string; retryCount: number };
/** A handler is idempotent: a job that finds nothing to do returns; only real failures throw. */
export type JobHandler<T> = (deps: Deps, data: T, job: JobContext) => Promise<void>;

type Definition = {
  name: string;
  handler: JobHandler<never>;
  retryLimit: number;
  retryDelaySeconds: number;
  policy: JobPolicy;
};

/**
 * pg-boss's queue policy: `standard` (the default) queues every job sent; `exclusive` keeps at most one
 * job per `singletonKey` queued or running, and answers null to a second send of the same key (the
 * recurring jobs of every.ts rely on it). Fixed when the queue is first created.
 */
export type JobPolicy = "standard" | "exclusive";

const definitions = new Map<string, Definition>();

/** Declares a job (once, at import time) and returns a typed reference used to send it. */
export function defineJob<T extends object>(
  name: string,
  handler: JobHandler<T>,
  options: { retryLimit?: number; retryDelaySeconds?: number; policy?: JobPolicy } = {},
): JobRef<T> {
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(name))
    throw new Error(`Job names are kebab-case with dots: ${name}`);
  definitions.set(name, {
    name,
    handler: handler as JobHandler<never>,
    retryLimit: options.retryLimit ?? 5,
    retryDelaySeconds: options.retryDelaySeconds ?? 30,
    policy: options.policy ?? "standard",
  });
  return { name };
}

/** The names of the jobs declared so far in this process (what a worker will create and work). */
export const declaredJobs = (): string[] => [...definitions.keys()].sort();

export async function startJobs(
  target: ConnectionTarget,
  log: Logger,
  opts: { work: boolean; deps: () => Deps; pollingIntervalSeconds?: number },
): Promise<Jobs> {
  const connection =
    "socketDir" in target
      ? { host: target.socketDir, user: "postgres", database: "postgres" }
      : { connectionString: target.connectionString };
  // Four connections at most: on the embedded database they share PGlite's single session anyway.
  const boss = new PgBoss({ ...connection, max: 4, schema: "pgboss", supervise: opts.work, schedule: false });
  boss.on("error", (err) => log.error({ err }, "job queue error"));
  await boss.start();
  for (const d of definitions.values()) {
    await boss.createQueue(d.name, {
      policy: d.policy,
      retryLimit: d.retryLimit,
      retryDelay: d.retryDelaySeconds,
      retryBackoff: true,
    });
    if (!opts.work) continue;
    // Up to ten jobs per fetch, each settled on its own (perJobResults): one claim and one completion
    // statement for a burst of mails instead of two per mail, and a failing job is retried alone
    // without sending its batch-mates' mails again. While fetches come back full the next one follows
    // at once (burstWhenBatchFull): without it a burst of 500 confirmation mails left at ten per
    // polling interval, 5 a second, and the last person waited 100 s for theirs.
    await boss.work<
      object,
      unknown,
      { batchSize: number; perJobResults: true; pollingIntervalSeconds: number; burstWhenBatchFull: boolean }
    >(
      d.name,
      {
        batchSize: 10,
        perJobResults: true,
        burstWhenBatchFull: true,
        pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2,
      },
      async (jobs) => {
        // People waiting for pages first: a burst of requests is answered before this batch runs.
        await whenRequestsAnswered();
        const results: { id: string; status: "completed" | "failed"; output?: object }[] = [];
        for (const job of jobs) {
          const jlog = log.child({ job: d.name, jobId: job.id });
          const retryCount = (job as { retryCount?: number }).retryCount ?? 0;
          try {
            await d.handler(opts.deps(), job.data as never, { id: job.id, retryCount });
            results.push({ id: job.id, status: "completed" });
          } catch (err) {
            jlog.warn({ err }, "job failed; pg-boss will retry with backoff");
            results.push({ id: job.id, status: "failed", output: { message: String(err) } });
          }
        }
        return results;
      },
    );
  }
  // A job's own retries override its queue's; pg-boss takes them per job (delay in seconds).
  const retries = (options: BatchOptions) => ({
    ...(options.retryLimit !== undefined ? { retryLimit: options.retryLimit } : {}),
    ...(options.retryDelaySeconds !== undefined
      ? { retryDelay: options.retryDelaySeconds, retryBackoff: true }
      : {}),
  });
  const sendOptions = (options: SendOptions) => ({
    ...(options.startAfter ? { startAfter: options.startAfter } : {}),
    ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
    ...retries(options),
  });
  const rows = (data: unknown[], options: BatchOptions) =>
    data.map((d) => ({ data: d as object, ...retries(options) }));
  return {
    send: (job, data, options = {}) => boss.send(job.name, data as object, sendOptions(options)),
    sendMany: async (job, data, options = {}) => {
      if (data.length) await boss.insert(job.name, rows(data, options));
    },
    sendInTransaction: async (trx, job, data, options = {}) =>
      boss.send(job.name, data as object, { ...sendOptions(options), db: onTransaction(trx) }),
    sendManyInTransaction: async (trx, job, data, options = {}) => {
      if (data.length) await boss.insert(job.name, rows(data, options), { db: onTransaction(trx) });
    },
    cancel: async (job, id) => {
      await boss.cancel(job.name, id);
    },
    stop: () => boss.stop({ graceful: true, timeout: 10_000 }),
  };
}

/** pg-boss's statements, run on a Kysely transaction's connection (see the comment at the top). */
function onTransaction(trx: Kysely<object>): BossDb {
  if (!trx.isTransaction) throw new Error("sendInTransaction needs the transaction of the change");
  return {
    executeSql: async (text, values = []) => {
      const result = await trx.executeQuery(CompiledQuery.raw(text, values));
      return { rows: result.rows as unknown[] };
    },
  };
}
