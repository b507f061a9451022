// The SQL for video lessons: the video row (file or URL, consent), caption tracks and positions.
import type { Insertable } from "kysely";
import type { Db } from "../../platform/db/database.ts";
import type { VideoTables } from "./video.tables.ts";

const q = (db: Db) => db.withTables<VideoTables>();

export type VideoRow = Insertable<VideoTables["learning_videos"]>;

export const videoRow = (db: Db, lessonId: string) =>
  q(db).selectFrom("learning_videos").selectAll().where("lesson_id", "=", lessonId).executeTakeFirst();

/** Writes the lesson's video; answers the file key it replaced (for the caller to delete), if any. */
export async function upsertVideo(db: Db, row: VideoRow): Promise<string | null> {
  const old = await q(db)
    .selectFrom("learning_videos")
    .select("file_key")
    .where("lesson_id", "=", row.lesson_id)
    .forUpdate()
    .executeTakeFirst();
  await q(db)
    .insertInto("learning_videos")
    .values(row)
    .onConflict((oc) => oc.column("lesson_id").doUpdateSet(row))
    .execute();
  return old?.file_key && old.file_key !== row.file_key ? old.file_key : null;
}

export const captionLanguages = async (db: Db, lessonId: string) =>
  (
    await q(db)
      .selectFrom("learning_captions")
      .select("language")
      .where("lesson_id", "=", lessonId)
      .orderBy("language")
      .execute()
  ).map((r) => r.language);

export const captionsOf = (db: Db, lessonId: string) =>
  q(db)
    .selectFrom("learning_captions")
    .select(["language", "vtt"])
    .where("lesson_id", "=", lessonId)
    .orderBy("language")
    .execute();

export const captionTrack = (db: Db, lessonId: string, language: string) =>
  q(db)
    .selectFrom("learning_captions")
    .select("vtt")
    .where("lesson_id", "=", lessonId)
    .where("language", "=", language)
    .executeTakeFirst();

/** Adds a track; false when the lesson already has one in that language (the key refuses it). */
export async function insertCaptions(
  db: Db,
  row: { lessonId: string; language: string; vtt: string; at: Date },
): Promise<boolean> {
  const r = await q(db)
    .insertInto("learning_captions")
    .values({ lesson_id: row.lessonId, language: row.language, vtt: row.vtt, created_at: row.at })
    .onConflict((oc) => oc.columns(["lesson_id", "language"]).doNothing())
    .returning("language")
    .executeTakeFirst();
  return Boolean(r);
}

export const deleteCaptions = (db: Db, lessonId: string, language: string) =>
  q(db)
    .deleteFrom("learning_captions")
    .where("lesson_id", "=", lessonId)
    .where("language", "=", language)
    .execute();

export const positionOf = async (db: Db, accountId: string, lessonId: string) =>
  (
    await q(db)
      .selectFrom("learning_video_positions")
      .select("seconds")
      .where("account_id", "=", accountId)
      .where("lesson_id", "=", lessonId)
      .executeTakeFirst()
  )?.seconds ?? null;

/** Saves where the learner stopped (dbQuiet: no page anyone else sees shows it). */
export async function savePosition(
  db: Db,
  p: { accountId: string; lessonId: string; seconds: number; at: Date },
) {
  await q(db)
    .insertInto("learning_video_positions")
    .values({ account_id: p.accountId, lesson_id: p.lessonId, seconds: p.seconds, updated_at: p.at })
    .onConflict((oc) =>
      oc.columns(["account_id", "lesson_id"]).doUpdateSet({ seconds: p.seconds, updated_at: p.at }),
    )
    .execute();
}
