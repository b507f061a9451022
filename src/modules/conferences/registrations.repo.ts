// The only SQL for conference registrations, per-session places, check-in and certificates.
import { type Insertable, type Selectable, sql } from "kysely";
import type { Db } from "../../platform/db/database.ts";
import type { ConferenceTables, PlaceStatus } from "./tables.ts";

const q = (db: Db) => db.withTables<ConferenceTables>();

export type RegistrationRow = Selectable<ConferenceTables["conference_registrations"]>;

export async function insertRegistration(
  db: Db,
  row: Insertable<ConferenceTables["conference_registrations"]>,
) {
  await q(db).insertInto("conference_registrations").values(row).execute();
}

export const registrationByEmail = (db: Db, conferenceId: string, emailKey: string) =>
  q(db)
    .selectFrom("conference_registrations")
    .selectAll()
    .where("conference_id", "=", conferenceId)
    .where("email_key", "=", emailKey)
    .executeTakeFirst();

export const registrationBy = (
  db: Db,
  by: { id: string } | { accessHash: string } | { confirmHash: string } | { certificateCode: string },
) => {
  const query = q(db).selectFrom("conference_registrations").selectAll();
  if ("id" in by) return query.where("id", "=", by.id).executeTakeFirst();
  if ("accessHash" in by) return query.where("access_hash", "=", by.accessHash).executeTakeFirst();
  if ("confirmHash" in by) return query.where("confirm_hash", "=", by.confirmHash).executeTakeFirst();
  return query.where("certificate_code", "=", by.certificateCode).executeTakeFirst();
};

/**
 * A new confirmation link for a pending registration (the older one stops working), or for a
 * cancelled one, which becomes pending again: the same address registers anew.
 */
export async function setConfirmLink(
  db: Db,
  id: string,
  hash: string,
  expiresAt: Date,
  name: string,
  language: "it" | "en",
) {
  await q(db)
    .updateTable("conference_registrations")
    .set({ confirm_hash: hash, confirm_expires_at: expiresAt, name, language, status: "pending" })
    .where("id", "=", id)
    .where("status", "in", ["pending", "cancelled"])
    .execute();
}

/** Uses a confirmation link once: only a pending registration with an unexpired link is confirmed. */
export const confirmByHash = (db: Db, hash: string, now: Date) =>
  q(db)
    .updateTable("conference_registrations")
    .set({ status: "confirmed", confirmed_at: now, confirm_hash: null, confirm_expires_at: null })
    .where("confirm_hash", "=", hash)
    .where("status", "=", "pending")
    .where("confirm_expires_at", ">", now)
    .returningAll()
    .executeTakeFirst();

/** Checks a confirmed person in by their code (once: a second check-in keeps the first time). */
export const checkInByCode = (
  db: Db,
  conferenceId: string,
  code: string,
  by: string | null,
  now: Date,
  certificateCode: string,
) =>
  q(db)
    .updateTable("conference_registrations")
    .set({
      checked_in_at: sql<Date>`coalesce(checked_in_at, ${now})`,
      checked_in_by: sql<string | null>`coalesce(checked_in_by, ${by}::uuid)`,
      certificate_code: sql<string>`coalesce(certificate_code, ${certificateCode})`,
    })
    .where("conference_id", "=", conferenceId)
    .where("code", "=", code)
    .where("status", "=", "confirmed")
    .returningAll()
    .executeTakeFirst();

export const registrationByCode = (db: Db, conferenceId: string, code: string) =>
  q(db)
    .selectFrom("conference_registrations")
    .selectAll()
    .where("conference_id", "=", conferenceId)
    .where("code", "=", code)
    .executeTakeFirst();

/** Everyone registered or pending (cancelled registrations are left out). */
export const registrationsOf = (db: Db, conferenceId: string) =>
  q(db)
    .selectFrom("conference_registrations")
    .selectAll()
    .where("conference_id", "=", conferenceId)
    .where("status", "<>", "cancelled")
    .orderBy("name", "asc")
    .execute();

/**
 * Cancels a confirmed registration not yet checked in (once: a second call finds nothing and
 * answers undefined). The row is locked by the update until the transaction ends.
 */
export const cancelRegistrationRow = (db: Db, id: string, now: Date) =>
  q(db)
    .updateTable("conference_registrations")
    .set({ status: "cancelled", cancelled_at: now })
    .where("id", "=", id)
    .where("status", "=", "confirmed")
    .where("checked_in_at", "is", null)
    .returningAll()
    .executeTakeFirst();

