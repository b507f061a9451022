// Rate limits in the database: hits count within a fixed window, a hit may weigh more than one (a
// limit on bytes), a new window starts from nothing, and a weighted counter pushed far past its limit
// stops at the column's largest integer instead of failing the request.
import { afterAll, beforeAll, expect, it } from "vitest";
import { awayFromHourBoundary, createTestRuntime, type TestRuntime } from "../../test/helpers/runtime.ts";
import { hitLimit } from "./rate-limit.ts";

let t: TestRuntime;
beforeAll(async () => {
  // Near the real time: the counters' occasional trim deletes windows a day older than the database's now().
  t = await createTestRuntime({ start: awayFromHourBoundary() });
});
afterAll(() => t.close());

const HOUR = { max: 1000, windowSeconds: 3600 };

it("counts weighted hits in the window and starts again in the next", async () => {
  expect(await hitLimit(t.deps, "test:bytes", HOUR, 600)).toMatchObject({ allowed: true });
  expect(await hitLimit(t.deps, "test:bytes", HOUR, 400)).toMatchObject({ allowed: true });
  const over = await hitLimit(t.deps, "test:bytes", HOUR, 1);
  expect(over).toMatchObject({ allowed: false });
  expect(over.retryAfterSeconds).toBeGreaterThan(0);
  expect(over.retryAfterSeconds).toBeLessThanOrEqual(3600);
  t.clock.advance(3_600_000);
  expect(await hitLimit(t.deps, "test:bytes", HOUR, 1000)).toMatchObject({ allowed: true });
  // Unweighted hits still count one each.
  expect(await hitLimit(t.deps, "test:once", { max: 1, windowSeconds: 60 })).toMatchObject({ allowed: true });
  expect(await hitLimit(t.deps, "test:once", { max: 1, windowSeconds: 60 })).toMatchObject({
    allowed: false,
  });
});

it("caps a counter pushed past the integer range instead of failing", async () => {
  const big = 16 * 1024 * 1024;
  for (let i = 0; i < 130; i++) await hitLimit(t.deps, "test:flood", HOUR, big);
  expect(await hitLimit(t.deps, "test:flood", HOUR, big)).toMatchObject({ allowed: false });
  const { rows } = await t.deps.pool.query("select hits from rate_limits where key = 'test:flood'");
  expect(rows[0].hits).toBe(2_147_483_647);
});
