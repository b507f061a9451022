// SQL for the platform admin pages: accounts and their admin flag.
import type { Db } from "../../platform/db/database.ts";
import type { IdentityTables } from "./tables.ts";

const q = (db: Db) => db.withTables<IdentityTables>();

export async function listAccounts(db: Db, page: { limit: number; offset: number }) {
  const [rows, count] = await Promise.all([
    q(db)
      .selectFrom("accounts")
      .select(["id", "name", "email", "is_admin", "email_verified_at", "created_at"])
      .orderBy("name")
      .orderBy("id")
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    q(db)
      .selectFrom("accounts")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function setAdminFlag(db: Db, accountId: string, isAdmin: boolean, now: Date): Promise<boolean> {
  const r = await q(db)
    .updateTable("accounts")
    .set({ is_admin: isAdmin, updated_at: now })
    .where("id", "=", accountId)
    .where("is_admin", "=", !isAdmin)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
