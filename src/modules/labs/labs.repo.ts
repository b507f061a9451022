// The only SQL for labs and their members.
import type { Insertable, Selectable } from "kysely";
import type { Db } from "../../platform/db/database.ts";
import type { LabRole, LabsTables } from "./tables.ts";

const q = (db: Db) => db.withTables<LabsTables>();

export type LabRow = Selectable<LabsTables["labs"]>;
export type NewLabRow = Insertable<LabsTables["labs"]>;

export async function insertLab(db: Db, row: NewLabRow): Promise<void> {
  await q(db).insertInto("labs").values(row).execute();
}

export const findLabBySlug = (db: Db, slug: string) =>
  q(db).selectFrom("labs").selectAll().where("slug", "=", slug).executeTakeFirst();

export const findLabById = (db: Db, id: string) =>
  q(db).selectFrom("labs").selectAll().where("id", "=", id).executeTakeFirst();

/** Every lab, newest first (visibility is applied by the caller with the policy). */
export const allLabs = (db: Db, networkId?: string) => {
  let query = q(db).selectFrom("labs").selectAll();
  if (networkId) query = query.where("network_id", "=", networkId);
  return query.orderBy("created_at", "desc").orderBy("id", "desc").execute();
};

export async function labSlugsStartingWith(db: Db, base: string): Promise<string[]> {
  const rows = await q(db)
    .selectFrom("labs")
    .select("slug")
    .where((eb) => eb.or([eb("slug", "=", base), eb("slug", "like", `${base.replace(/[\\%_]/g, "\\$&")}-%`)]))
    .execute();
  return rows.map((r) => r.slug);
}

export async function addLabMember(db: Db, labId: string, accountId: string, role: LabRole): Promise<void> {
  await q(db)
    .insertInto("lab_members")
    .values({ lab_id: labId, account_id: accountId, role })
    .onConflict((oc) => oc.columns(["lab_id", "account_id"]).doUpdateSet({ role }))
    .execute();
}

/** Members of several labs at once: lab id → [account id, role]. */
export async function labMembers(db: Db, labIds: string[]) {
  if (!labIds.length) return [];
  return q(db)
    .selectFrom("lab_members")
    .select(["lab_id", "account_id", "role"])
    .where("lab_id", "in", labIds)
    .execute();
}
