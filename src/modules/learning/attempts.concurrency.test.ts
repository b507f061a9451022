// Attempts arriving together (attempts.batch.ts writes them in batches). The attempt limit: ten
// submissions of one learner at the same moment to a quiz that allows three store exactly three
// attempts, numbered 1–3, and refuse seven with a 409, whether they land in one batch or several.
// A cohort at once: each learner's attempt is graded on its own answers, numbered 1, and completes
// their course exactly once (one notification each), and a refusal in the batch refuses only its own.
// After a facilitator's reset (decision 0060) the limit holds the same way: ten at once store exactly
// three more, numbered on; a reset arriving among submissions never lets more than the limit count.
import { afterAll, beforeAll, expect, it } from "vitest";
import { actorFor, buildNetwork } from "../../../test/helpers/factories.ts";
import { jobsSettled } from "../../../test/helpers/jobs.ts";
import { buildCourse } from "../../../test/helpers/learning.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { AppError } from "../../platform/errors.ts";
import { loadActor } from "../identity/index.ts";
import { resetAttempts } from "./attempts.reset.ts";
import { lessonOfCourse } from "./courses.service.ts";
import { enrol, markLessonDone } from "./progress.service.ts";
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

it("grades a cohort's attempts together: each on its own answers, one completion each", async () => {
  const net = await buildNetwork(t);
  const b = await buildCourse(t, net.id, { maxAttempts: 2 });
  const learners = [];
  for (let i = 0; i < 12; i++) {
    const { accountId } = await actorFor(t, "member", net.id);
    const actor = (await loadActor(t.deps, accountId!))!;
    // The course's text lesson is done first: the quiz is then its last required step.
    await enrol(t.deps, actor, b.course);
    await markLessonDone(t.deps, actor, b.course, await lessonOfCourse(t.deps, b.course, b.textId));
    learners.push(actor);
  }
  const outsider = (await loadActor(t.deps, (await actorFor(t, "member", net.id)).accountId!))!;
  const ctx = await quizContext(t.deps, learners[0]!, b.quizId);
  const right = { [b.choiceId]: [b.rightOption], [b.shortId]: "città aperta" };
  const wrong = { [b.choiceId]: [b.wrongOption], [b.shortId]: "città aperta" };
  // Even learners answer right (100 %, passed), odd ones get one of two wrong (50 %, not passed).
  const results = await Promise.allSettled([
    ...learners.map((a, i) => submitAttempt(t.deps, a, ctx, i % 2 === 0 ? right : wrong)),
    submitAttempt(t.deps, outsider, ctx, right),
  ]);
  const refused = results.at(-1)!;
  expect(refused.status).toBe("rejected");
  expect(((refused as PromiseRejectedResult).reason as AppError).code).toBe("not-enrolled");
  for (const [i, r] of results.slice(0, -1).entries()) {
    expect(r.status, `learner ${i}`).toBe("fulfilled");
    const a = (r as PromiseFulfilledResult<Awaited<ReturnType<typeof submitAttempt>>>).value;
    expect([a.n, a.score, a.passed, a.completedCourse]).toEqual(
      i % 2 === 0 ? [1, 100, true, true] : [1, 50, false, false],
    );
  }
  const { rows } = await t.deps.pool.query(
    `select account_id, n, score from learning_attempts where quiz_id = $1 order by account_id`,
    [b.quizId],
  );
  expect(rows).toHaveLength(12);
  expect(new Set(rows.map((r) => r.account_id)).size).toBe(12);
  const passers = learners.filter((_, i) => i % 2 === 0).map((a) => a.id);
  await jobsSettled(t);
  const done = await t.deps.pool.query(
    `select account_id, count(*)::int as n from notifications
      where kind = 'learning.course-completed' and account_id = any($1::uuid[]) group by account_id`,
    [learners.map((a) => a.id)],
  );
  expect(done.rows.map((r) => r.account_id).sort()).toEqual([...passers].sort());
  expect(done.rows.every((r) => r.n === 1)).toBe(true);
  const completed = await t.deps.pool.query(
    "select account_id from learning_enrolments where course_id = $1 and completed_at is not null",
    [b.course.id],
  );
  expect(completed.rows.map((r) => r.account_id).sort()).toEqual([...passers].sort());
});

it("holds the limit after a reset: ten at once store exactly three more, and a reset among them lets no more count", async () => {
  const net = await buildNetwork(t);
  const b = await buildCourse(t, net.id, { maxAttempts: 3 });
  const actor = (await loadActor(t.deps, (await actorFor(t, "member", net.id)).accountId!))!;
  const coordinator = (await loadActor(t.deps, (await actorFor(t, "coordinator", net.id)).accountId!))!;
  await enrol(t.deps, actor, b.course);
  const ctx = await quizContext(t.deps, actor, b.quizId);
  const answers = { [b.choiceId]: [b.wrongOption], [b.shortId]: "no" };
  for (let i = 0; i < 3; i++) await submitAttempt(t.deps, actor, ctx, answers);
  await resetAttempts(t.deps, coordinator, ctx, actor.id, "");
  const results = await Promise.allSettled(
    Array.from({ length: 10 }, () => submitAttempt(t.deps, actor, ctx, answers)),
  );
  const stored = results.flatMap((r) => (r.status === "fulfilled" ? [r.value.n] : []));
  expect(stored.sort()).toEqual([4, 5, 6]);
  const refused = results.flatMap((r) => (r.status === "rejected" ? [(r.reason as AppError).code] : []));
  expect(refused).toEqual(Array(7).fill("attempts-used"));

  // A second reset sent among five submissions: whichever order the locks give, no more than three
  // attempts without a reset, and the numbers stay unique and consecutive.
  const race = await Promise.allSettled([
    ...Array.from({ length: 2 }, () => submitAttempt(t.deps, actor, ctx, answers)),
    resetAttempts(t.deps, coordinator, ctx, actor.id, "in gara"),
    ...Array.from({ length: 3 }, () => submitAttempt(t.deps, actor, ctx, answers)),
  ]);
  expect(race[2]!.status).toBe("fulfilled");
  const { rows } = await t.deps.pool.query(
    "select n, reset_id is null as counts from learning_attempts where quiz_id = $1 order by n",
    [b.quizId],
  );
  expect(rows.map((r) => r.n)).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
  const counting = rows.filter((r) => r.counts).length;
  expect(counting).toBeLessThanOrEqual(3);
  const storedInRace = race.filter((r, i) => i !== 2 && r.status === "fulfilled").length;
  expect(rows.length).toBe(6 + storedInRace);
  expect(counting).toBe(Math.min(storedInRace, 3));
});
