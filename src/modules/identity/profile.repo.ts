// SQL for the account pages: profile, password, email address, and ending sessions.
import type { Db } from "../../platform/db/database.ts";
import type { IdentityTables } from "./tables.ts";

const q = (db: Db) => db.withTables<IdentityTables>();

/** PostgreSQL's unique_violation (two sign-ups or email changes to one address at once). */
export const isUniqueViolation = (err: unknown): boolean =>
  typeof err === "object" && err !== null && (err as { code?: unknown }).code === "23505";

export async function setEmailVerified(db: Db, accountId: string, now: Date): Promise<void> {
  await q(db)
    .updateTable("accounts")
    .set({ email_verified_at: now, updated_at: now })
    .where("id", "=", accountId)
    .where("email_verified_at", "is", null)
    .execute();
}

export async function setPasswordHash(db: Db, accountId: string, hash: string, now: Date): Promise<void> {
  await q(db)
    .updateTable("accounts")
    .set({ password_hash: hash, updated_at: now })
    .where("id", "=", accountId)
    .execute();
}

export async function setEmail(db: Db, accountId: string, email: string, now: Date): Promise<void> {
  await q(db)
    .updateTable("accounts")
    .set({ email, email_verified_at: now, updated_at: now })
    .where("id", "=", accountId)
    .execute();
}

export async function updateProfileRow(
  db: Db,
  accountId: string,
  p: {
    name: string;
    language: string;
    spokenLanguages: string[];
    photoKey: string | null;
    photoAlt: string | null;
    now: Date;
  },
): Promise<void> {
  await q(db)
    .updateTable("accounts")
    .set({
      name: p.name,
      language: p.language,
      spoken_languages: p.spokenLanguages,
      photo_key: p.photoKey,
      photo_alt: p.photoAlt,
      updated_at: p.now,
    })
    .where("id", "=", accountId)
    .execute();
}

export async function deleteSessionsExcept(db: Db, accountId: string, keepId: string | null): Promise<void> {
  let del = q(db).deleteFrom("sessions").where("account_id", "=", accountId);
  if (keepId) del = del.where("id", "!=", keepId);
  await del.execute();
}

/** Whether a photo key belongs to an account (photos are served only while in use). */
export async function photoInUse(db: Db, key: string): Promise<boolean> {
  const row = await q(db).selectFrom("accounts").select("id").where("photo_key", "=", key).executeTakeFirst();
  return Boolean(row);
}

/** Every account with a photo (for their one-off re-processing through the image pipeline). */
export const accountsWithPhotos = (db: Db) =>
  q(db).selectFrom("accounts").select(["id", "photo_key"]).where("photo_key", "is not", null).execute();

export async function pointPhotoAt(db: Db, accountId: string, key: string): Promise<void> {
  await q(db).updateTable("accounts").set({ photo_key: key }).where("id", "=", accountId).execute();
}
