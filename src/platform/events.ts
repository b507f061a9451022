// Typed domain events, delivered after the change commits, as durable jobs.
//
// `EventMap` names every event and its payload. It is empty here: the platform imports no module,
// so each module adds the events it emits from its own `events.ts` by module augmentation
//   declare module "../../platform/events.ts" { interface EventMap { "labs.meeting.changed": {…} } }
// and the compiler checks every emit and every handler against the payload. Names are
// `<module>.<entity>.<past participle>`; payloads hold ids and facts, never contact data (a handler
// reads the address it needs when it runs).
//
// `emit(deps, trx, name, payload)` writes one delivery job per handler subscribed to the event, inside
// `trx`, the transaction of the change: the event commits or rolls back with it (jobs.ts
// sendInTransaction explains why it runs on the transaction's own connection). Nothing is written for
// an event nobody handles. Only the handlers registered in the emitting process are known, so every
// role loads each module's handler file (its manifest's `events`).
//
// `onEvent(handler, name, fn)` declares a handler at import time. Every delivery is a job on ONE
// queue, `platform.event`, whose data is the event with the handler's name beside it: a failing
// delivery is still retried alone (a job per handler, with the handler's retry options), but the worker
// polls one queue for all handlers instead of one per handler — with a queue each, 19 handlers meant
// 19 fetches every polling interval, which cost idle CPU and the live board's tail latency (decision
// 0018). Delivery is at least once; the effect happens once: `fn` reads what it needs and returns its
// effect, which runs in one transaction with the insert of the receipt (handler, event id) — a second
// delivery finds the receipt and does nothing.
import type { Db } from "./db/database.ts";
import type { Deps } from "./deps.ts";
import { deleteReceiptsBefore, hasReceipt, insertReceipt } from "./events.repo.ts";
import { newId } from "./ids.ts";
import { every } from "./jobs/every.ts";
import { defineJob, type JobRef, type SendOptions } from "./jobs/jobs.ts";

/** Every event's payload by name: filled in by the modules (see above). */
// biome-ignore lint/suspicious/noEmptyInterface: modules extend it by declaration merging.
export interface EventMap {}

export type EventName = keyof EventMap & string;

/** What every event carries besides its payload. */
export type EventEnvelope<N extends EventName = EventName> = {
  /** UUID v7: also what a handler's receipt names. */
  id: string;
  name: N;
  /** ISO 8601, from the application clock. */
  occurredAt: string;
  v: 1;
};

/**
 * An event is its envelope and its payload's fields side by side (a job's data reads
 * `{"id": …, "name": "labs.registration.confirmed", "registrationId": …}`): a payload may not use
 * the envelope's field names.
 */
export type DomainEvent<N extends EventName = EventName> = EventEnvelope<N> & EventMap[N];

/** A delivery job's data: the event, flat, and the handler it is for. */
export type Delivery = DomainEvent & { handler: string };

type Payload<N extends EventName> = EventMap[N] & { [K in keyof Delivery]?: never };
const RESERVED = ["id", "name", "occurredAt", "v", "handler"] as const;

/** A handler's effect: runs in the transaction that records its receipt, once per event. */
export type Effect = (trx: Db) => Promise<void>;

/**
 * Reads what the effect needs (outside any transaction: on the embedded database a read on another
 * connection would wait for it) and returns the effect, or nothing when there is nothing to do.
 */
export type EventHandler<N extends EventName> = (
  deps: Deps,
  event: DomainEvent<N>,
) => Promise<Effect | undefined>;

const NAME = /^[a-z]+\.[a-z-]+\.[a-z-]+$/;
const HANDLER = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/;

type Subscriber = {
  handler: string;
  run: EventHandler<EventName>;
  send: Pick<SendOptions, "retryLimit" | "retryDelaySeconds">;
};

// Event name → handler name → the handler; and every handler by name, for the delivery job.
const subscribers = new Map<string, Map<string, Subscriber>>();
const byName = new Map<string, Subscriber>();

/** The one queue every delivery travels on (see the top of the file). */
export const EVENT_DELIVERY: JobRef<Delivery> = defineJob<Delivery>(
  "platform.event",
  async (deps, delivery) => {
    const sub = byName.get(delivery.handler);
    // A handler removed in a new version: its old deliveries have nobody to go to.
    if (!sub)
      return deps.log.warn({ handler: delivery.handler, event: delivery.name }, "event for no handler");
    const { handler, ...event } = delivery;
    if (await hasReceipt(deps.db, handler, event.id)) return;
    const effect = await sub.run(deps, event as DomainEvent);
    await deps.db.transaction().execute(async (trx) => {
      if (await insertReceipt(trx, handler, event.id, deps.clock.now())) await effect?.(trx);
    });
  },
);

