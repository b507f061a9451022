// SQL for single-use links sent by email (auth_tokens). Only the token's hash is stored.
import type { Db } from "../../platform/db/database.ts";
import type { IdentityTables } from "./tables.ts";

const q = (db: Db) => db.withTables<IdentityTables>();

export type AuthPurpose = IdentityTables["auth_tokens"]["purpose"];

export async function insertAuthToken(
  db: Db,
  t: { id: string; purpose: AuthPurpose; accountId: string; email: string; now: Date; expiresAt: Date },
): Promise<void> {
  await q(db)
    .insertInto("auth_tokens")
    .values({
      id: t.id,
      purpose: t.purpose,
      account_id: t.accountId,
      email: t.email,
      created_at: t.now,
      expires_at: t.expiresAt,
    })
    .execute();
}

export async function findAuthToken(db: Db, id: string, purpose: AuthPurpose) {
  return q(db)
    .selectFrom("auth_tokens")
    .select(["id", "account_id", "email", "expires_at", "used_at"])
    .where("id", "=", id)
    .where("purpose", "=", purpose)
    .executeTakeFirst();
}

/**
 * Marks a token used if it is still unused and unexpired, in one statement, so two clicks racing
 * each other cannot both succeed. Returns the token's row when this call used it.
 */
export async function useAuthToken(db: Db, id: string, purpose: AuthPurpose, now: Date) {
  return q(db)
    .updateTable("auth_tokens")
    .set({ used_at: now })
    .where("id", "=", id)
    .where("purpose", "=", purpose)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .returning(["account_id", "email"])
    .executeTakeFirst();
}

/** Retires the account's other open links of one purpose (a new reset link voids the older ones). */
export async function retireAuthTokens(db: Db, accountId: string, purpose: AuthPurpose, now: Date) {
  await q(db)
    .updateTable("auth_tokens")
    .set({ used_at: now })
    .where("account_id", "=", accountId)
    .where("purpose", "=", purpose)
    .where("used_at", "is", null)
    .execute();
}
