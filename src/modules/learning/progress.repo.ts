// The SQL for enrolments, lesson progress and curriculum completions.
import type { Selectable } from "kysely";
import type { Db } from "../../platform/db/database.ts";
import type { LearningTables } from "./tables.ts";
import type { Enrolment } from "./types.ts";

const q = (db: Db) => db.withTables<LearningTables>();

const toEnrolment = (r: Selectable<LearningTables["learning_enrolments"]>): Enrolment => ({
  id: r.id,
  courseId: r.course_id,
  accountId: r.account_id,
  enrolledAt: r.enrolled_at,
  lastLessonId: r.last_lesson_id,
  completedAt: r.completed_at,
});

/** Enrols, or does nothing when already enrolled; true when a row was made. */
export async function insertEnrolment(
  db: Db,
  e: { id: string; courseId: string; accountId: string; at: Date },
) {
  const r = await q(db)
    .insertInto("learning_enrolments")
    .values({ id: e.id, course_id: e.courseId, account_id: e.accountId, enrolled_at: e.at })
    .onConflict((oc) => oc.columns(["course_id", "account_id"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  return Boolean(r);
}

/**
 * The enrolment, locked for the rest of the transaction when `lock`: every step that can complete
 * the course (a lesson done, a quiz attempt) takes this lock first, so two steps of one learner never
 * both see "not yet complete", and attempts at one quiz are counted one at a time (decision 0053).
 */
export async function enrolmentOf(db: Db, courseId: string, accountId: string, lock = false) {
  let s = q(db)
    .selectFrom("learning_enrolments")
    .selectAll()
    .where("course_id", "=", courseId)
    .where("account_id", "=", accountId);
  if (lock) s = s.forUpdate();
  const r = await s.executeTakeFirst();
  return r ? toEnrolment(r) : undefined;
}

/**
 * The enrolments of several learners in a course, each locked for the rest of the transaction (as
 * `enrolmentOf` with `lock`), taken in the order of their account ids so that two batches locking
 * overlapping learners cannot deadlock. Keyed by account id.
 */
export async function enrolmentsLocked(db: Db, courseId: string, accountIds: string[]) {
  if (!accountIds.length) return new Map<string, Enrolment>();
  const rows = await q(db)
    .selectFrom("learning_enrolments")
    .selectAll()
    .where("course_id", "=", courseId)
    .where("account_id", "in", accountIds)
    .orderBy("account_id")
    .forUpdate()
    .execute();
  return new Map(rows.map((r) => [r.account_id, toEnrolment(r)]));
}

/** Lessons done in a course by each of several learners, keyed by account id. */
export async function doneLessonsOfMany(db: Db, courseId: string, accountIds: string[]) {
  const done = new Map<string, Set<string>>(accountIds.map((a) => [a, new Set<string>()]));
  if (!accountIds.length) return done;
  const rows = await q(db)
    .selectFrom("learning_lesson_progress")
    .select(["account_id", "lesson_id"])
    .where("course_id", "=", courseId)
    .where("account_id", "in", accountIds)
    .execute();
  for (const r of rows) done.get(r.account_id)?.add(r.lesson_id);
  return done;
}

/** Marks several enrolments completed at `at` (those not completed yet). */
export async function setCompletedMany(db: Db, enrolmentIds: string[], at: Date) {
  if (!enrolmentIds.length) return;
  await q(db)
    .updateTable("learning_enrolments")
    .set({ completed_at: at })
    .where("id", "in", enrolmentIds)
    .where("completed_at", "is", null)
    .execute();
}

export async function enrolmentsOfAccount(db: Db, accountId: string) {
  const rows = await q(db)
    .selectFrom("learning_enrolments")
    .selectAll()
    .where("account_id", "=", accountId)
    .orderBy("enrolled_at", "desc")
    .orderBy("id", "desc")
    .execute();
  return rows.map(toEnrolment);
}

export async function setLastLesson(db: Db, enrolmentId: string, lessonId: string) {
  await q(db)
    .updateTable("learning_enrolments")
    .set({ last_lesson_id: lessonId })
    .where("id", "=", enrolmentId)
    .execute();
}

export async function setCompleted(db: Db, enrolmentId: string, at: Date) {
  await q(db)
    .updateTable("learning_enrolments")
    .set({ completed_at: at })
    .where("id", "=", enrolmentId)
    .where("completed_at", "is", null)
    .execute();
}

export async function markDone(
  db: Db,
  p: { accountId: string; lessonId: string; courseId: string; at: Date },
) {
  await q(db)
    .insertInto("learning_lesson_progress")
    .values({ account_id: p.accountId, lesson_id: p.lessonId, course_id: p.courseId, done_at: p.at })
    .onConflict((oc) => oc.columns(["account_id", "lesson_id"]).doNothing())
    .execute();
}

export async function doneLessons(db: Db, accountId: string, courseIds: string[]): Promise<Set<string>> {
  if (!courseIds.length) return new Set();
  const rows = await q(db)
    .selectFrom("learning_lesson_progress")
    .select("lesson_id")
    .where("account_id", "=", accountId)
    .where("course_id", "in", courseIds)
    .execute();
  return new Set(rows.map((r) => r.lesson_id));
}

/** Courses the person has completed (of the given ones). */
export async function completedCourses(db: Db, accountId: string, courseIds: string[]): Promise<Set<string>> {
  if (!courseIds.length) return new Set();
  const rows = await q(db)
    .selectFrom("learning_enrolments")
    .select("course_id")
    .where("account_id", "=", accountId)
    .where("course_id", "in", courseIds)
    .where("completed_at", "is not", null)
    .execute();
  return new Set(rows.map((r) => r.course_id));
}

/** Records a curriculum's completion once; true only for the transaction that recorded it. */
export async function insertCurriculumCompletion(db: Db, curriculumId: string, accountId: string, at: Date) {
  const r = await q(db)
    .insertInto("learning_curriculum_completions")
    .values({ curriculum_id: curriculumId, account_id: accountId, completed_at: at })
    .onConflict((oc) => oc.columns(["curriculum_id", "account_id"]).doNothing())
    .returning("curriculum_id")
    .executeTakeFirst();
  return Boolean(r);
}

export async function curriculumCompletionsOf(db: Db, accountId: string) {
  return q(db)
    .selectFrom("learning_curriculum_completions")
    .selectAll()
    .where("account_id", "=", accountId)
    .execute();
}

/** The completion of one curriculum by one learner, locked for the transaction when `lock`. */
export async function curriculumCompletionOf(db: Db, curriculumId: string, accountId: string, lock = false) {
  let s = q(db)
    .selectFrom("learning_curriculum_completions")
    .selectAll()
    .where("curriculum_id", "=", curriculumId)
    .where("account_id", "=", accountId);
  if (lock) s = s.forUpdate();
  return s.executeTakeFirst();
}
