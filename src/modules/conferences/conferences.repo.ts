// The only SQL for conferences, their tracks, sessions and speakers.
import { type Insertable, type Selectable, sql, type Updateable } from "kysely";
import type { Db } from "../../platform/db/database.ts";
import type { ConferenceTables } from "./tables.ts";

const q = (db: Db) => db.withTables<ConferenceTables>();

export type ConferenceRow = Selectable<ConferenceTables["conferences"]>;
export type TrackRow = Selectable<ConferenceTables["conference_tracks"]>;
export type SessionRow = Selectable<ConferenceTables["conference_sessions"]>;
export type SpeakerRow = Selectable<ConferenceTables["conference_speakers"]>;

export async function insertConference(db: Db, row: Insertable<ConferenceTables["conferences"]>) {
  await q(db).insertInto("conferences").values(row).execute();
}

export async function updateConferenceRow(
  db: Db,
  id: string,
  patch: Updateable<ConferenceTables["conferences"]>,
) {
  await q(db).updateTable("conferences").set(patch).where("id", "=", id).execute();
}

/** Locks a conference's row for the transaction (moving its dates: one mover at a time). */
export const lockConference = (db: Db, id: string) =>
  q(db).selectFrom("conferences").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();

export const findConference = (db: Db, by: { id?: string; slug?: string }) => {
  let query = q(db).selectFrom("conferences").selectAll();
  query = by.id ? query.where("id", "=", by.id) : query.where("slug", "=", by.slug ?? "");
  return query.executeTakeFirst();
};

export function allConferences(db: Db, o: { networkId?: string; labId?: string } = {}) {
  let query = q(db).selectFrom("conferences").selectAll();
  if (o.networkId) query = query.where("network_id", "=", o.networkId);
  if (o.labId) query = query.where("lab_id", "=", o.labId);
  return query.orderBy("starts_on", "desc").orderBy("id", "asc").execute();
}

export async function conferenceSlugsStartingWith(db: Db, base: string): Promise<string[]> {
  const rows = await q(db)
    .selectFrom("conferences")
    .select("slug")
    .where((eb) => eb.or([eb("slug", "=", base), eb("slug", "like", `${base.replace(/[\\%_]/g, "\\$&")}-%`)]))
    .execute();
  return rows.map((r) => r.slug);
}

export const tracksOf = (db: Db, conferenceId: string) =>
  q(db)
    .selectFrom("conference_tracks")
    .selectAll()
    .where("conference_id", "=", conferenceId)
    .orderBy("position", "asc")
    .orderBy("name", "asc")
    .execute();

export async function insertTrack(db: Db, row: Insertable<ConferenceTables["conference_tracks"]>) {
  await q(db).insertInto("conference_tracks").values(row).execute();
}

export async function updateTrackRow(
  db: Db,
  id: string,
  patch: Updateable<ConferenceTables["conference_tracks"]>,
) {
  await q(db).updateTable("conference_tracks").set(patch).where("id", "=", id).execute();
}

/** A session's title (the mail telling someone a place in it is theirs). */
export const sessionTitle = async (db: Db, sessionId: string) =>
  (
    await q(db)
      .selectFrom("conference_sessions")
      .select("title")
      .where("id", "=", sessionId)
      .executeTakeFirst()
  )?.title;

export const sessionsOf = (db: Db, conferenceId: string) =>
  q(db)
    .selectFrom("conference_sessions")
    .selectAll("conference_sessions")
    .select((eb) =>
      eb
        .selectFrom("conference_session_registrations as r")
        .select(sql<number>`count(*)::int`.as("n"))
        .whereRef("r.session_id", "=", "conference_sessions.id")
        .where("r.status", "=", "confirmed")
        .as("taken"),
    )
    .select((eb) =>
      eb
        .selectFrom("conference_session_registrations as w")
        .select(sql<number>`count(*)::int`.as("n"))
        .whereRef("w.session_id", "=", "conference_sessions.id")
        .where("w.status", "=", "waitlisted")
        .as("waiting"),
    )
    .where("conference_id", "=", conferenceId)
    .orderBy("starts_at", "asc")
    .orderBy("title", "asc")
    .execute();

export async function insertSession(db: Db, row: Insertable<ConferenceTables["conference_sessions"]>) {
  await q(db).insertInto("conference_sessions").values(row).execute();
}

export async function updateSessionRow(
  db: Db,
  id: string,
  patch: Updateable<ConferenceTables["conference_sessions"]>,
) {
  await q(db).updateTable("conference_sessions").set(patch).where("id", "=", id).execute();
}

export async function sessionSpeakerLinks(db: Db, conferenceId: string) {
  return q(db)
    .selectFrom("conference_session_speakers as l")
    .innerJoin("conference_sessions as s", "s.id", "l.session_id")
    .select(["l.session_id", "l.speaker_id"])
    .where("s.conference_id", "=", conferenceId)
    .execute();
}

export async function setSessionSpeakers(db: Db, sessionId: string, speakerIds: string[]) {
  await q(db).deleteFrom("conference_session_speakers").where("session_id", "=", sessionId).execute();
  if (speakerIds.length)
    await q(db)
      .insertInto("conference_session_speakers")
      .values([...new Set(speakerIds)].map((speaker_id) => ({ session_id: sessionId, speaker_id })))
      .execute();
}

export const speakersOf = (db: Db, conferenceId: string) =>
  q(db)
    .selectFrom("conference_speakers")
    .selectAll()
    .where("conference_id", "=", conferenceId)
    .orderBy("name", "asc")
    .execute();

export async function insertSpeaker(db: Db, row: Insertable<ConferenceTables["conference_speakers"]>) {
  await q(db).insertInto("conference_speakers").values(row).execute();
}

export async function updateSpeakerRow(
  db: Db,
  id: string,
  patch: Updateable<ConferenceTables["conference_speakers"]>,
) {
  await q(db).updateTable("conference_speakers").set(patch).where("id", "=", id).execute();
}

export async function deleteRow(
  db: Db,
  table: "conference_sessions" | "conference_speakers" | "conference_tracks",
  conferenceId: string,
  id: string,
) {
  await q(db).deleteFrom(table).where("id", "=", id).where("conference_id", "=", conferenceId).execute();
}

/** Every speaker with a photo (for their one-off re-processing through the image pipeline). */
export const speakersWithPhotos = (db: Db) =>
  q(db)
    .selectFrom("conference_speakers")
    .select(["id", "photo_key"])
    .where("photo_key", "is not", null)
    .execute();
