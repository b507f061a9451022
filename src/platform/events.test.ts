// Domain events on the test database (embedded, or PostgreSQL with DATABASE_URL): an event exists if
// and only if its transaction commits, every subscribed handler gets a delivery of its own, a handler's
// effect happens once however often the event is delivered (and again on a retry after a failure),
// and mail queued by a handler leaves sealed, once, from the worker.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestRuntime, type TestRuntime } from "../../test/helpers/runtime.ts";
import type { Db } from "./db/database.ts";
import {
  type DomainEvent,
  deliveryOf,
  EVENT_DELIVERY,
  emit,
  emitMany,
  handlersOf,
  onEvent,
} from "./events.ts";
import { queueMails } from "./mail/outbox.ts";

declare module "./events.ts" {
  interface EventMap {
    "test.thing.happened": { thingId: string; n: number };
    "test.thing.unheard": { thingId: string };
  }
}

// What each handler did, as rows written by its effect (so "once" is checked in the database).
const effect = (handler: string, e: DomainEvent) => async (trx: Db) => {
  await sql`insert into events_probe (handler, event_id, n) values (${handler}, ${e.id}, ${
    (e as { n?: number }).n ?? 0
  })`.execute(trx);
};

const calls = new Map<string, number>();
const count = (key: string) => calls.set(key, (calls.get(key) ?? 0) + 1);

const recorder = onEvent("test.recorder", "test.thing.happened", async (_deps, e) => {
  count(`recorder:${e.id}`);
  return effect("recorder", e);
});
// Fails its first attempt at every event whose n is 13, after reading and before its effect commits.
onEvent(
  "test.flaky-recorder",
  "test.thing.happened",
  async (_deps, e) => {
    count(`flaky:${e.id}`);
    return async (trx) => {
      await effect("flaky", e)(trx);
      if (e.n === 13 && calls.get(`flaky:${e.id}`) === 1) throw new Error("first attempt fails");
    };
  },
  { retryLimit: 3, retryDelaySeconds: 1 },
);
onEvent("test.mailer", "test.thing.happened", async (deps, e) => {
  if (e.n !== 7) return;
  const mail = { to: "persona@example.it", subject: `Cosa ${e.thingId}`, text: "Ciao" };
  return (trx) => queueMails(deps, trx, [mail]);
});

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
  await sql`create table events_probe (handler text, event_id uuid, n int)`.execute(t.deps.db);
});
afterAll(() => t.close());

async function until(check: () => Promise<boolean> | boolean, ms = 20_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out waiting for the handlers");
    await new Promise((r) => setTimeout(r, 100));
  }
}

const effects = async (handler: string, eventId: string) =>
  (
    await sql<{ n: number }>`select count(*)::int as n from events_probe
      where handler = ${handler} and event_id = ${eventId}`.execute(t.deps.db)
  ).rows[0]!.n;

// The deliveries of one event: all on the one event queue, one per handler.
const jobsFor = async (eventId: string, db: Db = t.deps.db) =>
  (
    await sql<{ name: string; state: string; queue: string; retry_limit: number }>`select
      data->>'handler' as name, state, name as queue, retry_limit from pgboss.job
      where data->>'id' = ${eventId} order by 1`.execute(db)
  ).rows;

const thing = () => ({ thingId: crypto.randomUUID(), n: 1 });

