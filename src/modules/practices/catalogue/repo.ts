// The only SQL for practices and their organisations and participants. Search has its own
// (search/repo.ts); `practice_search` and `practice_words` follow this table through a trigger.
import type { Insertable, Selectable, Updateable } from "kysely";
import type { Db } from "../../../platform/db/database.ts";
import type { PracticesTables } from "../tables.ts";

const q = (db: Db) => db.withTables<PracticesTables>();

export type PracticeRow = Selectable<PracticesTables["practices"]>;
export type NewPracticeRow = Insertable<PracticesTables["practices"]>;
export type PracticeRowPatch = Updateable<PracticesTables["practices"]>;

export async function insertPractices(db: Db, rows: NewPracticeRow[]): Promise<void> {
  if (rows.length) await q(db).insertInto("practices").values(rows).execute();
}

export async function updatePracticeRow(db: Db, id: string, patch: PracticeRowPatch): Promise<void> {
  await q(db).updateTable("practices").set(patch).where("id", "=", id).execute();
}

export const findPracticeById = (db: Db, id: string) =>
  q(db).selectFrom("practices").selectAll().where("id", "=", id).executeTakeFirst();

export const findPracticeBySlug = (db: Db, slug: string) =>
  q(db).selectFrom("practices").selectAll().where("slug", "=", slug).executeTakeFirst();

export async function slugsStartingWith(db: Db, base: string): Promise<string[]> {
  const rows = await q(db)
    .selectFrom("practices")
    .select("slug")
    .where((eb) => eb.or([eb("slug", "=", base), eb("slug", "like", `${base.replace(/[\\%_]/g, "\\$&")}-%`)]))
    .execute();
  return rows.map((r) => r.slug);
}

export async function setPracticeOrganisations(db: Db, practiceId: string, organisationIds: string[]) {
  await q(db).deleteFrom("practice_organisations").where("practice_id", "=", practiceId).execute();
  if (organisationIds.length)
    await q(db)
      .insertInto("practice_organisations")
      .values(
        organisationIds.map((organisation_id, position) => ({
          practice_id: practiceId,
          organisation_id,
          position,
        })),
      )
      .execute();
}

export async function practiceOrganisationIds(db: Db, practiceId: string): Promise<string[]> {
  const rows = await q(db)
    .selectFrom("practice_organisations")
    .select("organisation_id")
    .where("practice_id", "=", practiceId)
    .orderBy("position")
    .execute();
  return rows.map((r) => r.organisation_id);
}

export async function setPracticeParticipants(db: Db, practiceId: string, accountIds: string[]) {
  await q(db).deleteFrom("practice_participants").where("practice_id", "=", practiceId).execute();
  if (accountIds.length)
    await q(db)
      .insertInto("practice_participants")
      .values([...new Set(accountIds)].map((account_id) => ({ practice_id: practiceId, account_id })))
      .execute();
}

export async function practiceParticipantIds(db: Db, practiceId: string): Promise<string[]> {
  const rows = await q(db)
    .selectFrom("practice_participants")
    .select("account_id")
    .where("practice_id", "=", practiceId)
    .execute();
  return rows.map((r) => r.account_id);
}
