// SQL for networks and their members.
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { Db } from "../../platform/db/database.ts";
import type { IdentityTables, NetworkOrganisationStatus, NetworkRole } from "./tables.ts";

const q = (db: Db) => db.withTables<IdentityTables>();

export async function listNetworksWithCounts(db: Db) {
  return (
    q(db)
      .selectFrom("networks")
      // Only accepted members count; a request waiting for the organisation's manager does not.
      .leftJoin("network_organisations", (join) =>
        join
          .onRef("network_organisations.network_id", "=", "networks.id")
          .on("network_organisations.status", "=", "accepted"),
      )
      .select((eb) => [
        "networks.id",
        "networks.slug",
        "networks.name",
        "networks.description",
        eb.fn.count<number>("network_organisations.organisation_id").as("organisation_count"),
      ])
      .groupBy("networks.id")
      .orderBy("networks.name")
      .execute()
  );
}

export async function insertNetwork(
  db: Db,
  n: { id: string; slug: string; name: string; description: string | null; website: string | null },
) {
  await q(db).insertInto("networks").values(n).execute();
}

/**
 * Links an organisation to a network: `pending` for a coordinator's request (the organisation's
 * manager must accept), `accepted` only where nobody else has a say (demo data, organisations a
 * network's own import creates). An existing link is left as it is. True when a row was written.
 */
