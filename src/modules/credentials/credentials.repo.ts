// The SQL of credentials (migrations/202612200000_credentials.sql): issuers, achievements, status
// lists and credentials. Inserts that a second delivery may repeat do nothing on conflict and say so.
import type { Selectable } from "kysely";
import type { Db } from "../../platform/db/database.ts";
import type { CredentialTables } from "./tables.ts";

const q = (db: Db) => db.withTables<CredentialTables>();
type T = CredentialTables;

export type IssuerRow = Selectable<T["credential_issuers"]>;
export type AchievementRow = Selectable<T["credential_achievements"]>;
export type StatusListRow = Selectable<T["credential_status_lists"]>;
export type CredentialRow = Selectable<T["credentials"]>;

/** The network's issuer, made now unless it has one. */
export async function insertIssuer(db: Db, row: IssuerRow): Promise<void> {
  await q(db)
    .insertInto("credential_issuers")
    .values(row)
    .onConflict((oc) => oc.column("network_id").doNothing())
    .execute();
}

export const issuerOfNetwork = (db: Db, networkId: string) =>
  q(db).selectFrom("credential_issuers").selectAll().where("network_id", "=", networkId).executeTakeFirst();

export const issuerById = (db: Db, id: string) =>
  q(db).selectFrom("credential_issuers").selectAll().where("id", "=", id).executeTakeFirst();

export async function insertAchievement(db: Db, row: AchievementRow): Promise<void> {
  await q(db)
    .insertInto("credential_achievements")
    .values(row)
    .onConflict((oc) => oc.column(row.course_id ? "course_id" : "curriculum_id").doNothing())
    .execute();
}

export const achievementOf = (db: Db, source: { courseId?: string; curriculumId?: string }) =>
  q(db)
    .selectFrom("credential_achievements")
    .selectAll()
    .where(source.courseId ? "course_id" : "curriculum_id", "=", source.courseId ?? source.curriculumId ?? "")
    .executeTakeFirst();

export const achievementById = (db: Db, id: string) =>
  q(db).selectFrom("credential_achievements").selectAll().where("id", "=", id).executeTakeFirst();

export async function insertStatusList(db: Db, row: StatusListRow): Promise<void> {
  await q(db).insertInto("credential_status_lists").values(row).execute();
}

/** The list new credentials take their bit from: the issuer's newest. */
export const currentStatusList = (db: Db, issuerId: string) =>
  q(db)
    .selectFrom("credential_status_lists")
    .selectAll()
    .where("issuer_id", "=", issuerId)
    .orderBy("created_at", "desc")
    .limit(1)
    .executeTakeFirst();

export const statusListById = (db: Db, id: string) =>
  q(db).selectFrom("credential_status_lists").selectAll().where("id", "=", id).executeTakeFirst();

/** Inserts a credential, or nothing when the person has one for the achievement (undefined then). */
export async function insertCredential(db: Db, row: CredentialRow): Promise<CredentialRow | undefined> {
  return q(db)
    .insertInto("credentials")
    .values(row)
    .onConflict((oc) => oc.columns(["account_id", "achievement_id"]).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export const credentialById = (db: Db, id: string) =>
  q(db).selectFrom("credentials").selectAll().where("id", "=", id).executeTakeFirst();

export const credentialOf = (db: Db, accountId: string, achievementId: string) =>
  q(db)
    .selectFrom("credentials")
    .selectAll()
    .where("account_id", "=", accountId)
    .where("achievement_id", "=", achievementId)
    .executeTakeFirst();

/** The indexes set in a list: its revoked credentials. */
export async function revokedIndexes(db: Db, statusListId: string): Promise<number[]> {
  const rows = await q(db)
    .selectFrom("credentials")
    .select("status_index")
    .where("status_list_id", "=", statusListId)
    .where("revoked_at", "is not", null)
    .execute();
  return rows.map((r) => r.status_index);
}

/** Locks a status list's row for the transaction: two revocations re-sign it one after the other. */
export const lockStatusList = (db: Db, id: string) =>
  q(db).selectFrom("credential_status_lists").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();

export async function updateStatusList(
  db: Db,
  id: string,
  credential: string,
  signedAt: Date,
): Promise<void> {
  await q(db)
    .updateTable("credential_status_lists")
    .set({ credential, signed_at: signedAt })
    .where("id", "=", id)
    .execute();
}

/** Marks a credential revoked; false when it was already. */
export async function markRevoked(db: Db, id: string, at: Date, reason: string): Promise<boolean> {
  const r = await q(db)
    .updateTable("credentials")
    .set({ revoked_at: at, revocation_reason: reason })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** The person's credentials, oldest first, with their achievement's name. */
export const credentialsOfAccount = (db: Db, accountId: string) =>
  q(db)
    .selectFrom("credentials as k")
    .innerJoin("credential_achievements as a", "a.id", "k.achievement_id")
    .select([
      "k.id",
      "k.document",
      "k.issued_at",
      "k.revoked_at",
      "k.revocation_reason",
      "a.name as achievement",
    ])
    .where("k.account_id", "=", accountId)
    .orderBy("k.issued_at")
    .execute();

/**
 * The person's credentials revoked (when not already), their signed JSON deleted and their account
 * link cut; id and status bit stay. The status lists to re-sign.
 */
export async function eraseCredentialsOf(db: Db, accountId: string, at: Date): Promise<string[]> {
  const rows = await q(db)
    .updateTable("credentials")
    .set((eb) => ({
      revoked_at: eb.fn.coalesce("revoked_at", eb.val(at)),
      revocation_reason: eb.fn.coalesce("revocation_reason", eb.val("account deleted")),
      erased_at: at,
      document: "",
      account_id: null,
    }))
    .where("account_id", "=", accountId)
    .returning("status_list_id")
    .execute();
  return [...new Set(rows.map((r) => r.status_list_id))];
}