/** Every session a registration holds a place, or a place in the queue, in (ordered, for locking). */
export const placesOfRegistration = (db: Db, registrationId: string) =>
  q(db)
    .selectFrom("conference_session_registrations")
    .select(["session_id", "status"])
    .where("registration_id", "=", registrationId)
    .orderBy("session_id", "asc")
    .execute();

/** Sessions a registration holds a place in (not those it is waiting for). */
export async function sessionIdsOf(db: Db, registrationId: string): Promise<string[]> {
  const rows = await q(db)
    .selectFrom("conference_session_registrations")
    .select("session_id")
    .where("registration_id", "=", registrationId)
    .where("status", "=", "confirmed")
    .execute();
  return rows.map((r) => r.session_id);
}

/** Sessions a registration is waiting for, with its position in each queue (1 = next in line). */
export async function waitlistOf(db: Db, registrationId: string) {
  return q(db)
    .selectFrom("conference_session_registrations as w")
    .select("w.session_id")
    .select((eb) =>
      eb
        .selectFrom("conference_session_registrations as o")
        .select(sql<number>`count(*)::int`.as("n"))
        .whereRef("o.session_id", "=", "w.session_id")
        .where("o.status", "=", "waitlisted")
        .whereRef("o.arrival", "<=", "w.arrival")
        .as("position"),
    )
    .where("w.registration_id", "=", registrationId)
    .where("w.status", "=", "waitlisted")
    .execute();
}

/**
 * Locks a session's row for the rest of the transaction, so places are counted and taken by one
 * registration at a time (no overbooking under concurrency); returns its capacity.
 */
export const lockSession = (db: Db, conferenceId: string, sessionId: string) =>
  q(db)
    .selectFrom("conference_sessions")
    .select(["id", "title", "capacity", "starts_at"])
    .where("id", "=", sessionId)
    .where("conference_id", "=", conferenceId)
    .forUpdate()
    .executeTakeFirst();

/** People with a place in a session (the waiting list is not counted). */
export async function countSessionPlaces(db: Db, sessionId: string): Promise<number> {
  const r = await q(db)
    .selectFrom("conference_session_registrations")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("session_id", "=", sessionId)
    .where("status", "=", "confirmed")
    .executeTakeFirstOrThrow();
  return r.n;
}

/** Whether a registration has a place in a session, is waiting for one, or neither (undefined). */
export async function placeOf(db: Db, sessionId: string, registrationId: string) {
  const r = await q(db)
    .selectFrom("conference_session_registrations")
    .select("status")
    .where("session_id", "=", sessionId)
    .where("registration_id", "=", registrationId)
    .executeTakeFirst();
  return r?.status;
}

/** True when the row was newly written (false: already registered or waiting for it). */
export async function insertSessionPlace(
  db: Db,
  sessionId: string,
  registrationId: string,
  now: Date,
  status: PlaceStatus = "confirmed",
) {
  const r = await q(db)
    .insertInto("conference_session_registrations")
    .values({ session_id: sessionId, registration_id: registrationId, created_at: now, status })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Removes a place or a place in the queue; answers which it was (undefined: there was none). */
export async function deleteSessionPlace(db: Db, sessionId: string, registrationId: string) {
  const r = await q(db)
    .deleteFrom("conference_session_registrations")
    .where("session_id", "=", sessionId)
    .where("registration_id", "=", registrationId)
    .returning("status")
    .executeTakeFirst();
  return r?.status;
}

/**
 * Gives places to the first `count` people waiting for a session (all of them when `count` is
 * null), in arrival order; answers their registration ids. Callers hold the session's lock.
 */
export async function promoteWaitlisted(db: Db, sessionId: string, count: number | null): Promise<string[]> {
  if (count !== null && count <= 0) return [];
  let first = q(db)
    .selectFrom("conference_session_registrations")
    .select("registration_id")
    .where("session_id", "=", sessionId)
    .where("status", "=", "waitlisted")
    .orderBy("arrival", "asc");
  if (count !== null) first = first.limit(count);
  const ids = (await first.execute()).map((r) => r.registration_id);
  if (!ids.length) return [];
  await q(db)
    .updateTable("conference_session_registrations")
    .set({ status: "confirmed" })
    .where("session_id", "=", sessionId)
    .where("registration_id", "in", ids)
    .execute();
  return ids;
}

export const registrationsByIds = (db: Db, ids: string[]) =>
  ids.length
    ? q(db).selectFrom("conference_registrations").selectAll().where("id", "in", ids).execute()
    : Promise.resolve([]);