describe("emitting", () => {
  it("refuses a database handle that is not a transaction", async () => {
    await expect(emit(t.deps, t.deps.db, "test.thing.happened", thing())).rejects.toThrow(
      /needs the transaction of the change/,
    );
    await expect(emitMany(t.deps, t.deps.db, "test.thing.happened", [])).rejects.toThrow(/transaction/);
  });

  it("writes nothing when the transaction rolls back", async () => {
    let id = "";
    const rollback = new Error("roll back");
    await expect(
      t.deps.db.transaction().execute(async (trx) => {
        id = (await emit(t.deps, trx, "test.thing.happened", thing())).id;
        // Inside the transaction, one delivery per subscribed handler, all on the event queue, each
        // with its handler's retries.
        const jobs = await jobsFor(id, trx);
        expect(jobs.map((j) => j.name)).toEqual(["test.flaky-recorder", "test.mailer", "test.recorder"]);
        expect(new Set(jobs.map((j) => j.queue))).toEqual(new Set(["platform.event"]));
        expect(jobs.map((j) => j.retry_limit)).toEqual([3, 5, 5]);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(await jobsFor(id)).toEqual([]);
    await new Promise((r) => setTimeout(r, 1_500)); // several polling intervals
    expect(calls.get(`recorder:${id}`)).toBeUndefined();
  });

  it("delivers a committed event to every subscribed handler, with its id, time and version", async () => {
    const payload = thing();
    const event = await t.deps.db
      .transaction()
      .execute((trx) => emit(t.deps, trx, "test.thing.happened", payload));
    expect(event).toMatchObject({ name: "test.thing.happened", v: 1, ...payload });
    expect(event.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(event.occurredAt).toBe(t.clock.now().toISOString());
    await until(
      async () => (await effects("recorder", event.id)) === 1 && (await effects("flaky", event.id)) === 1,
    );
  });

  it("writes no job for an event nobody handles", async () => {
    expect(handlersOf("test.thing.unheard")).toEqual([]);
    const e = await t.deps.db
      .transaction()
      .execute((trx) => emit(t.deps, trx, "test.thing.unheard", thing()));
    expect(await jobsFor(e.id)).toEqual([]);
  });

  it("emits many events with one job each per handler", async () => {
    const events = await t.deps.db
      .transaction()
      .execute((trx) => emitMany(t.deps, trx, "test.thing.happened", [thing(), thing(), thing()]));
    expect(new Set(events.map((e) => e.id)).size).toBe(3);
    for (const e of events) expect((await jobsFor(e.id)).length).toBe(3);
    await until(async () => {
      for (const e of events) if ((await effects("recorder", e.id)) !== 1) return false;
      return true;
    });
  });
});

describe("handling", () => {
  it("acts once on an event delivered twice", async () => {
    const event = await t.deps.db
      .transaction()
      .execute((trx) => emit(t.deps, trx, "test.thing.happened", thing()));
    // A redelivery: the same event on the handler's queue again (as pg-boss does after a lost completion).
    await t.deps.jobs.send(EVENT_DELIVERY, deliveryOf(recorder, event));
    await until(
      async () =>
        (await jobsFor(event.id))
          .filter((j) => j.name === "test.recorder")
          .every((j) => j.state === "completed") &&
        (await jobsFor(event.id)).filter((j) => j.name === "test.recorder").length === 2,
    );
    expect(await effects("recorder", event.id)).toBe(1);
  });

  it("acts once on two deliveries that arrive together", async () => {
    const event = await t.deps.db
      .transaction()
      .execute((trx) => emit(t.deps, trx, "test.thing.happened", thing()));
    const again = () => t.deps.jobs.send(EVENT_DELIVERY, deliveryOf(recorder, event));
    await Promise.all([again(), again()]);
    await until(async () => {
      const mine = (await jobsFor(event.id)).filter((j) => j.name === "test.recorder");
      return mine.length === 3 && mine.every((j) => j.state === "completed");
    });
    expect(await effects("recorder", event.id)).toBe(1);
  });

  it("retries a handler whose effect failed, alone, and then acts once", async () => {
    const event = await t.deps.db
      .transaction()
      .execute((trx) => emit(t.deps, trx, "test.thing.happened", { thingId: "x", n: 13 }));
    await until(async () => (await effects("flaky", event.id)) === 1, 30_000);
    // The failed attempt's effect rolled back with its receipt; the other handler ran once.
    expect(calls.get(`flaky:${event.id}`)).toBe(2);
    expect(calls.get(`recorder:${event.id}`)).toBe(1);
    expect(await effects("recorder", event.id)).toBe(1);
  });

  it("queues a handler's mail sealed, and the worker sends it once", async () => {
    const sent = vi.spyOn(t.deps.mailer, "send");
    const thingId = crypto.randomUUID();
    const event = await t.deps.db
      .transaction()
      .execute((trx) => emit(t.deps, trx, "test.thing.happened", { thingId, n: 7 }));
    await t.deps.jobs.send(EVENT_DELIVERY, deliveryOf({ handler: "test.mailer" }, event)); // delivered twice
    await until(() => sent.mock.calls.some(([m]) => m.subject === `Cosa ${thingId}`));
    const { rows } = await sql<{
      data: unknown;
    }>`select data from pgboss.job where name = 'mail.send'`.execute(t.deps.db);
    expect(JSON.stringify(rows)).not.toContain("persona@example.it");
    await new Promise((r) => setTimeout(r, 1_500));
    expect(sent.mock.calls.filter(([m]) => m.subject === `Cosa ${thingId}`)).toEqual([
      [{ to: "persona@example.it", subject: `Cosa ${thingId}`, text: "Ciao" }],
    ]);
  });
});
