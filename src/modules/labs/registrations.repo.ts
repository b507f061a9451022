// The only SQL for registrations. Writes take a transaction in which the meeting row is locked
// (meetings.repo.ts lockMeeting), so counting places and inserting cannot interleave.

import type { Selectable } from "kysely";
import { sql } from "kysely";
import type { Db } from "../../platform/db/database.ts";
import type { LabsTables, RegistrationStatus } from "./tables.ts";

const q = (db: Db) => db.withTables<LabsTables>();

export type RegistrationRow = Selectable<LabsTables["registrations"]>;

export const liveRegistration = (db: Db, meetingId: string, accountId: string) =>
  q(db)
    .selectFrom("registrations")
    .selectAll()
    .where("meeting_id", "=", meetingId)
    .where("account_id", "=", accountId)
    .where("status", "<>", "cancelled")
    .executeTakeFirst();

export async function countConfirmed(db: Db, meetingId: string): Promise<number> {
  const r = await q(db)
    .selectFrom("registrations")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("meeting_id", "=", meetingId)
    .where("status", "=", "confirmed")
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insertRegistration(
  db: Db,
  row: {
    id: string;
    meetingId: string;
    accountId: string;
    status: RegistrationStatus;
    code: string;
    now: Date;
    registeredBy?: string | null;
  },
): Promise<void> {
  await q(db)
    .insertInto("registrations")
    .values({
      id: row.id,
      meeting_id: row.meetingId,
      account_id: row.accountId,
      status: row.status,
      code: row.code,
      created_at: row.now,
      updated_at: row.now,
      registered_by: row.registeredBy ?? null,
    })
    .execute();
}

export async function insertAnswers(
  db: Db,
  registrationId: string,
  answers: { questionId: string; answer: string }[],
): Promise<void> {
  if (!answers.length) return;
  await q(db)
    .insertInto("registration_answers")
    .values(
      answers.map((a) => ({ registration_id: registrationId, question_id: a.questionId, answer: a.answer })),
    )
    .execute();
}

/** Answers of several registrations. */
export const answersOf = (db: Db, registrationIds: string[]) =>
  registrationIds.length
    ? q(db)
        .selectFrom("registration_answers")
        .selectAll()
        .where("registration_id", "in", registrationIds)
        .execute()
    : Promise.resolve([]);

/** Every live registration of a meeting with what the attendance list shows. */
export const attendanceRows = (db: Db, meetingId: string) =>
  q(db)
    .selectFrom("registrations")
    .selectAll()
    .where("meeting_id", "=", meetingId)
    .where("status", "<>", "cancelled")
    .orderBy("status")
    .orderBy("created_at")
    .orderBy("id")
    .execute();

export const registrationByCode = (db: Db, meetingId: string, code: string) =>
  q(db)
    .selectFrom("registrations")
    .selectAll()
    .where("meeting_id", "=", meetingId)
    .where("code", "=", code)
    .executeTakeFirst();

/** Marks a registration checked in (once: an earlier time is kept). True when this call did it. */
export async function checkIn(db: Db, id: string, now: Date): Promise<boolean> {
  const r = await q(db)
    .updateTable("registrations")
    .set({ checked_in_at: now, updated_at: now })
    .where("id", "=", id)
    .where("checked_in_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function setRegistrationStatus(db: Db, id: string, status: RegistrationStatus, now: Date) {
  await q(db).updateTable("registrations").set({ status, updated_at: now }).where("id", "=", id).execute();
}

/** The first person waiting (in order of registration). */
export const firstWaitlisted = (db: Db, meetingId: string) =>
  q(db)
    .selectFrom("registrations")
    .selectAll()
    .where("meeting_id", "=", meetingId)
    .where("status", "=", "waitlisted")
    .orderBy("created_at")
    .orderBy("id")
    .limit(1)
    .executeTakeFirst();

/** Confirmed and waitlisted counts per meeting. */
export async function registrationCounts(db: Db, meetingIds: string[]) {
  if (!meetingIds.length) return [];
  return q(db)
    .selectFrom("registrations")
    .select(["meeting_id", "status", sql<number>`count(*)::int`.as("n")])
    .where("meeting_id", "in", meetingIds)
    .where("status", "<>", "cancelled")
    .groupBy(["meeting_id", "status"])
    .execute();
}

export const findRegistration = (db: Db, id: string) =>
  q(db).selectFrom("registrations").selectAll().where("id", "=", id).executeTakeFirst();

/** Confirmed registrations of a meeting, in order of registration. */
export const confirmedOf = (db: Db, meetingId: string) =>
  q(db)
    .selectFrom("registrations")
    .select(["id", "account_id", "code"])
    .where("meeting_id", "=", meetingId)
    .where("status", "=", "confirmed")
    .orderBy("created_at")
    .orderBy("id")
    .execute();

/** Live registrations (confirmed and waiting) of a meeting. */
export const liveOf = (db: Db, meetingId: string) =>
  q(db)
    .selectFrom("registrations")
    .select(["id", "account_id", "code", "status"])
    .where("meeting_id", "=", meetingId)
    .where("status", "<>", "cancelled")
    .orderBy("created_at")
    .orderBy("id")
    .execute();

/**
 * Registers in one statement (run it outside any transaction: its own commit releases the lock). It
 * locks the meeting row; `for update` hands back the row's newest version once the lock is granted,
 * so `confirmed_count` is exact even when the statement waited for another registration. Confirmed
 * while places remain (the count goes up in the same statement), else waitlisted — or nothing when
 * the meeting has no waiting list or is no longer open. Answers are inserted with it. A second live
 * registration of the same person violates `registrations_live_idx` (the caller answers 409).
 * Returns the status, or the reason nothing was inserted.
 */
export async function registerAtomically(
  db: Db,
  r: {
    id: string;
    meetingId: string;
    accountId: string;
    code: string;
    now: Date;
    registeredBy: string | null;
    answers: { questionId: string; answer: string }[];
  },
): Promise<RegistrationStatus | "full" | "closed"> {
  const res = await sql<{ status: string | null; scheduled: boolean | null }>`
    with cur as (
      select id, status = 'scheduled' as scheduled, waitlist,
             (capacity is null or confirmed_count < capacity) as free
        from meetings where id = ${r.meetingId} for update
    ), bump as (
      update meetings set confirmed_count = confirmed_count + 1
       where id = (select id from cur where scheduled and free)
      returning id
    ), ins as (
      insert into registrations (id, meeting_id, account_id, status, code, created_at, updated_at, registered_by)
      select ${r.id}, cur.id, ${r.accountId}, case when cur.free then 'confirmed' else 'waitlisted' end,
             ${r.code}, ${r.now}, ${r.now}, ${r.registeredBy}
        from cur
       where cur.scheduled and (cur.free or cur.waitlist)
      returning id, status
    ), ans as (
      insert into registration_answers (registration_id, question_id, answer)
      select ins.id, a.question_id, a.answer
        from ins, unnest(${r.answers.map((a) => a.questionId)}::uuid[], ${r.answers.map((a) => a.answer)}::text[])
             as a(question_id, answer)
    )
    select (select status from ins) as status, (select scheduled from cur) as scheduled,
           (select count(*) from bump) as bumped`.execute(db);
  const row = res.rows[0];
  if (row?.status) return row.status as RegistrationStatus;
  return row?.scheduled ? "full" : "closed";
}

/** Recounts a meeting's confirmed registrations (call it holding the meeting's row lock). */
export async function recountConfirmed(db: Db, meetingId: string): Promise<void> {
  await sql`update meetings set confirmed_count =
      (select count(*) from registrations where meeting_id = ${meetingId} and status = 'confirmed')
    where id = ${meetingId}`.execute(db);
}
