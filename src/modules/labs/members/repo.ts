// The only SQL for a lab's people and the organisations taking part in it. Invitations to a lab are
// identity's (members/lab-invitations.kind.ts).
import { sql } from "kysely";
import type { Db } from "../../../platform/db/database.ts";
import type { LabExtrasTables } from "../materials/tables.ts";
import type { LabsTables } from "../tables.ts";

const q = (db: Db) => db.withTables<LabsTables & LabExtrasTables>();

export async function addLabOrganisation(db: Db, labId: string, organisationId: string): Promise<void> {
  await q(db)
    .insertInto("lab_organisations")
    .values({ lab_id: labId, organisation_id: organisationId })
    .onConflict((oc) => oc.columns(["lab_id", "organisation_id"]).doNothing())
    .execute();
}

export async function labOrganisationIds(db: Db, labId: string): Promise<string[]> {
  const rows = await q(db)
    .selectFrom("lab_organisations")
    .select("organisation_id")
    .where("lab_id", "=", labId)
    .orderBy("created_at")
    .execute();
  return rows.map((r) => r.organisation_id);
}

/** Adds a person to the lab; an existing facilitator stays one. */
export async function addPersonToLab(
  db: Db,
  labId: string,
  accountId: string,
  role: "facilitator" | "member",
) {
  await q(db)
    .insertInto("lab_members")
    .values({ lab_id: labId, account_id: accountId, role })
    .onConflict((oc) =>
      oc
        .columns(["lab_id", "account_id"])
        .doUpdateSet(role === "facilitator" ? { role } : { role: sql`lab_members.role` }),
    )
    .execute();
}

/** Takes a person out of the lab; false when they were not in it. */
export async function removePersonFromLab(db: Db, labId: string, accountId: string): Promise<boolean> {
  const r = await q(db)
    .deleteFrom("lab_members")
    .where("lab_id", "=", labId)
    .where("account_id", "=", accountId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Takes an organisation out of the lab; false when it was not taking part. */
export async function removeLabOrganisation(db: Db, labId: string, organisationId: string): Promise<boolean> {
  const r = await q(db)
    .deleteFrom("lab_organisations")
    .where("lab_id", "=", labId)
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
