// The completions a batch of quiz attempts brings (attempts.batch.ts): the rule of
// `completeIfDone` (progress.service.ts) applied to many learners of one course at once, with one
// read of the course's lessons, one of their lessons done, one of their passed quizzes, one update and
// one insert of events per handler, instead of four statements per learner.
import type { Db } from "../../platform/db/database.ts";
import type { Deps } from "../../platform/deps.ts";
import { emitMany } from "../../platform/events.ts";
import { courseComplete } from "./completion.ts";
import { lessonsOf } from "./courses.repo.ts";
import { doneLessonsOfMany, setCompletedMany } from "./progress.repo.ts";
import { completeCurriculumIfDone } from "./progress.service.ts";
import { passedQuizzesOfMany } from "./quiz.repo.ts";
import type { Course, Enrolment } from "./types.ts";
import "./events.ts";

/**
 * Inside the batch's transaction, holding the enrolments' locks: records the completion of the course
 * for each enrolment whose required lessons are now all done and quizzes passed, and emits
 * `learning.course.completed` for each (then the curriculum's, if it was its last course). Returns
 * the account ids whose course this completed.
 */
export async function completeManyIfDone(
  deps: Deps,
  trx: Db,
  course: Course,
  enrolments: Enrolment[],
): Promise<Set<string>> {
  const open = enrolments.filter((e) => !e.completedAt);
  if (!open.length) return new Set();
  const accounts = open.map((e) => e.accountId);
  const lessons = await lessonsOf(trx, [course.id]);
  const done = await doneLessonsOfMany(trx, course.id, accounts);
  const passed = await passedQuizzesOfMany(
    trx,
    accounts,
    lessons.filter((l) => l.kind === "quiz").map((l) => l.id),
  );
  const completing = open.filter((e) =>
    courseComplete(lessons, done.get(e.accountId) ?? new Set(), passed.get(e.accountId) ?? new Set()),
  );
  if (!completing.length) return new Set();
  const at = deps.clock.now();
  await setCompletedMany(
    trx,
    completing.map((e) => e.id),
    at,
  );
  await emitMany(
    deps,
    trx,
    "learning.course.completed",
    completing.map((e) => ({
      learnerId: e.accountId,
      courseId: course.id,
      networkId: course.networkId,
      language: course.language,
      completedAt: at.toISOString(),
    })),
  );
  if (course.curriculumId)
    for (const e of completing)
      await completeCurriculumIfDone(deps, trx, course.curriculumId, e.accountId, at);
  return new Set(completing.map((e) => e.accountId));
}
