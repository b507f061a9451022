// Recurring work with two workers on one database (embedded through the first one's socket, or
// PostgreSQL with DATABASE_URL): both queue the next slot at start-up and the queue keeps one; each
// slot of a chain that has fallen behind runs once, on one of them, and the chain stops at the first
// slot still ahead.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { createLogger } from "../logger.ts";
import { openRuntime, type Runtime } from "../runtime.ts";
import { every, scheduleRecurring } from "./every.ts";

const MINUTE = 60_000;
const ran: string[] = [];

every("test.every-minute", { everyMinutes: 1 }, async () => {});
every("test.every-chain", { everyMinutes: 1 }, async (_deps, slot) => {
  ran.push(slot.toISOString());
});

let t: TestRuntime;
let second: Runtime;
beforeAll(async () => {
  t = await createTestRuntime();
  // A second worker on the same database, with the same application clock.
  second = await openRuntime(t.config, createLogger("silent"), {
    clock: t.clock,
    work: true,
    shareRunningServer: true,
    migrate: false,
    poolSize: 2,
    jobPollingSeconds: 0.5,
  });
}, 60_000);
afterAll(async () => {
  await second?.close();
  await t?.close();
});

const jobsOf = async (name: string) =>
  (
    await sql<{
      key: string;
      state: string;
      start_after: Date;
    }>`select singleton_key as key, state, start_after
      from pgboss.job where name = ${name} order by start_after`.execute(t.deps.db)
  ).rows;

describe("every", () => {
  it("is queued once for its next slot by two workers starting, and again when both ask", async () => {
    // The application clock was fixed when the runtimes opened, which can take many seconds on a busy
    // machine: once real time passes the next slot, a worker runs it and a second send of that slot
    // is a new job. The clock is set to now, at least 15 s before a minute turns.
    const intoMinute = Date.now() % MINUTE;
    if (intoMinute > 45_000) await new Promise((r) => setTimeout(r, MINUTE - intoMinute + 1_000));
    t.clock.set(new Date());
    const slot = new Date((Math.floor(t.clock.now().getTime() / MINUTE) + 1) * MINUTE).toISOString();
    await Promise.all([scheduleRecurring(t.deps), scheduleRecurring(second.deps)]);
    // Earlier slots may have run already (queued when the workers started, with the clock then).
    const jobs = (await jobsOf("test.every-minute")).filter((j) => j.key === `test.every-minute:${slot}`);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.start_after.toISOString()).toBe(slot);
  });

  it("runs each slot of a chain once, on either worker, up to the first slot ahead", async () => {
    // The application clock five minutes behind: the slots up to now are due at once, one after another.
    t.clock.set(new Date(Date.now() - 5 * MINUTE));
    // Slots run before this test (the chain queued when the workers started) are not this chain's.
    const runBefore = ran.length;
    const first = new Date((Math.floor(t.clock.now().getTime() / MINUTE) + 1) * MINUTE);
    const last = new Date(Math.floor(Date.now() / MINUTE) * MINUTE);
    await Promise.all([scheduleRecurring(t.deps), scheduleRecurring(second.deps)]);
    const expected: string[] = [];
    for (let at = first.getTime(); at <= last.getTime(); at += MINUTE)
      expected.push(new Date(at).toISOString());
    const end = Date.now() + 30_000;
    const runs = () => ran.slice(runBefore);
    while (!expected.every((s) => runs().includes(s))) {
      if (Date.now() > end) throw new Error(`ran ${ran.join(", ")}; expected ${expected.join(", ")}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 2_000)); // both workers polling a few more times
    expect(runs().slice(0, expected.length)).toEqual(expected);
    expect(new Set(runs()).size).toBe(runs().length);
    // One slot waits, the first one ahead of the database's clock (the next minute, or the one after
    // when a minute turned meanwhile).
    const waiting = (await jobsOf("test.every-chain")).filter((j) => j.state === "created");
    expect(waiting).toHaveLength(1);
    expect(waiting[0]!.start_after.getTime()).toBeGreaterThan(Date.now() - MINUTE);
  }, 60_000);
});
