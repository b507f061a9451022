// The only SQL for conference registrations, per-session places, check-in and certificates.
import { type Insertable, type Selectable, sql } from "kysely";
import type { Db } from "../../platform/db/database.ts";
import type { ConferenceTables } from "./tables.ts";

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

/** A new confirmation link for a pending registration (the older one stops working). */
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
    .set({ confirm_hash: hash, confirm_expires_at: expiresAt, name, language })
    .where("id", "=", id)
    .where("status", "=", "pending")
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

export const registrationsOf = (db: Db, conferenceId: string) =>
  q(db)
    .selectFrom("conference_registrations")
    .selectAll()
    .where("conference_id", "=", conferenceId)
    .orderBy("name", "asc")
    .execute();

export async function sessionIdsOf(db: Db, registrationId: string): Promise<string[]> {
  const rows = await q(db)
    .selectFrom("conference_session_registrations")
    .select("session_id")
    .where("registration_id", "=", registrationId)
    .execute();
  return rows.map((r) => r.session_id);
}

/**
 * Locks a session's row for the rest of the transaction, so places are counted and taken by one
 * registration at a time (no overbooking under concurrency); returns its capacity.
 */
export const lockSession = (db: Db, conferenceId: string, sessionId: string) =>
  q(db)
    .selectFrom("conference_sessions")
    .select(["id", "capacity", "starts_at"])
    .where("id", "=", sessionId)
    .where("conference_id", "=", conferenceId)
    .forUpdate()
    .executeTakeFirst();

export async function countSessionPlaces(db: Db, sessionId: string): Promise<number> {
  const r = await q(db)
    .selectFrom("conference_session_registrations")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("session_id", "=", sessionId)
    .executeTakeFirstOrThrow();
  return r.n;
}

/** True when the place was newly taken (false: already registered for it). */
export async function insertSessionPlace(db: Db, sessionId: string, registrationId: string, now: Date) {
  const r = await q(db)
    .insertInto("conference_session_registrations")
    .values({ session_id: sessionId, registration_id: registrationId, created_at: now })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function deleteSessionPlace(db: Db, sessionId: string, registrationId: string) {
  await q(db)
    .deleteFrom("conference_session_registrations")
    .where("session_id", "=", sessionId)
    .where("registration_id", "=", registrationId)
    .execute();
}
