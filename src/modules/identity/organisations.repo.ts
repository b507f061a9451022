// SQL for organisations and who belongs to them.
import type { Db } from "../../platform/db/database.ts";
import type { IdentityTables, OrganisationRole, OrganisationType } from "./tables.ts";

const q = (db: Db) => db.withTables<IdentityTables>();

export type NewOrganisationRow = {
  id: string;
  slug: string;
  name: string;
  type: OrganisationType;
  country: string;
  city: string | null;
  website: string | null;
  description: string | null;
  is_pa: boolean;
};

export async function insertOrganisation(db: Db, o: NewOrganisationRow) {
  await q(db).insertInto("organisations").values(o).execute();
}

export async function addOrganisationMember(
  db: Db,
  m: { organisationId: string; accountId: string; role: OrganisationRole; status: "pending" | "confirmed" },
) {
  await q(db)
    .insertInto("organisation_members")
    .values({ organisation_id: m.organisationId, account_id: m.accountId, role: m.role, status: m.status })
    .onConflict((oc) =>
      oc.columns(["organisation_id", "account_id"]).doUpdateSet({ role: m.role, status: m.status }),
    )
    .execute();
}
