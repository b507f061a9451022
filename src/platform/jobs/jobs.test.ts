// Jobs run through pg-boss on the test database (embedded, or PostgreSQL with DATABASE_URL):
// a sent job is worked, a failing job is retried, and a job scheduled for later waits.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
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
