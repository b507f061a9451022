// SQL for personal access tokens.
import type { Db } from "../../platform/db/database.ts";
import type { IdentityTables } from "./tables.ts";

const q = (db: Db) => db.withTables<IdentityTables>();

export async function insertApiToken(
  db: Db,
  t: { id: string; accountId: string; name: string; tokenHash: string; now: Date },
) {
  await q(db)
    .insertInto("api_tokens")
    .values({ id: t.id, account_id: t.accountId, name: t.name, token_hash: t.tokenHash, created_at: t.now })
    .execute();
}

export async function findLiveToken(db: Db, tokenHash: string) {
  return q(db)
    .selectFrom("api_tokens")
    .select(["id", "account_id", "last_used_at"])
    .where("token_hash", "=", tokenHash)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
}

export async function markTokenUsed(db: Db, id: string, now: Date) {
  await q(db).updateTable("api_tokens").set({ last_used_at: now }).where("id", "=", id).execute();
}

export async function listAccountTokens(db: Db, accountId: string) {
  return q(db)
    .selectFrom("api_tokens")
    .select(["id", "name", "created_at", "last_used_at"])
    .where("account_id", "=", accountId)
    .where("revoked_at", "is", null)
    .orderBy("created_at", "desc")
    .execute();
}

export async function revokeToken(db: Db, accountId: string, id: string, now: Date): Promise<boolean> {
  const r = await q(db)
    .updateTable("api_tokens")
    .set({ revoked_at: now })
    .where("id", "=", id)
    .where("account_id", "=", accountId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
