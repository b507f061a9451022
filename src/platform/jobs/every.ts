// Recurring work on the job queue: `every(name, { everyMinutes } | { dailyAt, timeZone }, work)`.
// Each run is one pg-boss job for one slot (slots.ts), due at `startAfter` = the slot, with the
// `singletonKey` `${name}:${slotISO}` on a queue of the `exclusive` policy: a second send of the same
// slot, by another worker or a second start-up, is refused by the database, so several workers queue
// and run each slot once. A run first queues the slot after it, then does the work: a run that fails
// and is retried never holds up the next slot, and the chain does not end when the retries run out.
// Slots come from the application clock (deps.clock), never from timers: pg-boss decides when a job
// is due with the database's now(), and fake timers would not move it (STACK-NOTES).
// The worker role calls `scheduleRecurring` once its queue has started (runtime.ts): it queues the
// next slot of each recurring job declared so far, a no-op where a worker has already done it.
import type { Deps } from "../deps.ts";
import { defineJob, type JobRef } from "./jobs.ts";
import { checkRecurrence, nextSlot, type Recurrence } from "./slots.ts";

export type { Recurrence } from "./slots.ts";

type SlotData = { slot: string };
type Recurring = { ref: JobRef<SlotData>; when: Recurrence };

const recurring = new Map<string, Recurring>();

/** Queues the run of `slot` (null when it is queued or running already). */
function queueSlot(deps: Deps, r: Recurring, slot: Date): Promise<string | null> {
  const iso = slot.toISOString();
  return deps.jobs.send(r.ref, { slot: iso }, { startAfter: slot, singletonKey: `${r.ref.name}:${iso}` });
}

/** The slot that follows `after` for `r`, in the instance's zone unless it names its own. */
const following = (deps: Deps, r: Recurring, after: Date) => nextSlot(r.when, after, deps.config.timeZone);

/**
 * Declares recurring work (once, at import time, in a module's jobs file). `work` gets the slot it
 * runs for; like every job it is idempotent, and it may run late (the worker was down) but runs each
 * slot at most once as long as the queue keeps it.
 */
export function every(
  name: string,
  when: Recurrence,
  work: (deps: Deps, slot: Date) => Promise<void>,
  options: { retryLimit?: number; retryDelaySeconds?: number } = {},
): JobRef<SlotData> {
  checkRecurrence(when);
  const entry: Recurring = {
    when,
    ref: defineJob<SlotData>(
      name,
      async (deps, data) => {
        const slot = new Date(data.slot);
        // After this slot even when the application clock lags behind the database's (a test's fixed
        // clock): the chain always moves forward and never queues the slot that is running again.
        const now = deps.clock.now();
        await queueSlot(deps, entry, following(deps, entry, now > slot ? now : slot));
        await work(deps, slot);
      },
      { ...options, policy: "exclusive" },
    ),
  };
  recurring.set(name, entry);
  return entry.ref;
}

/** Queues the next slot of every recurring job: at each worker's start; idempotent across workers. */
export async function scheduleRecurring(deps: Deps): Promise<void> {
  const now = deps.clock.now();
  for (const r of recurring.values()) await queueSlot(deps, r, following(deps, r, now));
}