export async function addNetworkOrganisation(
  db: Db,
  networkId: string,
  organisationId: string,
  status: NetworkOrganisationStatus,
): Promise<boolean> {
  const r = await q(db)
    .insertInto("network_organisations")
    .values({ network_id: networkId, organisation_id: organisationId, status })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Turns a pending request into membership; false when there was no pending request. */
export async function acceptNetworkOrganisation(
  db: Db,
  networkId: string,
  organisationId: string,
  now: Date,
) {
  const r = await q(db)
    .updateTable("network_organisations")
    .set({ status: "accepted", responded_at: now })
    .where("network_id", "=", networkId)
    .where("organisation_id", "=", organisationId)
    .where("status", "=", "pending")
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Drops a pending request (declined by the manager); false when there was none. */
export async function deletePendingNetworkOrganisation(db: Db, networkId: string, organisationId: string) {
  const r = await q(db)
    .deleteFrom("network_organisations")
    .where("network_id", "=", networkId)
    .where("organisation_id", "=", organisationId)
    .where("status", "=", "pending")
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Organisations a network has asked to join and that have not answered yet. */
export async function pendingNetworkOrganisations(db: Db, networkId: string) {
  return q(db)
    .selectFrom("network_organisations")
    .innerJoin("organisations", "organisations.id", "network_organisations.organisation_id")
    .select(["organisations.id", "organisations.slug", "organisations.name"])
    .where("network_organisations.network_id", "=", networkId)
    .where("network_organisations.status", "=", "pending")
    .orderBy("organisations.name")
    .execute();
}

/** Networks waiting for an organisation's answer, for its manager. */
export async function pendingNetworksOfOrganisation(db: Db, organisationId: string) {
  return q(db)
    .selectFrom("network_organisations")
    .innerJoin("networks", "networks.id", "network_organisations.network_id")
    .select(["networks.id", "networks.slug", "networks.name"])
    .where("network_organisations.organisation_id", "=", organisationId)
    .where("network_organisations.status", "=", "pending")
    .orderBy("networks.name")
    .execute();
}

export async function addNetworkRole(db: Db, networkId: string, accountId: string, role: NetworkRole) {
  await q(db)
    .insertInto("network_members")
    .values({ network_id: networkId, account_id: accountId, role })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function countNetworks(db: Db): Promise<number> {
  const r = await q(db)
    .selectFrom("networks")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function findNetworkBySlug(db: Db, slug: string) {
  return q(db).selectFrom("networks").selectAll().where("slug", "=", slug).executeTakeFirst();
}

export async function findNetworkById(db: Db, id: string) {
  return q(db).selectFrom("networks").selectAll().where("id", "=", id).executeTakeFirst();
}

const ORGANISATION_COLUMNS = [
  "organisations.id",
  "organisations.slug",
  "organisations.name",
  "organisations.type",
  "organisations.country",
  "organisations.city",
  "organisations.is_pa",
] as const;

/**
 * A network's page in one statement: the network, its organisations and (when asked) its people with
 * their roles, as JSON arrays in the same order as networkOrganisations and networkPeople. On
 * PostgreSQL each round trip costs more than these rows; three queries per page view were most of
 * its cost. The caller still decides with the policy whether the people are shown.
 */
export async function networkPageBySlug(db: Db, slug: string, withPeople: boolean) {
  const row = await q(db)
    .selectFrom("networks")
    .selectAll("networks")
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom("network_organisations")
          .innerJoin("organisations", "organisations.id", "network_organisations.organisation_id")
          .select(ORGANISATION_COLUMNS)
          .whereRef("network_organisations.network_id", "=", "networks.id")
          .where("network_organisations.status", "=", "accepted")
          .orderBy("organisations.name"),
      ).as("organisations"),
      jsonArrayFrom(
        eb
          .selectFrom("network_members")
          .innerJoin("accounts", "accounts.id", "network_members.account_id")
          .select(["accounts.id", "accounts.name", "network_members.role"])
          .whereRef("network_members.network_id", "=", "networks.id")
          // No rows at all when the people are not wanted: the subquery stays, its result is empty.
          .where(eb.val(withPeople), "=", true)
          .orderBy("accounts.name")
          .orderBy("accounts.id"),
      ).as("people"),
    ])
    .where("networks.slug", "=", slug)
    .executeTakeFirst();
  if (!row) return undefined;
  const { organisations, people, ...network } = row;
  return { network, organisations, people };
}

export async function networkOrganisations(db: Db, networkId: string) {
  return q(db)
    .selectFrom("network_organisations")
    .innerJoin("organisations", "organisations.id", "network_organisations.organisation_id")
    .select(ORGANISATION_COLUMNS)
    .where("network_organisations.network_id", "=", networkId)
    .where("network_organisations.status", "=", "accepted")
    .orderBy("organisations.name")
    .execute();
}

export async function removeNetworkOrganisation(db: Db, networkId: string, organisationId: string) {
  const r = await q(db)
    .deleteFrom("network_organisations")
    .where("network_id", "=", networkId)
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** People of a network with all their roles (one row per role). */
export async function networkPeople(db: Db, networkId: string) {
  return q(db)
    .selectFrom("network_members")
    .innerJoin("accounts", "accounts.id", "network_members.account_id")
    .select(["accounts.id", "accounts.name", "network_members.role"])
    .where("network_members.network_id", "=", networkId)
    .orderBy("accounts.name")
    .orderBy("accounts.id")
    .execute();
}

export async function rolesOf(db: Db, networkId: string, accountId: string): Promise<NetworkRole[]> {
  const rows = await q(db)
    .selectFrom("network_members")
    .select("role")
    .where("network_id", "=", networkId)
    .where("account_id", "=", accountId)
    .execute();
  return rows.map((r) => r.role);
}

export async function countRole(db: Db, networkId: string, role: NetworkRole): Promise<number> {
  const r = await q(db)
    .selectFrom("network_members")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("network_id", "=", networkId)
    .where("role", "=", role)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function removeNetworkRoles(
  db: Db,
  networkId: string,
  accountId: string,
  roles?: NetworkRole[],
) {
  let qb = q(db)
    .deleteFrom("network_members")
    .where("network_id", "=", networkId)
    .where("account_id", "=", accountId);
  if (roles) {
    if (!roles.length) return;
    qb = qb.where("role", "in", roles);
  }
  await qb.execute();
}

export async function networkSlugTaken(db: Db, slug: string): Promise<boolean> {
  const r = await q(db).selectFrom("networks").select("id").where("slug", "=", slug).executeTakeFirst();
  return Boolean(r);
}

/**
 * Where to write to the people who moderate a network's content: its coordinators, or the platform
 * admins (networkId null). Confirmed addresses only.
 */
export async function moderatorRows(db: Db, networkId: string | null) {
  let query = q(db)
    .selectFrom("accounts")
    .select(["accounts.id", "accounts.email", "accounts.name", "accounts.language"])
    .where("accounts.email_verified_at", "is not", null);
  query =
    networkId === null
      ? query.where("accounts.is_admin", "=", true)
      : query.where((eb) =>
          eb.exists(
            eb
              .selectFrom("network_members")
              .select("network_members.account_id")
              .whereRef("network_members.account_id", "=", "accounts.id")
              .where("network_members.network_id", "=", networkId)
              .where("network_members.role", "=", "coordinator"),
          ),
        );
  return query.orderBy("accounts.id").limit(200).execute();
}
