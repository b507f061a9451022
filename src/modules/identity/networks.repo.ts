// SQL for networks and their members.
import type { Db } from "../../platform/db/database.ts";
import type { IdentityTables } from "./tables.ts";

const q = (db: Db) => db.withTables<IdentityTables>();

export async function listNetworksWithCounts(db: Db) {
  return q(db)
    .selectFrom("networks")
    .leftJoin("network_organisations", "network_organisations.network_id", "networks.id")
    .select((eb) => [
      "networks.id",
      "networks.slug",
      "networks.name",
      "networks.description",
      eb.fn.count<number>("network_organisations.organisation_id").as("organisation_count"),
    ])
    .groupBy("networks.id")
    .orderBy("networks.name")
    .execute();
}

export async function insertNetwork(
  db: Db,
  n: { id: string; slug: string; name: string; description: string | null; website: string | null },
) {
  await q(db).insertInto("networks").values(n).execute();
}

export async function addNetworkOrganisation(db: Db, networkId: string, organisationId: string) {
  await q(db)
    .insertInto("network_organisations")
    .values({ network_id: networkId, organisation_id: organisationId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function addNetworkRole(
  db: Db,
  networkId: string,
  accountId: string,
  role: import("./tables.ts").NetworkRole,
) {
  await q(db)
    .insertInto("network_members")
    .values({ network_id: networkId, account_id: accountId, role })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
