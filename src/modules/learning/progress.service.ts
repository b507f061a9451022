// A learner's way through a course: enrolling (prerequisites first), opening lessons (where
// "continue" resumes), marking them done, and the completion of the course — and of its curriculum —
// recorded by the transaction of the last step, which emits the typed events after commit.
import type { Actor } from "../../platform/auth/index.ts";
import type { Db } from "../../platform/db/database.ts";
import type { Deps } from "../../platform/deps.ts";
import { AppError, conflict, notFound } from "../../platform/errors.ts";
import { newId } from "../../platform/ids.ts";
import { missingPrerequisites, nextLesson } from "./completion.ts";
import { lessonsOf } from "./courses.repo.ts";
import { prerequisitesOf } from "./courses.service.ts";
import { can } from "./policy.ts";
import { completeManyIfDone } from "./progress.batch.ts";
import {
  completedCourses,
  doneLessons,
  enrolmentOf,
  insertEnrolment,
  markDone,
  setLastLesson,
} from "./progress.repo.ts";
import { bestScores } from "./quiz.repo.ts";
import type { Course, Enrolment, Lesson, Progress } from "./types.ts";
import "./events.ts";

/** 409 naming the prerequisite courses not yet completed (its detail reads their titles). */
export class MissingPrerequisite extends AppError {
  constructor(readonly missing: Course[]) {
    super(409, "prerequisite-missing", `Complete first: ${missing.map((c) => c.title).join(", ")}.`);
  }
}

/** Enrols the actor in a published course they may see, once its prerequisites are complete. */
export async function enrol(
  deps: Deps,
  actor: Actor,
  course: Course,
): Promise<{ enrolment: Enrolment; created: boolean }> {
  if (!can(actor, "study", course)) throw notFound();
  const required = await prerequisitesOf(deps, course);
  const done = await completedCourses(
    deps.db,
    actor.id,
    required.map((c) => c.id),
  );
  const missing = missingPrerequisites(required, done);
  if (missing.length) throw new MissingPrerequisite(missing);
  const created = await insertEnrolment(deps.db, {
    id: newId(),
    courseId: course.id,
    accountId: actor.id,
    at: deps.clock.now(),
  });
  return { enrolment: (await enrolmentOf(deps.db, course.id, actor.id))!, created };
}

/** The learner's state in a course (no enrolment: nothing done). */
export async function progressIn(
  deps: Deps,
  accountId: string,
  course: Course,
  lessons?: Lesson[],
): Promise<Progress> {
  const all = lessons ?? (await lessonsOf(deps.db, [course.id]));
  const quizzes = all.filter((l) => l.kind === "quiz").map((l) => l.id);
  const [enrolment, done, scores] = await Promise.all([
    enrolmentOf(deps.db, course.id, accountId),
    doneLessons(deps.db, accountId, [course.id]),
    bestScores(deps.db, accountId, quizzes),
  ]);
  const passed = new Set(scores.filter((s) => s.passed).map((s) => s.quiz_id));
  const required = all.filter((l) => l.required);
  return {
    enrolment: enrolment ?? null,
    done,
    passed,
    best: new Map(scores.map((s) => [s.quiz_id, Number(s.best)])),
    requiredCount: required.length,
    requiredDone: required.filter((l) => (l.kind === "quiz" ? passed.has(l.id) : done.has(l.id))).length,
  };
}

/** Where "continue" leads: the first lesson not done, else the last opened. */
export async function continueAt(deps: Deps, accountId: string, course: Course): Promise<string | null> {
  const lessons = await lessonsOf(deps.db, [course.id]);
  const p = await progressIn(deps, accountId, course, lessons);
  return nextLesson(lessons, p.done, p.passed, p.enrolment?.lastLessonId ?? null);
}

/** Remembers the lesson a learner opened (for "continue"); nothing when not enrolled. */
export async function lessonOpened(deps: Deps, accountId: string, lesson: Lesson): Promise<void> {
  const e = await enrolmentOf(deps.db, lesson.courseId, accountId);
  if (e && e.lastLessonId !== lesson.id) await setLastLesson(deps.dbQuiet, e.id, lesson.id);
}

async function enrolled(trx: Db, course: Course, accountId: string): Promise<Enrolment> {
  const e = await enrolmentOf(trx, course.id, accountId, true);
  if (!e) throw conflict("learning.errors.notEnrolled", "not-enrolled");
  return e;
}

/** Marks a text, reading or practices lesson done; completes the course when it was the last step. */
export async function markLessonDone(
  deps: Deps,
  actor: Actor,
  course: Course,
  lesson: Lesson,
): Promise<{ completed: boolean }> {
  if (!can(actor, "study", course)) throw notFound();
  if (lesson.kind === "quiz") throw conflict("learning.errors.quizLesson", "quiz-lesson");
  // A live session is done by the check-in at its meeting (cohorts.handlers.ts), not by a button.
  if (lesson.kind === "live") throw conflict("learning.cohorts.liveByCheckIn", "live-session");
  return deps.db.transaction().execute(async (trx) => {
    const e = await enrolled(trx, course, actor.id);
    await markDone(trx, {
      accountId: actor.id,
      lessonId: lesson.id,
      courseId: course.id,
      at: deps.clock.now(),
    });
    return { completed: await completeIfDone(deps, trx, course, e) };
  });
}

/**
 * Inside the transaction of a learner's step, holding the enrolment's lock: when every required
 * lesson is done and every required quiz passed, records the completion (once: a recorded one is
 * never undone) and emits `learning.course.completed`; then the curriculum's, if this was its last
 * course. True when this step completed the course. One learner of the batch rule (progress.batch.ts).
 */
export async function completeIfDone(deps: Deps, trx: Db, course: Course, e: Enrolment): Promise<boolean> {
  return (await completeManyIfDone(deps, trx, course, [e])).has(e.accountId);
}
