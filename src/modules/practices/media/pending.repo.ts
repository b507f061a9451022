// The SQL of the files uploaded with "Report a project" before the report is sent.
import type { Insertable, Selectable } from "kysely";
import type { Db } from "../../../platform/db/database.ts";
import type { PendingMediaTables, PracticeMediaTables } from "./tables.ts";

const q = (db: Db) => db.withTables<PendingMediaTables & PracticeMediaTables>();

export type PendingRow = Selectable<PendingMediaTables["practice_pending_media"]>;

export async function insertPending(db: Db, row: Insertable<PendingMediaTables["practice_pending_media"]>) {
  await q(db).insertInto("practice_pending_media").values(row).execute();
}

/** The pending files among `ids`, in the order they were uploaded. */
export async function pendingRows(db: Db, ids: readonly string[]): Promise<PendingRow[]> {
  if (!ids.length) return [];
  return q(db)
    .selectFrom("practice_pending_media")
    .selectAll()
    .where("id", "in", [...ids])
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

/** Deletes pending rows; returns their file keys (for the caller to delete the files). */
export async function deletePending(db: Db, ids: readonly string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await q(db)
    .deleteFrom("practice_pending_media")
    .where("id", "in", [...ids])
    .returning("file_key")
    .execute();
  return rows.map((r) => r.file_key);
}

/** Deletes the pending rows uploaded before `before`; returns their file keys. */
export async function deletePendingBefore(db: Db, before: Date, limit = 500): Promise<string[]> {
  const rows = await q(db)
    .deleteFrom("practice_pending_media")
    .where(
      "id",
      "in",
      q(db).selectFrom("practice_pending_media").select("id").where("created_at", "<", before).limit(limit),
    )
    .returning("file_key")
    .execute();
  return rows.map((r) => r.file_key);
}

/**
 * Moves pending files to a practice (same file keys), after its existing media, and deletes their
 * pending rows: one statement each, in the caller's transaction.
 */
export async function bindPendingRows(
  db: Db,
  practiceId: string,
  ids: readonly string[],
  createdBy: string | null,
  now: Date,
): Promise<number> {
  const rows = await pendingRows(db, ids);
  if (!rows.length) return 0;
  const last = await q(db)
    .selectFrom("practice_media")
    .select((eb) => eb.fn.max("position").as("max"))
    .where("practice_id", "=", practiceId)
    .executeTakeFirst();
  const start = last?.max == null ? 0 : Number(last.max) + 1;
  await q(db)
    .insertInto("practice_media")
    .values(
      rows.map((r, i) => ({
        id: r.id,
        practice_id: practiceId,
        kind: r.kind,
        file_key: r.file_key,
        content_type: r.content_type,
        byte_size: r.byte_size,
        filename: r.filename,
        title: r.title,
        alt: r.kind === "image" ? r.alt : null,
        position: start + i,
        created_by: createdBy,
        created_at: now,
      })),
    )
    .execute();
  await q(db)
    .deleteFrom("practice_pending_media")
    .where(
      "id",
      "in",
      rows.map((r) => r.id),
    )
    .execute();
  return rows.length;
}
