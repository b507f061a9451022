// Jobs run through pg-boss on the test database (embedded, or PostgreSQL with DATABASE_URL):
// a sent job is worked, a failing job is retried, a job scheduled for later waits, a job queued inside a
// transaction exists if and only if the transaction commits, and a backlog is worked batch after batch
// without waiting a polling interval between full batches.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import type { Db } from "../db/database.ts";
import { defineJob } from "./jobs.ts";

const seen: string[] = [];
const attempts = new Map<string, number>();

const echo = defineJob<{ text: string }>("test.echo", async (_deps, data) => {
  seen.push(data.text);
});
const flaky = defineJob<{ key: string }>(
  "test.flaky",
  async (_deps, data, job) => {
    attempts.set(data.key, job.retryCount + 1);
    if (job.retryCount < 1) throw new Error("first attempt fails");
    seen.push(`flaky:${data.key}`);
  },
  { retryLimit: 3, retryDelaySeconds: 1 },
);

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

async function until(check: () => boolean, ms = 20_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out waiting for the job");
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("jobs", () => {
  it("works a sent job", async () => {
    await t.deps.jobs.send(echo, { text: "ciao" });
    await until(() => seen.includes("ciao"));
  });

  it("retries a job that fails, and succeeds on the next attempt", async () => {
    await t.deps.jobs.send(flaky, { key: "a" });
    await until(() => seen.includes("flaky:a"));
    expect(attempts.get("a")).toBe(2);
  });

  it("does not work a job before its startAfter", async () => {
    await t.deps.jobs.send(echo, { text: "later" }, { startAfter: new Date(Date.now() + 60_000) });
    await t.deps.jobs.send(echo, { text: "now" });
    await until(() => seen.includes("now"));
    expect(seen).not.toContain("later");
  });
});

describe("jobs queued inside a transaction", () => {
  const queued = async (text: string, db: Db = t.deps.db) =>
    (
      await sql<{ n: number }>`select count(*)::int as n from pgboss.job
        where name = 'test.echo' and data->>'text' = ${text}`.execute(db)
    ).rows[0]!.n;

  it("are not there when the transaction rolls back", async () => {
    const rollback = new Error("roll back");
    await expect(
      t.deps.db.transaction().execute(async (trx) => {
        await sql`create table tx_probe (a text)`.execute(trx);
        await t.deps.jobs.sendInTransaction(trx, echo, { text: "rolled-back" });
        await t.deps.jobs.sendManyInTransaction(trx, echo, [{ text: "rolled-back-many" }]);
        // Inside the transaction the jobs are there: they went through the transaction's connection.
        expect(await queued("rolled-back", trx)).toBe(1);
        expect(await queued("rolled-back-many", trx)).toBe(1);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(await queued("rolled-back")).toBe(0);
    expect(await queued("rolled-back-many")).toBe(0);
  });

  it("are worked once the transaction commits, with the change", async () => {
    await t.deps.db.transaction().execute(async (trx) => {
      await t.deps.jobs.sendInTransaction(trx, echo, { text: "committed" });
      await t.deps.jobs.sendManyInTransaction(trx, echo, [{ text: "committed-1" }, { text: "committed-2" }]);
      expect(await queued("committed", trx)).toBe(1);
    });
    await until(() => ["committed", "committed-1", "committed-2"].every((x) => seen.includes(x)));
    // The rolled-back ones were never worked, though the worker has been polling all along.
    expect(seen).not.toContain("rolled-back");
    expect(seen).not.toContain("rolled-back-many");
  });

  it("refuses a database handle that is not a transaction", async () => {
    await expect(t.deps.jobs.sendInTransaction(t.deps.db, echo, { text: "no-trx" })).rejects.toThrow(
      /needs the transaction/,
    );
  });
});

describe("a backlog of jobs", () => {
  it("is worked without a polling interval between full batches", async () => {
    // A 3 s polling interval: 45 jobs in batches of ten would take four intervals (12 s) if the
    // worker waited between batches; it fetches again at once while fetches come back full.
    const slow = await createTestRuntime({ jobPollingSeconds: 3 });
    try {
      const texts = Array.from({ length: 45 }, (_, i) => `backlog-${i}`);
      const times: number[] = [];
      const before = seen.length;
      await slow.deps.jobs.sendMany(
        echo,
        texts.map((text) => ({ text })),
      );
      await until(() => {
        while (times.length < seen.length - before) times.push(Date.now());
        return texts.every((x) => seen.includes(x));
      }, 30_000);
      expect(times.at(-1)! - times[0]!).toBeLessThan(6_000);
    } finally {
      await slow.close();
    }
  }, 40_000);
});
