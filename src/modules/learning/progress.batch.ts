// When a learner's step completes a course, and with it a curriculum: the one place that records
// completions and emits their events. Written for many learners of one course at once (a batch of
// quiz attempts, attempts.batch.ts): one read of the course's lessons, one of their lessons done, one
// of their passed quizzes, one update and one insert of events per handler; a single learner's step
// (`completeIfDone` in progress.service.ts) is a batch of one.
import type { Db } from "../../platform/db/database.ts";
import type { Deps } from "../../platform/deps.ts";
import { emit, emitMany } from "../../platform/events.ts";
import { courseComplete, curriculumComplete } from "./completion.ts";
import { allCourses, curriculumBy, lessonsOf } from "./courses.repo.ts";
import {
  completedCourses,
  doneLessonsOfMany,
  insertCurriculumCompletion,
  setCompletedMany,
} from "./progress.repo.ts";
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

/** Records the curriculum's completion if `accountId` has now completed each of its courses. */
export async function completeCurriculumIfDone(
  deps: Deps,
  trx: Db,
  curriculumId: string,
  accountId: string,
  at: Date,
) {
  const courses = (await allCourses(trx, { curriculumId })).filter((c) => c.status === "published");
  // An edition in another language counts for the course it translates.
  const originals = courses.filter((c) => !c.translationOf);
  const finished = await completedCourses(
    trx,
    accountId,
    courses.map((c) => c.id),
  );
  const counted = new Set<string>();
  for (const c of courses) if (finished.has(c.id)) counted.add(c.translationOf ?? c.id);
  if (
    !curriculumComplete(
      originals.map((c) => c.id),
      counted,
    )
  )
    return;
  if (!(await insertCurriculumCompletion(trx, curriculumId, accountId, at))) return;
  const curriculum = (await curriculumBy(trx, { id: curriculumId }))!;
  await emit(deps, trx, "learning.curriculum.completed", {
    learnerId: accountId,
    curriculumId,
    networkId: curriculum.networkId,
    language: curriculum.language,
    completedAt: at.toISOString(),
  });
}
