// Registrations for one meeting are written in batches. Every registration must hold the meeting's
// row lock while it counts the places and inserts, so registrations for the same meeting run one
// after the other however many connections the pool has; when hundreds arrive at once (a popular
// meeting opening its registrations), each waiting for the previous one's commit, the queue at the
// lock is what people wait for. So, per meeting and per process: the first registration is written
// at once; those that arrive while it is being written wait and are then written together, in one
// transaction and one statement (registrations/repo.ts registerBatch), and their events (whose
// handlers mail the confirmations) are emitted with one insert per handler in that same transaction. Nobody waits for a timer: with nothing else
// going on, a registration is written as soon as it arrives. Several processes each batch their own;
// the row lock keeps them correct between them.
import type { Db } from "../../../platform/db/database.ts";
import type { Deps } from "../../../platform/deps.ts";
import { emitMany } from "../../../platform/events.ts";
import { type BatchItem, type BatchOutcome, registerBatch } from "./repo.ts";
import "../events.handlers.ts";

/** At most this many registrations in one statement: bounds its size and the time it holds the lock. */
const MAX_BATCH = 200;

type Waiting = {
  item: BatchItem;
  mail: boolean;
  resolve(outcome: BatchOutcome): void;
  reject(err: unknown): void;
};

type Queue = { writing: boolean; waiting: Waiting[] };

// Per database (tests open several runtimes in one process), then per meeting.
const queues = new WeakMap<Db, Map<string, Queue>>();

/** Registers `item` for the meeting, with whoever else is registering for it at the same moment. */
export function registerInBatch(
  deps: Deps,
  meetingId: string,
  item: BatchItem,
  mail: boolean,
): Promise<BatchOutcome> {
  const byMeeting = queues.get(deps.db) ?? new Map<string, Queue>();
  queues.set(deps.db, byMeeting);
  const q = byMeeting.get(meetingId) ?? { writing: false, waiting: [] };
  byMeeting.set(meetingId, q);
  const done = new Promise<BatchOutcome>((resolve, reject) =>
    q.waiting.push({ item, mail, resolve, reject }),
  );
  if (!q.writing) void drain(deps, meetingId, q, byMeeting);
  return done;
}

async function drain(deps: Deps, meetingId: string, q: Queue, byMeeting: Map<string, Queue>) {
  q.writing = true;
  try {
    while (q.waiting.length) {
      const batch = q.waiting.splice(0, MAX_BATCH);
      try {
        const outcomes = await registerBatch(
          deps.db,
          meetingId,
          batch.map((w) => w.item),
          deps.clock.now(),
          // The events are emitted in the registrations' own transaction: a registration is never
          // committed without its mail (nor a mail queued for one rolled back). Demo data (`mail`
          // false) emits none.
          async (trx, outcomes) => {
            const of = (status: BatchOutcome) =>
              batch
                .filter((w, i) => w.mail && outcomes[i] === status)
                .map((w) => ({ meetingId, registrationId: w.item.id, accountId: w.item.accountId }));
            await emitMany(deps, trx, "labs.registration.confirmed", of("confirmed"));
            await emitMany(deps, trx, "labs.registration.waitlisted", of("waitlisted"));
          },
        );
        for (const [i, w] of batch.entries()) w.resolve(outcomes[i] as BatchOutcome);
      } catch (err) {
        for (const w of batch) w.reject(err);
      }
    }
  } finally {
    q.writing = false;
    byMeeting.delete(meetingId);
  }
}
