// The SQL for cohorts (bootcamps), their facilitators, the enrolments made by joining one, and the
// live-session lessons that name a lab meeting.
import type { Selectable } from "kysely";
import type { Db } from "../../platform/db/database.ts";
import type { LearningTables as T } from "./tables.ts";

const q = (db: Db) => db.withTables<T>();

export type Cohort = {
  id: string;
  courseId: string;
  labId: string;
  title: string;
  startsOn: string;
  endsOn: string;
  capacity: number;
};

// A `date` column reads back as a Date on PostgreSQL and as text on some drivers: always YYYY-MM-DD.
const day = (v: Date | string) => (typeof v === "string" ? v.slice(0, 10) : v.toISOString().slice(0, 10));

const toCohort = (r: Selectable<T["learning_cohorts"]>): Cohort => ({
  id: r.id,
  courseId: r.course_id,
  labId: r.lab_id,
  title: r.title,
  startsOn: day(r.starts_on),
  endsOn: day(r.ends_on),
  capacity: r.capacity,
});

export async function insertCohort(db: Db, c: Cohort & { facilitators: string[]; at: Date }) {
  await q(db)
    .insertInto("learning_cohorts")
    .values({
      id: c.id,
      course_id: c.courseId,
      lab_id: c.labId,
      title: c.title,
      starts_on: c.startsOn,
      ends_on: c.endsOn,
      capacity: c.capacity,
      created_at: c.at,
    })
    .execute();
  if (c.facilitators.length)
    await q(db)
      .insertInto("learning_cohort_facilitators")
      .values(c.facilitators.map((a) => ({ cohort_id: c.id, account_id: a })))
      .onConflict((oc) => oc.doNothing())
      .execute();
}

/** The cohort, locked for the rest of the transaction when `lock` (joining counts places under it). */
export async function cohortById(db: Db, id: string, lock = false): Promise<Cohort | undefined> {
  let s = q(db).selectFrom("learning_cohorts").selectAll().where("id", "=", id);
  if (lock) s = s.forUpdate();
  const r = await s.executeTakeFirst();
  return r && toCohort(r);
}

/** The courses with a cohort that has not ended by `day` (YYYY-MM-DD): the catalogue's "format". */
export async function coursesWithCohortsFrom(db: Db, day: string): Promise<Set<string>> {
  const rows = await q(db)
    .selectFrom("learning_cohorts")
    .select("course_id")
    .distinct()
    .where("ends_on", ">=", day)
    .execute();
  return new Set(rows.map((r) => r.course_id));
}

export async function cohortsOfCourse(db: Db, courseId: string): Promise<Cohort[]> {
  const rows = await q(db)
    .selectFrom("learning_cohorts")
    .selectAll()
    .where("course_id", "=", courseId)
    .orderBy("starts_on")
    .orderBy("id")
    .execute();
  return rows.map(toCohort);
}

export async function facilitatorsOf(db: Db, cohortId: string): Promise<string[]> {
  const rows = await q(db)
    .selectFrom("learning_cohort_facilitators")
    .select("account_id")
    .where("cohort_id", "=", cohortId)
    .execute();
  return rows.map((r) => r.account_id);
}

/** The learners of the cohort, in order of joining. */
export async function membersOf(db: Db, cohortId: string) {
  return q(db)
    .selectFrom("learning_enrolments")
    .select(["id", "account_id", "enrolled_at", "completed_at"])
    .where("cohort_id", "=", cohortId)
    .orderBy("enrolled_at")
    .orderBy("id")
    .execute();
}

/**
 * Puts the learner in the cohort: a new enrolment, or their self-paced one moved into it. `moved`
 * false when they already belonged to a cohort of the course (then nothing changes).
 */
