// The attempt limit under concurrency: ten submissions of one learner at the same moment to a quiz
// that allows three store exactly three attempts, numbered 1–3, and refuse seven with a 409. On
// PostgreSQL (DATABASE_URL set) the submissions run on separate pool connections, so this proves the
// enrolment row's lock; the embedded database runs one query at a time and proves only the counting.
import { afterAll, beforeAll, expect, it } from "vitest";
import { actorFor, buildNetwork } from "../../../test/helpers/factories.ts";
import { buildCourse } from "../../../test/helpers/learning.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { AppError } from "../../platform/errors.ts";
import { loadActor } from "../identity/index.ts";
import { enrol } from "./progress.service.ts";
import { quizContext, submitAttempt } from "./quiz.service.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime({ poolSize: 12 });
});
afterAll(() => t.close());

it("stores exactly the attempts allowed when ten arrive at once", async () => {
  const net = await buildNetwork(t);
  const b = await buildCourse(t, net.id, { maxAttempts: 3 });
  const { accountId } = await actorFor(t, "member", net.id);
  const actor = (await loadActor(t.deps, accountId!))!;
  await enrol(t.deps, actor, b.course);
  const ctx = await quizContext(t.deps, actor, b.quizId);
  const answers = { [b.choiceId]: [b.wrongOption], [b.shortId]: "no" };
  const results = await Promise.allSettled(
    Array.from({ length: 10 }, () => submitAttempt(t.deps, actor, ctx, answers)),
  );
  const stored = results.flatMap((r) => (r.status === "fulfilled" ? [r.value.n] : []));
  const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
  expect(stored.sort()).toEqual([1, 2, 3]);
  expect(refused).toHaveLength(7);
  for (const err of refused) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("attempts-used");
  }
  const { rows } = await t.deps.pool.query("select n from learning_attempts where quiz_id = $1 order by n", [
    b.quizId,
  ]);
  expect(rows.map((r) => r.n)).toEqual([1, 2, 3]);
});
