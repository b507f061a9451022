// The SQL of conferences' home-page section: a person's registrations to conferences not yet over.
import type { Db } from "../../platform/db/database.ts";
import type { ConferenceTables } from "./tables.ts";

const q = (db: Db) => db.withTables<ConferenceTables>();

/** Registrations made with the address `emailKey` (lowercase) to conferences ending on or after `today`. */
export const registrationsOfAddress = (db: Db, emailKey: string, today: string) =>
  q(db)
    .selectFrom("conference_registrations as r")
    .innerJoin("conferences as c", "c.id", "r.conference_id")
    .selectAll("c")
    .select(["r.id as registration_id", "r.status as registration_status"])
    .where("r.email_key", "=", emailKey)
    .where("c.ends_on", ">=", today)
    .orderBy("c.starts_on", "asc")
    .limit(5)
    .execute();
