// The only SQL for a lab's cover image.
import type { Db } from "../../platform/db/database.ts";
import type { LabExtrasTables } from "./materials/tables.ts";

const q = (db: Db) => db.withTables<LabExtrasTables>();

export const findCover = (db: Db, labId: string) =>
  q(db).selectFrom("lab_covers").selectAll().where("lab_id", "=", labId).executeTakeFirst();

export async function upsertCover(
  db: Db,
  c: { labId: string; fileKey: string; contentType: string; alt: string; by: string | null; now: Date },
): Promise<void> {
  await q(db)
    .insertInto("lab_covers")
    .values({
      lab_id: c.labId,
      file_key: c.fileKey,
      content_type: c.contentType,
      alt: c.alt,
      updated_by: c.by,
      updated_at: c.now,
    })
    .onConflict((oc) =>
      oc.column("lab_id").doUpdateSet({
        file_key: c.fileKey,
        content_type: c.contentType,
        alt: c.alt,
        updated_by: c.by,
        updated_at: c.now,
      }),
    )
    .execute();
}

export async function deleteCover(db: Db, labId: string): Promise<void> {
  await q(db).deleteFrom("lab_covers").where("lab_id", "=", labId).execute();
}

/** Every cover (for their one-off re-processing through the image pipeline). */
export const allCovers = (db: Db) => q(db).selectFrom("lab_covers").select(["lab_id", "file_key"]).execute();

export async function pointCoverAt(
  db: Db,
  labId: string,
  fileKey: string,
  contentType: string,
): Promise<void> {
  await q(db)
    .updateTable("lab_covers")
    .set({ file_key: fileKey, content_type: contentType })
    .where("lab_id", "=", labId)
    .execute();
}

/** The covers of several labs at once (the labs list). */
export const coversOfLabs = (db: Db, labIds: string[]) =>
  labIds.length
    ? q(db)
        .selectFrom("lab_covers")
        .select(["lab_id", "file_key", "alt"])
        .where("lab_id", "in", labIds)
        .execute()
    : Promise.resolve([]);