/**
 * Subscribes `handler` (a name of its own, e.g. "labs.meeting-changed-mail") to the event `name`.
 * Once, at import time, in the module's handler file. `retryLimit` and `retryDelaySeconds` ride on
 * each of its deliveries (the shared queue's defaults otherwise: 5 tries, 30 s with backoff).
 */
export function onEvent<N extends EventName>(
  handler: string,
  name: N,
  fn: EventHandler<N>,
  options: { retryLimit?: number; retryDelaySeconds?: number } = {},
): { handler: string; event: N } {
  if (!NAME.test(name)) throw new Error(`Event names are <module>.<entity>.<past participle>: ${name}`);
  if (!HANDLER.test(handler)) throw new Error(`Handler names are kebab-case with dots: ${handler}`);
  if (byName.has(handler)) throw new Error(`Two event handlers are called ${handler}`);
  const sub: Subscriber = { handler, run: fn as unknown as EventHandler<EventName>, send: options };
  byName.set(handler, sub);
  const forEvent = subscribers.get(name) ?? new Map<string, Subscriber>();
  forEvent.set(handler, sub);
  subscribers.set(name, forEvent);
  return { handler, event: name };
}

/** The handlers subscribed to `name` in this process (for tests and start-up checks). */
export const handlersOf = (name: EventName): string[] => [...(subscribers.get(name)?.keys() ?? [])];

/** Every handler declared in this process, by name (for start-up checks). */
export const declaredHandlers = (): string[] => [...byName.keys()].sort();

type EmitDeps = Pick<Deps, "jobs" | "clock">;

function eventOf<N extends EventName>(deps: EmitDeps, name: N, payload: Payload<N>): DomainEvent<N> {
  for (const k of RESERVED)
    if (k in (payload as object)) throw new Error(`The payload of ${name} may not have a field "${k}"`);
  return { ...payload, id: newId(), name, occurredAt: deps.clock.now().toISOString(), v: 1 };
}

function inTransaction(trx: Db, name: string) {
  if (!trx.isTransaction)
    throw new Error(`emit(${name}) needs the transaction of the change: events commit with it or not at all`);
}

/** Emits one event inside `trx`: one delivery per subscribed handler, committed with the change. */
export async function emit<N extends EventName>(
  deps: EmitDeps,
  trx: Db,
  name: N,
  payload: Payload<N>,
): Promise<DomainEvent<N>> {
  inTransaction(trx, name);
  const event = eventOf(deps, name, payload);
  for (const sub of subscribers.get(name)?.values() ?? [])
    await deps.jobs.sendInTransaction(trx, EVENT_DELIVERY, deliveryOf(sub, event), sub.send);
  return event;
}

/** Emits one event per payload inside `trx`, with one statement per subscribed handler. */
export async function emitMany<N extends EventName>(
  deps: EmitDeps,
  trx: Db,
  name: N,
  payloads: Payload<N>[],
): Promise<DomainEvent<N>[]> {
  inTransaction(trx, name);
  const events = payloads.map((p) => eventOf(deps, name, p));
  if (events.length)
    for (const sub of subscribers.get(name)?.values() ?? [])
      await deps.jobs.sendManyInTransaction(
        trx,
        EVENT_DELIVERY,
        events.map((e) => deliveryOf(sub, e)),
        sub.send,
      );
  return events;
}

/** The job data that delivers `event` to one handler: the event, flat, with the handler's name. */
export const deliveryOf = (sub: { handler: string }, event: DomainEvent): Delivery => ({
  ...event,
  handler: sub.handler,
});

/**
 * Receipts are kept well beyond any redelivery (pg-boss retries a job for well under a day, and keeps
 * a job no longer than its retention), then deleted once a day.
 */
export const RECEIPT_DAYS = 30;

export const pruneReceipts = every("platform.prune-event-receipts", { dailyAt: "03:15" }, async (deps) => {
  const before = new Date(deps.clock.now().getTime() - RECEIPT_DAYS * 86_400_000);
  const deleted = await deleteReceiptsBefore(deps.db, before);
  if (deleted) deps.log.info({ deleted }, "old event receipts deleted");
});
