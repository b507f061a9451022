// SQL for accounts.
import { type Selectable, sql } from "kysely";
import type { Db } from "../../platform/db/database.ts";
import type { IdentityTables } from "./tables.ts";

const q = (db: Db) => db.withTables<IdentityTables>();

export type AccountRow = Selectable<IdentityTables["accounts"]>;

export async function insertAccount(
  db: Db,
  a: {
    id: string;
    email: string;
    name: string;
    passwordHash: string | null;
    language: string;
    emailVerifiedAt: Date | null;
    isAdmin?: boolean;
  },
): Promise<void> {
  await q(db)
    .insertInto("accounts")
    .values({
      id: a.id,
      email: a.email,
      name: a.name,
      password_hash: a.passwordHash,
      language: a.language,
      email_verified_at: a.emailVerifiedAt,
      is_admin: a.isAdmin ?? false,
    })
    .execute();
}

export async function findAccountByEmail(db: Db, email: string) {
  return q(db)
    .selectFrom("accounts")
    .selectAll()
    .where(sql`lower(email)`, "=", email.toLowerCase())
    .executeTakeFirst();
}

export async function findAccountById(db: Db, id: string) {
  return q(db).selectFrom("accounts").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function countAccounts(db: Db): Promise<number> {
  const r = await q(db)
    .selectFrom("accounts")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Contact details of several accounts at once (notifications). */
export const findAccountsByIds = (db: Db, ids: readonly string[]) =>
  ids.length
    ? q(db)
        .selectFrom("accounts")
        .select(["id", "email", "name", "language", "time_zone"])
        .where("id", "in", [...ids])
        .execute()
    : Promise.resolve([]);

export async function updateTimeZone(db: Db, id: string, timeZone: string | null): Promise<void> {
  await q(db).updateTable("accounts").set({ time_zone: timeZone }).where("id", "=", id).execute();
}
