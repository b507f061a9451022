// Duplicating a quiz whose key is frozen by attempts: the copy comes right after it with the same
// settings and questions, no attempts, and a key that can change; the original keeps its key.
import { afterAll, beforeAll, expect, it } from "vitest";
import { actorFor, buildNetwork } from "../../../test/helpers/factories.ts";
import { buildCourse } from "../../../test/helpers/learning.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { SYSTEM } from "../../platform/auth/index.ts";
import { loadActor } from "../identity/index.ts";
import { saveQuizQuestion } from "./authoring.service.ts";
import { lessonOfCourse } from "./courses.service.ts";
import { enrol } from "./progress.service.ts";
import { keyOf } from "./quiz.repo.ts";
import { quizContext, submitAttempt } from "./quiz.service.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

it("copies a frozen quiz into one whose answers can change, from the lesson form", async () => {
  const net = await buildNetwork(t);
  const b = await buildCourse(t, net.id);
  const learner = (await loadActor(t.deps, (await actorFor(t, "member", net.id)).accountId!))!;
  await enrol(t.deps, learner, b.course);
  const ctx = await quizContext(t.deps, learner, b.quizId);
  await submitAttempt(t.deps, learner, ctx, { [b.choiceId]: [b.wrongOption], [b.shortId]: "no" });
  const quiz = await lessonOfCourse(t.deps, b.course, b.quizId);
  const change = {
    kind: "single",
    prompt: "Nuova?",
    options: [
      { label: "Sì", correct: true, feedback: "" },
      { label: "No", correct: false, feedback: "" },
    ],
    position: 1,
  };
  await expect(saveQuizQuestion(t.deps, SYSTEM, b.course, quiz, change, b.choiceId)).rejects.toMatchObject({
    status: 409,
  });

  const { client } = await actorFor(t, "coordinator", net.id);
  const edit = `/learning/courses/${b.course.slug}/lessons/${b.quizId}/edit`;
  expect(await (await client.get(edit)).text()).toContain("Duplica il quiz");
  const res = await client.submit(
    edit,
    `/learning/courses/${b.course.slug}/lessons/${b.quizId}/duplicate`,
    {},
  );
  expect(res.status).toBe(303);
  const copyId = /\/lessons\/([0-9a-f-]{36})\/edit$/.exec(res.headers.get("location") ?? "")?.[1];
  expect(copyId).toBeDefined();
  const copy = await lessonOfCourse(t.deps, b.course, copyId!);
  expect(copy).toMatchObject({ kind: "quiz", title: `${quiz.title} (2)`, position: quiz.position + 1 });
  const [before, after] = [await keyOf(t.deps.db, b.quizId), await keyOf(t.deps.db, copyId!)];
  expect(
    after.map((q) => [q.kind, q.prompt, q.acceptedAnswers, q.options.map((o) => [o.label, o.correct])]),
  ).toEqual(
    before.map((q) => [q.kind, q.prompt, q.acceptedAnswers, q.options.map((o) => [o.label, o.correct])]),
  );
  expect(after.map((q) => q.id)).not.toEqual(before.map((q) => q.id));
  const { rows } = await t.deps.pool.query(
    "select count(*)::int n from learning_attempts where quiz_id = $1",
    [copyId],
  );
  expect(rows[0].n).toBe(0);
  // The copy's key can change; the original's still cannot.
  await saveQuizQuestion(t.deps, SYSTEM, b.course, copy, change, after[0]!.id);
  expect((await keyOf(t.deps.db, copyId!))[0]!.prompt).toBe("Nuova?");
  expect((await keyOf(t.deps.db, b.quizId))[0]!.prompt).toBe(before[0]!.prompt);
});
