// SQL for personal access tokens.
import type { Db } from "../../platform/db/database.ts";
import type { IdentityTables } from "./tables.ts";

const q = (db: Db) => db.withTables<IdentityTables>();

export async function insertApiToken(
  db: Db,
  t: {
    id: string;
    accountId: string;
    name: string;
    tokenHash: string;
    now: Date;
    expiresAt: Date;
    readOnly: boolean;
  },
) {
  await q(db)
    .insertInto("api_tokens")
    .values({
      id: t.id,
      account_id: t.accountId,
      name: t.name,
      token_hash: t.tokenHash,
      created_at: t.now,
      expires_at: t.expiresAt,
      read_only: t.readOnly,
    })
    .execute();
}

/** A token that may be used now: not revoked and not expired. */
export async function findLiveToken(db: Db, tokenHash: string, now: Date) {
  return q(db)
    .selectFrom("api_tokens")
    .select(["id", "account_id", "last_used_at", "read_only"])
    .where("token_hash", "=", tokenHash)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirst();
}

export async function markTokenUsed(db: Db, id: string, now: Date) {
  await q(db).updateTable("api_tokens").set({ last_used_at: now }).where("id", "=", id).execute();
}

/** The account's tokens that are not revoked, expired ones included (the page says they expired). */
export async function listAccountTokens(db: Db, accountId: string) {
  return q(db)
    .selectFrom("api_tokens")
    .select(["id", "name", "created_at", "last_used_at", "expires_at", "read_only"])
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

/** Revokes every token of the account still open; answers how many. */
export async function revokeAccountTokens(db: Db, accountId: string, now: Date): Promise<number> {
  const r = await q(db)
    .updateTable("api_tokens")
    .set({ revoked_at: now })
    .where("account_id", "=", accountId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
