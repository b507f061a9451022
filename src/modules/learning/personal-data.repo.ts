// The SQL behind a learner's "download my data" and "delete my account" (personal-data.ts): every
// learning row that names the account, read with the titles that make it readable, and deleted.
import { sql } from "kysely";
import type { Db } from "../../platform/db/database.ts";
import type { CertificateTables } from "./certificates.repo.ts";
import type { LearningTables } from "./tables.ts";
import type { VideoTables } from "./video.tables.ts";

type Tables = LearningTables &
  VideoTables &
  CertificateTables & {
    learning_certificate_tombstones: { code: string; erased_at: Date };
    learning_cohort_former_members: { cohort_id: string; members: number; completed: number };
  };

const q = (db: Db) => db.withTables<Tables>();

export const enrolmentsFor = (db: Db, accountId: string) =>
  q(db)
    .selectFrom("learning_enrolments as e")
    .innerJoin("learning_courses as c", "c.id", "e.course_id")
    .leftJoin("learning_cohorts as h", "h.id", "e.cohort_id")
    .leftJoin("learning_lessons as l", "l.id", "e.last_lesson_id")
    .select([
      "c.title as course",
      "c.slug as courseSlug",
      "h.title as cohort",
      "e.enrolled_at as enrolledAt",
      "e.completed_at as completedAt",
      "l.title as lastLesson",
    ])
    .where("e.account_id", "=", accountId)
    .orderBy("e.enrolled_at")
    .execute();

export const progressFor = (db: Db, accountId: string) =>
  q(db)
    .selectFrom("learning_lesson_progress as p")
    .innerJoin("learning_lessons as l", "l.id", "p.lesson_id")
    .innerJoin("learning_courses as c", "c.id", "p.course_id")
    .select(["c.title as course", "l.title as lesson", "p.done_at as doneAt"])
    .where("p.account_id", "=", accountId)
    .orderBy("p.done_at")
    .execute();

export const attemptsFor = (db: Db, accountId: string) =>
  q(db)
    .selectFrom("learning_attempts as a")
    .innerJoin("learning_lessons as l", "l.id", "a.quiz_id")
    .innerJoin("learning_courses as c", "c.id", "l.course_id")
    .select([
      "a.quiz_id as quizId",
      "c.title as course",
      "l.title as quiz",
      "a.n",
      "a.answers",
      "a.score",
      "a.passed",
      "a.submitted_at as submittedAt",
    ])
    .where("a.account_id", "=", accountId)
    .orderBy("a.submitted_at")
    .orderBy("a.n")
    .execute();

/** Facilitators' resets of the person's attempts (who reset them stays out: the audit log has it). */
export const resetsFor = (db: Db, accountId: string) =>
  q(db)
    .selectFrom("learning_attempt_resets as r")
    .innerJoin("learning_lessons as l", "l.id", "r.quiz_id")
    .select(["l.title as quiz", "r.attempts", "r.reason", "r.reset_at as resetAt"])
    .where("r.account_id", "=", accountId)
    .orderBy("r.reset_at")
    .execute();

export const certificatesFor = (db: Db, accountId: string) =>
  q(db)
    .selectFrom("learning_certificates as k")
    .leftJoin("learning_courses as c", "c.id", "k.course_id")
    .leftJoin("learning_curricula as u", "u.id", "k.curriculum_id")
    .select([
      "k.code",
      "c.title as course",
      "u.title as curriculum",
      "k.completed_at as completedAt",
      "k.issued_at as issuedAt",
    ])
    .where("k.account_id", "=", accountId)
    .orderBy("k.issued_at")
    .execute();

export const curriculumCompletionsFor = (db: Db, accountId: string) =>
  q(db)
    .selectFrom("learning_curriculum_completions as x")
    .innerJoin("learning_curricula as u", "u.id", "x.curriculum_id")
    .select(["u.title as curriculum", "x.completed_at as completedAt"])
    .where("x.account_id", "=", accountId)
    .orderBy("x.completed_at")
    .execute();

