// The SQL for reading lessons' files: one row per lesson (the file's key, detected type, name, size).
import type { Insertable } from "kysely";
import type { Db } from "../../platform/db/database.ts";
import type { ReadingTables } from "./reading.tables.ts";

const q = (db: Db) => db.withTables<ReadingTables>();

export const readingFileRow = (db: Db, lessonId: string) =>
  q(db).selectFrom("learning_reading_files").selectAll().where("lesson_id", "=", lessonId).executeTakeFirst();

/** Writes the lesson's file; answers the key it replaced (for the caller to delete), if any. */
export async function upsertReadingFile(
  db: Db,
  row: Insertable<ReadingTables["learning_reading_files"]>,
): Promise<string | null> {
  const old = await q(db)
    .selectFrom("learning_reading_files")
    .select("file_key")
    .where("lesson_id", "=", row.lesson_id)
    .forUpdate()
    .executeTakeFirst();
  await q(db)
    .insertInto("learning_reading_files")
    .values(row)
    .onConflict((oc) => oc.column("lesson_id").doUpdateSet(row))
    .execute();
  return old && old.file_key !== row.file_key ? old.file_key : null;
}

/** Removes the lesson's file row; answers its key (for the caller to delete), if there was one. */
export const deleteReadingFile = async (db: Db, lessonId: string) =>
  (
    await q(db)
      .deleteFrom("learning_reading_files")
      .where("lesson_id", "=", lessonId)
      .returning("file_key")
      .executeTakeFirst()
  )?.file_key ?? null;
