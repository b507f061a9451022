// The SQL of a published practice's versions (catalogue/versions.service.ts): the compare-and-set save of an
// edit and the version rows. Writes take the caller's transaction.
import type { Selectable } from "kysely";
import type { Db } from "../../../platform/db/database.ts";
import type { PracticesTables } from "../tables.ts";
import type { PracticeRowPatch } from "./repo.ts";

const q = (db: Db) => db.withTables<PracticesTables>();

export type VersionRow = Selectable<PracticesTables["practice_versions"]>;
export type Texts = Record<string, string | number | null>;

/**
 * Saves `patch` and moves the practice to `baseVersion + 1`, only if it still holds `baseVersion` and
 * is published (someone else's edit, or a withdrawal, since the form was opened: nothing is written).
 */
export async function saveIfVersion(
  db: Db,
  id: string,
  baseVersion: number,
  patch: PracticeRowPatch,
): Promise<boolean> {
  const r = await q(db)
    .updateTable("practices")
    .set({ ...patch, version: baseVersion + 1 })
    .where("id", "=", id)
    .where("version", "=", baseVersion)
    .where("status", "=", "published")
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Writes a version row; an existing one is kept (the first version, written by whichever edit came first). */
export async function insertVersion(
  db: Db,
  v: {
    practiceId: string;
    version: number;
    texts: Texts;
    authorId: string | null;
    reason: string | null;
    at: Date;
  },
): Promise<void> {
  await q(db)
    .insertInto("practice_versions")
    .values({
      practice_id: v.practiceId,
      version: v.version,
      texts: JSON.stringify(v.texts),
      author_id: v.authorId,
      reason: v.reason,
      created_at: v.at,
    })
    .onConflict((oc) => oc.columns(["practice_id", "version"]).doNothing())
    .execute();
}

/** Every version of a practice, oldest first. */
export const versionsOf = (db: Db, practiceId: string) =>
  q(db)
    .selectFrom("practice_versions")
    .selectAll()
    .where("practice_id", "=", practiceId)
    .orderBy("version")
    .limit(1000)
    .execute();
