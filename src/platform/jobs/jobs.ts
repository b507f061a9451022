// Durable jobs with pg-boss on the same PostgreSQL (or the embedded database through its socket):
// retries with backoff, scheduling with `startAfter`, and exactly-once claims across worker
// processes. Modules declare their jobs with `defineJob`; the worker role works them.
// pg-boss decides when a job is due with the database's now(): schedule with an explicit
// `startAfter` computed from the application clock, never with fake timers.
import { PgBoss } from "pg-boss";
import { whenRequestsAnswered } from "../activity.ts";
import type { ConnectionTarget } from "../db/database.ts";
import type { Deps } from "../http/context.ts";
import type { Logger } from "../logger.ts";

export type JobContext = { id: string; retryCount: number };
/** A handler is idempotent: a job that finds nothing to do returns; only real failures throw. */
export type JobHandler<T> = (deps: Deps, data: T, job: JobContext) => Promise<void>;

type Definition = {
  name: string;
  handler: JobHandler<never>;
  retryLimit: number;
  retryDelaySeconds: number;
};

const definitions = new Map<string, Definition>();

export type JobRef<T> = { readonly name: string; readonly __data?: T };

/** Declares a job (once, at import time) and returns a typed reference used to send it. */
export function defineJob<T extends object>(
  name: string,
  handler: JobHandler<T>,
  options: { retryLimit?: number; retryDelaySeconds?: number } = {},
): JobRef<T> {
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(name))
    throw new Error(`Job names are kebab-case with dots: ${name}`);
  definitions.set(name, {
    name,
    handler: handler as JobHandler<never>,
    retryLimit: options.retryLimit ?? 5,
    retryDelaySeconds: options.retryDelaySeconds ?? 30,
  });
  return { name };
}

export type SendOptions = { startAfter?: Date; singletonKey?: string };

export type Jobs = {
  send<T>(job: JobRef<T>, data: T, options?: SendOptions): Promise<string | null>;
  /** Queues many jobs of one kind in one statement (e.g. the mails of a batch of registrations). */
  sendMany<T>(job: JobRef<T>, data: T[]): Promise<void>;
  cancel(job: JobRef<unknown>, id: string): Promise<void>;
  stop(): Promise<void>;
};

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
  return {
    send: (job, data, options = {}) =>
      boss.send(job.name, data as object, {
        ...(options.startAfter ? { startAfter: options.startAfter } : {}),
        ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
      }),
    sendMany: async (job, data) => {
      if (data.length)
        await boss.insert(
          job.name,
          data.map((d) => ({ data: d as object })),
        );
    },
    cancel: async (job, id) => {
      await boss.cancel(job.name, id);
    },
    stop: () => boss.stop({ graceful: true, timeout: 10_000 }),
  };
}