export const positionsFor = (db: Db, accountId: string) =>
  q(db)
    .selectFrom("learning_video_positions as v")
    .innerJoin("learning_lessons as l", "l.id", "v.lesson_id")
    .select(["l.title as lesson", "v.seconds", "v.updated_at as updatedAt"])
    .where("v.account_id", "=", accountId)
    .execute();

/** The cohorts the person holds a place in (freed by the erasure). */
export async function memberCohortsOf(db: Db, accountId: string): Promise<string[]> {
  const rows = await q(db)
    .selectFrom("learning_enrolments")
    .select("cohort_id")
    .where("account_id", "=", accountId)
    .where("cohort_id", "is not", null)
    .execute();
  return rows.map((r) => r.cohort_id!);
}

export const waitingFor = (db: Db, accountId: string) =>
  q(db)
    .selectFrom("learning_cohort_waitlist as w")
    .innerJoin("learning_cohorts as h", "h.id", "w.cohort_id")
    .select(["h.title as cohort", "w.waiting_since as since"])
    .where("w.account_id", "=", accountId)
    .execute();

export const facilitatingFor = (db: Db, accountId: string) =>
  q(db)
    .selectFrom("learning_cohort_facilitators as f")
    .innerJoin("learning_cohorts as h", "h.id", "f.cohort_id")
    .select(["h.title as cohort"])
    .where("f.account_id", "=", accountId)
    .execute();

/**
 * Deletes every learning row naming the account, in the deletion's transaction. Before the rows go,
 * the certificates' codes become tombstones and the cohort places become anonymous counts.
 */
export async function eraseLearner(db: Db, accountId: string, at: Date): Promise<void> {
  await sql`
    insert into learning_certificate_tombstones (code, erased_at)
    select code, ${at} from learning_certificates where account_id = ${accountId}
    on conflict (code) do nothing`.execute(db);
  await sql`
    insert into learning_cohort_former_members as f (cohort_id, members, completed)
    select cohort_id, count(*), count(completed_at)
      from learning_enrolments
     where account_id = ${accountId} and cohort_id is not null
     group by cohort_id
    on conflict (cohort_id) do update
      set members = f.members + excluded.members, completed = f.completed + excluded.completed`.execute(db);
  for (const table of [
    "learning_certificates",
    "learning_attempts",
    "learning_attempt_resets",
    "learning_lesson_progress",
    "learning_video_positions",
    "learning_curriculum_completions",
    "learning_cohort_facilitators",
    "learning_cohort_waitlist",
    "learning_enrolments",
  ] as const)
    await q(db).deleteFrom(table).where("account_id", "=", accountId).execute();
  // Resets the person made as a facilitator stay, for their learners' history, without the name.
  await q(db)
    .updateTable("learning_attempt_resets")
    .set({ reset_by: null })
    .where("reset_by", "=", accountId)
    .execute();
}

/** A withdrawn certificate's code (the demo's learner of an earlier run; the erasure makes its own). */
export async function insertTombstone(db: Db, code: string, at: Date) {
  await q(db)
    .insertInto("learning_certificate_tombstones")
    .values({ code, erased_at: at })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Whether the code belonged to a certificate whose holder deleted the account. */
export async function isTombstone(db: Db, code: string): Promise<boolean> {
  const r = await q(db)
    .selectFrom("learning_certificate_tombstones")
    .select("code")
    .where("code", "=", code)
    .executeTakeFirst();
  return Boolean(r);
}

/** People who were members of the cohort and have deleted their accounts, and how many completed. */
export async function formerMembersOf(db: Db, cohortId: string) {
  const r = await q(db)
    .selectFrom("learning_cohort_former_members")
    .select(["members", "completed"])
    .where("cohort_id", "=", cohortId)
    .executeTakeFirst();
  return { members: r?.members ?? 0, completed: r?.completed ?? 0 };
}
