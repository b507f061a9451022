// The only SQL for a lab's materials and contributions.
import type { Insertable, Selectable } from "kysely";
import type { Db } from "../../../platform/db/database.ts";
import type { LabExtrasTables } from "./tables.ts";

const q = (db: Db) => db.withTables<LabExtrasTables>();

export type MaterialRow = Selectable<LabExtrasTables["lab_materials"]>;
export type NewMaterialRow = Insertable<LabExtrasTables["lab_materials"]>;

export async function insertMaterial(db: Db, row: NewMaterialRow): Promise<void> {
  await q(db).insertInto("lab_materials").values(row).execute();
}

/** A lab's materials, featured first, then newest first (visibility is applied by the service). */
export const materialsOfLab = (db: Db, labId: string) =>
  q(db)
    .selectFrom("lab_materials")
    .selectAll()
    .where("lab_id", "=", labId)
    .orderBy("featured", "desc")
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .execute();

export const findMaterial = (db: Db, labId: string, id: string) =>
  q(db)
    .selectFrom("lab_materials")
    .selectAll()
    .where("lab_id", "=", labId)
    .where("id", "=", id)
    .executeTakeFirst();

export async function curateMaterial(
  db: Db,
  id: string,
  set: { tags: string[]; featured: boolean; hidden: boolean; now: Date },
): Promise<void> {
  await q(db)
    .updateTable("lab_materials")
    .set({ tags: set.tags, featured: set.featured, hidden: set.hidden, updated_at: set.now })
    .where("id", "=", id)
    .execute();
}

/** Deletes a material's row; answers what its files were (to remove from the store after the commit). */
export const deleteMaterialRow = (db: Db, labId: string, id: string) =>
  q(db)
    .deleteFrom("lab_materials")
    .where("lab_id", "=", labId)
    .where("id", "=", id)
    .returning(["file_key", "captions_key", "content_type"])
    .executeTakeFirst();

/** Materials that are pictures (for their one-off re-processing through the image pipeline). */
export const pictureMaterials = (db: Db) =>
  q(db)
    .selectFrom("lab_materials")
    .select(["id", "file_key", "file_name"])
    .where("content_type", "like", "image/%")
    .where("file_key", "is not", null)
    .execute();

export async function pointMaterialAt(
  db: Db,
  id: string,
  f: { file_key: string; content_type: string; file_size: number; file_name: string | null },
): Promise<void> {
  await q(db).updateTable("lab_materials").set(f).where("id", "=", id).execute();
}
