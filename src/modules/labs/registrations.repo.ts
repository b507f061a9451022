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
 * Inserts a registration, confirmed while fewer than `capacity` are confirmed, else waitlisted (or,
 * without a waiting list, nothing: returns null). One statement; call it with the meeting row locked.
 */
export async function insertCounted(
  db: Db,
  r: {
    id: string;
    meetingId: string;
    accountId: string;
    code: string;
    now: Date;
    registeredBy: string | null;
    capacity: number | null;
    waitlist: boolean;
  },
): Promise<RegistrationStatus | null> {
  const free =
    r.capacity === null
      ? sql<boolean>`true`
      : sql<boolean>`(select count(*) from registrations where meeting_id = ${r.meetingId} and status = 'confirmed') < ${r.capacity}`;
  const res = await sql<{ status: RegistrationStatus }>`
    insert into registrations (id, meeting_id, account_id, status, code, created_at, updated_at, registered_by)
    select ${r.id}, ${r.meetingId}, ${r.accountId}, s.status, ${r.code}, ${r.now}, ${r.now}, ${r.registeredBy}
      from (select case when ${free} then 'confirmed' else 'waitlisted' end as status) s
     where s.status = 'confirmed' or ${r.waitlist}
    returning status`.execute(db);
  return res.rows[0]?.status ?? null;
}
