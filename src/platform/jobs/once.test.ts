// One-off jobs on a real queue: queued by a worker's start while unfinished, run once, marked done,
// and never queued again; a second start while one is queued does not queue another.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { once, scheduleOnce } from "./once.ts";

let runs = 0;
once("test.once-work", async () => {
  runs++;
});

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const jobsOf = async () =>
  (
    await sql<{ state: string }>`select state from pgboss.job where name = 'test.once-work'`.execute(
      t.deps.db,
    )
  ).rows;
const done = async () =>
  (
    await sql<{ name: string }>`select name from one_off_jobs where name = 'test.once-work'`.execute(
      t.deps.db,
    )
  ).rows.length;

describe("once", () => {
  it("is queued at start (due a minute later), once however many starts ask", async () => {
    // The runtime's own start queued it already; two more starts add nothing.
    await scheduleOnce(t.deps);
    await scheduleOnce(t.deps);
    const jobs = await jobsOf();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.state).toBe("created");
    expect(runs).toBe(0);
  });

  it("runs, writes its marker, and is not queued again", async () => {
    await scheduleOnce(t.deps, -60_000); // queued already: a no-op
    await sql`update pgboss.job set start_after = now() where name = 'test.once-work'`.execute(t.deps.db);
    const end = Date.now() + 15_000;
    while (!(await done())) {
      if (Date.now() > end) throw new Error("the one-off job did not finish");
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(runs).toBe(1);
    await scheduleOnce(t.deps, 0);
    expect((await jobsOf()).filter((j) => j.state === "created")).toHaveLength(0);
    expect(runs).toBe(1);
  });
});
