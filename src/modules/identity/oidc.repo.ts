// SQL for OpenID Connect sign-in: an account signed in through a provider that vouches for its
// email has that email verified.
import type { Db } from "../../platform/db/database.ts";
import type { IdentityTables } from "./tables.ts";

export async function markEmailVerified(db: Db, accountId: string, now: Date): Promise<void> {
  await db
    .withTables<IdentityTables>()
    .updateTable("accounts")
    .set({ email_verified_at: now, updated_at: now })
    .where("id", "=", accountId)
    .where("email_verified_at", "is", null)
    .execute();
}
