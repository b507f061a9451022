// The only SQL for registrations. Writes take a transaction in which the meeting row is locked
// (meetings/repo.ts lockMeeting), so counting places and inserting cannot interleave.

import type { Selectable } from "kysely";
import { sql } from "kysely";
import type { Db } from "../../../platform/db/database.ts";
import type { LabsTables, RegistrationStatus } from "../tables.ts";

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

/** One person's live registrations among several meetings (a lab's programme). */
export const liveRegistrationsOf = (db: Db, accountId: string, meetingIds: string[]) =>
  meetingIds.length
    ? q(db)
        .selectFrom("registrations")
        .select(["meeting_id", "status"])
        .where("account_id", "=", accountId)
        .where("meeting_id", "in", meetingIds)
        .where("status", "<>", "cancelled")
        .execute()
    : Promise.resolve([]);

export async function countConfirmed(db: Db, meetingId: string): Promise<number> {
  const r = await q(db)
    .selectFrom("registrations")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("meeting_id", "=", meetingId)
    .where("status", "=", "confirmed")
    .executeTakeFirstOrThrow();
  return Number(r.n);
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

export type BatchItem = {
  id: string;
  accountId: string;
  code: string;
  registeredBy: string | null;
  answers: { questionId: string; answer: string }[];
};

/** Per item of a batch: the status it was given, or why nothing was inserted. */
export type BatchOutcome = RegistrationStatus | "already" | "full" | "closed";

/**
 * Registers several people for one meeting in one transaction (see registrations/batch.ts for why
 * they come in batches). The meeting row is locked first, in its own statement: under READ COMMITTED
 * the insert that follows takes a newer snapshot, so it sees every registration committed before the
 * lock was granted (every writer of a meeting's registrations takes that lock). Then one statement
 * skips people already registered (and a second copy of the same person in the batch), gives the free
 * places in arrival order, waitlists the rest (or nobody, without a waiting list), stores the
 * answers and bumps the meeting's confirmed count. `created_at` is `now` plus the arrival rank in
 * microseconds, so the waiting list keeps the arrival order inside a batch.
 */
export async function registerBatch(
  db: Db,
  meetingId: string,
  items: BatchItem[],
  now: Date,
  /** Runs before the commit, in the same transaction (the confirmation mails are queued there). */
  beforeCommit: (trx: Db, outcomes: BatchOutcome[]) => Promise<void> = async () => {},
): Promise<BatchOutcome[]> {
  return db.transaction().execute(async (trx) => {
    const m = await q(trx)
      .selectFrom("meetings")
      .select(["status", "capacity", "confirmed_count", "waitlist"])
      .where("id", "=", meetingId)
      .forUpdate()
      .executeTakeFirst();
    if (m?.status !== "scheduled") return items.map((): BatchOutcome => "closed");
    const free = m.capacity === null ? items.length : Math.max(0, m.capacity - m.confirmed_count);
    const answers = items.flatMap((it) => it.answers.map((a) => ({ reg: it.id, ...a })));
    const res = await sql<{ id: string; status: RegistrationStatus | null; fresh: boolean }>`
      with input as (
        select * from unnest(${items.map((i) => i.id)}::uuid[], ${items.map((i) => i.accountId)}::uuid[],
                             ${items.map((i) => i.code)}::text[], ${items.map((i) => i.registeredBy)}::uuid[])
                 with ordinality as i(id, account_id, code, registered_by, ord)
      ), fresh as (
        select distinct on (account_id) * from input
         where not exists (select 1 from registrations r
                            where r.meeting_id = ${meetingId} and r.account_id = input.account_id
                              and r.status <> 'cancelled')
         order by account_id, ord
      ), ranked as (
        select fresh.*, row_number() over (order by ord) as rn from fresh
      ), ins as (
        insert into registrations (id, meeting_id, account_id, status, code, created_at, updated_at, registered_by)
        select id, ${meetingId}, account_id, case when rn <= ${free} then 'confirmed' else 'waitlisted' end, code,
               ${now}::timestamptz + rn * interval '1 microsecond', ${now}, registered_by
          from ranked
         where rn <= ${free} or ${m.waitlist}
        returning id, status
      ), ans as (
        insert into registration_answers (registration_id, question_id, answer)
        select a.registration_id, a.question_id, a.answer
          from unnest(${answers.map((a) => a.reg)}::uuid[], ${answers.map((a) => a.questionId)}::uuid[],
                      ${answers.map((a) => a.answer)}::text[]) as a(registration_id, question_id, answer)
         where a.registration_id in (select id from ins)
      ), bump as (
        update meetings set confirmed_count = confirmed_count + (select count(*) from ins where status = 'confirmed')
         where id = ${meetingId}
      )
      select i.id, ins.status, f.id is not null as fresh
        from input i left join fresh f on f.id = i.id left join ins on ins.id = i.id`.execute(trx);
    const byId = new Map(res.rows.map((r) => [r.id, r]));
    // Not inserted: already registered (before, or earlier in this batch), else no place left and no
    // waiting list.
    const outcomes = items.map((it): BatchOutcome => {
      const r = byId.get(it.id);
      if (r?.status) return r.status;
      return r?.fresh ? "full" : "already";
    });
    await beforeCommit(trx, outcomes);
    return outcomes;
  });
}

/** Recounts a meeting's confirmed registrations (call it holding the meeting's row lock). */
export async function recountConfirmed(db: Db, meetingId: string): Promise<void> {
  await sql`update meetings set confirmed_count =
      (select count(*) from registrations where meeting_id = ${meetingId} and status = 'confirmed')
    where id = ${meetingId}`.execute(db);
}
