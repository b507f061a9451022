// The only SQL for practices' images and attachments.
import type { Insertable, Selectable } from "kysely";
import type { Db } from "../../../platform/db/database.ts";
import type { PracticeMediaTables } from "./tables.ts";

const q = (db: Db) => db.withTables<PracticeMediaTables>();

export type MediaRow = Selectable<PracticeMediaTables["practice_media"]>;

export async function insertMedia(db: Db, row: Insertable<PracticeMediaTables["practice_media"]>) {
  await q(db).insertInto("practice_media").values(row).execute();
}

export const mediaOfPractice = (db: Db, practiceId: string) =>
  q(db)
    .selectFrom("practice_media")
    .selectAll()
    .where("practice_id", "=", practiceId)
    .orderBy("position")
    .orderBy("created_at")
    .orderBy("id")
    .execute();

export const findMedia = (db: Db, practiceId: string, id: string) =>
  q(db)
    .selectFrom("practice_media")
    .selectAll()
    .where("practice_id", "=", practiceId)
    .where("id", "=", id)
    .executeTakeFirst();

export async function nextMediaPosition(db: Db, practiceId: string): Promise<number> {
  const r = await q(db)
    .selectFrom("practice_media")
    .select((eb) => eb.fn.max("position").as("max"))
    .where("practice_id", "=", practiceId)
    .executeTakeFirst();
  return r?.max == null ? 0 : Number(r.max) + 1;
}

export async function deleteMediaRow(db: Db, id: string) {
  await q(db).deleteFrom("practice_media").where("id", "=", id).execute();
}

/** Every stored picture, images and attachments that are images (for their one-off re-processing). */
export const storedPictures = (db: Db) =>
  q(db)
    .selectFrom("practice_media")
    .select(["id", "file_key", "filename"])
    .where("content_type", "like", "image/%")
    .orderBy("created_at")
    .execute();

export async function pointMediaAt(
  db: Db,
  id: string,
  f: { file_key: string; content_type: string; byte_size: number; filename: string },
) {
  await q(db).updateTable("practice_media").set(f).where("id", "=", id).execute();
}
