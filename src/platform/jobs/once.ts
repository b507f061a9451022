// One-off work on the job queue: `once(name, work)`, for something an upgrade must do once to the
// data already there (re-processing the images stored before the image pipeline, decision 0027).
// Each worker, at start, queues every declared one-off job whose marker row (`one_off_jobs`) is
// missing, on a queue of the `exclusive` policy under the singleton key of its name, so several
// workers starting together queue it once. It is due a minute after start, away from start-up's own
// work. The work must be idempotent: a run that fails is retried by pg-boss, and one cut short
// (a worker stopped mid-way) is queued again at the next start; only a run that finishes writes the
// marker, after which the job is never queued again.
import type { Deps } from "../deps.ts";
import { defineJob, type JobRef } from "./jobs.ts";
import { finishedOneOffJobs, markOneOffJobDone } from "./once.repo.ts";

export const ONE_OFF_DELAY_MS = 60_000;

type OnceData = Record<string, never>;
const declared = new Map<string, JobRef<OnceData>>();

/** Declares one-off work (once, at import time, in a module's jobs file). */
export function once(
  name: string,
  work: (deps: Deps) => Promise<void>,
  options: { retryLimit?: number; retryDelaySeconds?: number } = {},
): JobRef<OnceData> {
  const ref = defineJob<OnceData>(
    name,
    async (deps) => {
      if ((await finishedOneOffJobs(deps.db)).has(name)) return;
      await work(deps);
      await markOneOffJobDone(deps.db, name, deps.clock.now());
    },
    { ...options, policy: "exclusive" },
  );
  declared.set(name, ref);
  return ref;
}

/** Queues every declared one-off job that has not finished: at each worker's start. */
export async function scheduleOnce(deps: Deps, delayMs = ONE_OFF_DELAY_MS): Promise<void> {
  const finished = await finishedOneOffJobs(deps.db);
  const startAfter = new Date(deps.clock.now().getTime() + delayMs);
  for (const [name, ref] of declared)
    if (!finished.has(name)) await deps.jobs.send(ref, {}, { startAfter, singletonKey: name });
}