export async function joinRow(
  db: Db,
  o: { id: string; courseId: string; cohortId: string; accountId: string; at: Date },
): Promise<{ joined: boolean; already: boolean }> {
  const made = await q(db)
    .insertInto("learning_enrolments")
    .values({
      id: o.id,
      course_id: o.courseId,
      account_id: o.accountId,
      cohort_id: o.cohortId,
      enrolled_at: o.at,
    })
    .onConflict((oc) => oc.columns(["course_id", "account_id"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  if (made) return { joined: true, already: false };
  const moved = await q(db)
    .updateTable("learning_enrolments")
    .set({ cohort_id: o.cohortId })
    .where("course_id", "=", o.courseId)
    .where("account_id", "=", o.accountId)
    .where("cohort_id", "is", null)
    .executeTakeFirst();
  return { joined: Number(moved.numUpdatedRows) > 0, already: Number(moved.numUpdatedRows) === 0 };
}

export async function cohortOfLearner(db: Db, courseId: string, accountId: string) {
  const r = await q(db)
    .selectFrom("learning_enrolments")
    .select("cohort_id")
    .where("course_id", "=", courseId)
    .where("account_id", "=", accountId)
    .executeTakeFirst();
  return r?.cohort_id ?? null;
}

/** Live-session lessons that are this meeting. */
export async function liveLessonsOfMeeting(db: Db, meetingId: string) {
  return q(db)
    .selectFrom("learning_lessons")
    .select(["id", "course_id"])
    .where("kind", "=", "live")
    .where("meeting_id", "=", meetingId)
    .execute();
}

/** Lessons done by these learners in one course. */
export async function doneOfLearners(db: Db, courseId: string, accountIds: string[]) {
  if (!accountIds.length) return [];
  return q(db)
    .selectFrom("learning_lesson_progress")
    .select(["account_id", "lesson_id"])
    .where("course_id", "=", courseId)
    .where("account_id", "in", accountIds)
    .execute();
}

/** Best score per learner and quiz. */
export async function bestOfLearners(db: Db, quizIds: string[], accountIds: string[]) {
  if (!quizIds.length || !accountIds.length) return [];
  return q(db)
    .selectFrom("learning_attempts")
    .select((eb) => [
      "account_id",
      "quiz_id",
      eb.fn.max("score").as("best"),
      eb.fn<boolean>("bool_or", [eb.ref("passed")]).as("passed"),
    ])
    .where("quiz_id", "in", quizIds)
    .where("account_id", "in", accountIds)
    .groupBy(["account_id", "quiz_id"])
    .execute();
}

/** How many learners the cohort has (under the cohort's lock when joining, leaving or promoting). */
export async function memberCount(db: Db, cohortId: string): Promise<number> {
  const r = await q(db)
    .selectFrom("learning_enrolments")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("cohort_id", "=", cohortId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Takes the learner out of the cohort: their enrolment stays, self-paced. False when not a member. */
export async function leaveRow(db: Db, cohortId: string, accountId: string): Promise<boolean> {
  const r = await q(db)
    .updateTable("learning_enrolments")
    .set({ cohort_id: null })
    .where("cohort_id", "=", cohortId)
    .where("account_id", "=", accountId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** The cohort's waiting list, first in line first. */
export async function waitlistOf(db: Db, cohortId: string) {
  return q(db)
    .selectFrom("learning_cohort_waitlist")
    .select(["account_id", "waiting_since"])
    .where("cohort_id", "=", cohortId)
    .orderBy("seq")
    .execute();
}

/** The learner's place on the cohort's waiting list (1 = next), null when not on it. */
export async function waitlistPosition(db: Db, cohortId: string, accountId: string): Promise<number | null> {
  const r = await q(db)
    .selectFrom("learning_cohort_waitlist as w")
    .select((eb) =>
      eb
        .selectFrom("learning_cohort_waitlist as ahead")
        .select((e) => e.fn.countAll<number>().as("n"))
        .whereRef("ahead.cohort_id", "=", "w.cohort_id")
        .whereRef("ahead.seq", "<=", "w.seq")
        .as("position"),
    )
    .where("w.cohort_id", "=", cohortId)
    .where("w.account_id", "=", accountId)
    .executeTakeFirst();
  return r ? Number(r.position) : null;
}

/** Puts the learner at the end of the waiting list (the database numbers the arrival). */
export async function addToWaitlist(db: Db, o: { cohortId: string; accountId: string; at: Date }) {
  await q(db)
    .insertInto("learning_cohort_waitlist")
    .values({ cohort_id: o.cohortId, account_id: o.accountId, waiting_since: o.at })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function removeFromWaitlist(db: Db, cohortId: string, accountId: string): Promise<boolean> {
  const r = await q(db)
    .deleteFrom("learning_cohort_waitlist")
    .where("cohort_id", "=", cohortId)
    .where("account_id", "=", accountId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Off the waiting lists of every cohort of the course: a learner belongs to one cohort of a course. */
export async function leaveWaitlistsOfCourse(db: Db, courseId: string, accountId: string) {
  await q(db)
    .deleteFrom("learning_cohort_waitlist")
    .where("account_id", "=", accountId)
    .where("cohort_id", "in", (eb) =>
      eb.selectFrom("learning_cohorts").select("id").where("course_id", "=", courseId),
    )
    .execute();
}
