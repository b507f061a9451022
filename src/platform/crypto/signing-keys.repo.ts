// SQL for signing keys (signing-keys.ts): one row per key pair; at most one active per owner and
// purpose (a partial unique index), retired ones kept for verification.
import type { JsonWebKey } from "node:crypto";
import type { ColumnType } from "kysely";
import type { Db } from "../db/database.ts";

export type SigningKeyRow = {
  id: string;
  owner_type: string;
  owner_id: string;
  purpose: string;
  public_key: JsonWebKey;
  private_key_sealed: string;
  created_at: Date;
  retired_at: Date | null;
};

// jsonb: written as its JSON text, read back as the object.
type Tables = {
  signing_keys: Omit<SigningKeyRow, "public_key"> & { public_key: ColumnType<JsonWebKey, string, never> };
};

export type OwnerPurpose = { ownerType: string; ownerId: string; purpose: string };

export async function insertSigningKey(db: Db, row: SigningKeyRow): Promise<void> {
  await db
    .withTables<Tables>()
    .insertInto("signing_keys")
    .values({ ...row, public_key: JSON.stringify(row.public_key) })
    .execute();
}

/** Retires the owner's active key for the purpose, if any; answers how many (0 or 1). */
export async function retireActiveKey(db: Db, o: OwnerPurpose, at: Date): Promise<number> {
  const result = await db
    .withTables<Tables>()
    .updateTable("signing_keys")
    .set({ retired_at: at })
    .where("owner_type", "=", o.ownerType)
    .where("owner_id", "=", o.ownerId)
    .where("purpose", "=", o.purpose)
    .where("retired_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Retires one key by id; false when there is none or it was retired already. */
export async function retireKeyById(db: Db, id: string, at: Date): Promise<boolean> {
  const result = await db
    .withTables<Tables>()
    .updateTable("signing_keys")
    .set({ retired_at: at })
    .where("id", "=", id)
    .where("retired_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findActiveKey(db: Db, o: OwnerPurpose): Promise<SigningKeyRow | undefined> {
  return db
    .withTables<Tables>()
    .selectFrom("signing_keys")
    .selectAll()
    .where("owner_type", "=", o.ownerType)
    .where("owner_id", "=", o.ownerId)
    .where("purpose", "=", o.purpose)
    .where("retired_at", "is", null)
    .executeTakeFirst();
}

/** Every key of the owner for the purpose, retired ones too, newest first (no private keys). */
export async function listKeys(
  db: Db,
  o: OwnerPurpose,
): Promise<Omit<SigningKeyRow, "private_key_sealed">[]> {
  return db
    .withTables<Tables>()
    .selectFrom("signing_keys")
    .select(["id", "owner_type", "owner_id", "purpose", "public_key", "created_at", "retired_at"])
    .where("owner_type", "=", o.ownerType)
    .where("owner_id", "=", o.ownerId)
    .where("purpose", "=", o.purpose)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .execute();
}
