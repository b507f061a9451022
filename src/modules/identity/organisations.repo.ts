// SQL for organisations and who belongs to them.
import type { Selectable } from "kysely";
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

export type OrganisationRow = Selectable<IdentityTables["organisations"]>;

export type OrganisationFilter = { type?: OrganisationType; country?: string; networkId?: string };

function filtered(db: Db, f: OrganisationFilter) {
  let qb = q(db).selectFrom("organisations");
  if (f.type) qb = qb.where("organisations.type", "=", f.type);
  if (f.country) qb = qb.where("organisations.country", "=", f.country);
  if (f.networkId) {
    const networkId = f.networkId;
    qb = qb.where((eb) =>
      eb.exists(
        eb
          .selectFrom("network_organisations")
          .select("network_organisations.organisation_id")
          .whereRef("network_organisations.organisation_id", "=", "organisations.id")
          .where("network_organisations.network_id", "=", networkId),
      ),
    );
  }
  return qb;
}

export async function listOrganisations(
  db: Db,
  f: OrganisationFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: OrganisationRow[]; total: number }> {
  const [rows, count] = await Promise.all([
    filtered(db, f)
      .selectAll("organisations")
      .orderBy("organisations.name")
      .orderBy("organisations.id")
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    filtered(db, f)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Countries that have at least one organisation, for the list filter. */
export async function listOrganisationCountries(db: Db): Promise<string[]> {
  const rows = await q(db)
    .selectFrom("organisations")
    .select("country")
    .distinct()
    .orderBy("country")
    .execute();
  return rows.map((r) => r.country);
}

export async function findOrganisationBySlug(db: Db, slug: string) {
  return q(db).selectFrom("organisations").selectAll().where("slug", "=", slug).executeTakeFirst();
}

export async function findOrganisationById(db: Db, id: string) {
  return q(db).selectFrom("organisations").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Every organisation's name and what a match shows of it (matching a typed name: organisations.match.ts). */
export async function organisationNames(db: Db) {
  return q(db)
    .selectFrom("organisations")
    .select(["id", "slug", "name", "type", "country", "city"])
    .orderBy("name")
    .execute();
}

/** The slugs in use that are `base` or start with `base-` (for platform/ids.ts firstFreeSlug). */
export async function organisationSlugsStartingWith(db: Db, base: string): Promise<string[]> {
  const rows = await q(db)
    .selectFrom("organisations")
    .select("slug")
    .where((eb) => eb.or([eb("slug", "=", base), eb("slug", "like", `${base.replace(/[\\%_]/g, "\\$&")}-%`)]))
    .execute();
  return rows.map((r) => r.slug);
}

export async function updateOrganisation(
  db: Db,
  id: string,
  // The editable columns, as the table declares them.
  o: Pick<
    Selectable<IdentityTables["organisations"]>,
    "name" | "type" | "country" | "city" | "website" | "description" | "logo_key" | "logo_alt"
  > & { updated_at: Date },
) {
  await q(db).updateTable("organisations").set(o).where("id", "=", id).execute();
}

export async function setOrganisationPa(db: Db, id: string, isPa: boolean, now: Date) {
  await q(db)
    .updateTable("organisations")
    .set({ is_pa: isPa, updated_at: now })
    .where("id", "=", id)
    .execute();
}

/** Networks an organisation belongs to, by name. */
export async function networksOfOrganisations(db: Db, organisationIds: readonly string[]) {
  if (!organisationIds.length) return [];
  return q(db)
    .selectFrom("network_organisations")
    .innerJoin("networks", "networks.id", "network_organisations.network_id")
    .select(["network_organisations.organisation_id", "networks.id", "networks.slug", "networks.name"])
    .where("network_organisations.organisation_id", "in", organisationIds)
    .where("network_organisations.status", "=", "accepted")
    .orderBy("networks.name")
    .execute();
}

export async function listOrganisationMembers(db: Db, organisationId: string) {
  return q(db)
    .selectFrom("organisation_members")
    .innerJoin("accounts", "accounts.id", "organisation_members.account_id")
    .select([
      "accounts.id",
      "accounts.name",
      "organisation_members.role",
      "organisation_members.status",
      "organisation_members.created_at",
    ])
    .where("organisation_members.organisation_id", "=", organisationId)
    .orderBy("accounts.name")
    .execute();
}

export async function findOrganisationMember(db: Db, organisationId: string, accountId: string) {
  return q(db)
    .selectFrom("organisation_members")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("account_id", "=", accountId)
    .executeTakeFirst();
}

/** Adds a pending request unless the person is already there (pending or confirmed). */
export async function insertJoinRequest(db: Db, organisationId: string, accountId: string): Promise<boolean> {
  const r = await q(db)
    .insertInto("organisation_members")
    .values({ organisation_id: organisationId, account_id: accountId, role: "member", status: "pending" })
    .onConflict((oc) => oc.columns(["organisation_id", "account_id"]).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function confirmOrganisationMember(db: Db, organisationId: string, accountId: string) {
  const r = await q(db)
    .updateTable("organisation_members")
    .set({ status: "confirmed" })
    .where("organisation_id", "=", organisationId)
    .where("account_id", "=", accountId)
    .where("status", "=", "pending")
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function deletePendingOrganisationMember(db: Db, organisationId: string, accountId: string) {
  const r = await q(db)
    .deleteFrom("organisation_members")
    .where("organisation_id", "=", organisationId)
    .where("account_id", "=", accountId)
    .where("status", "=", "pending")
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Organisations not in a network nor asked to join it, for a coordinator's "add organisation" choice. */
export async function organisationsOutsideNetwork(db: Db, networkId: string) {
  return q(db)
    .selectFrom("organisations")
    .select(["id", "name", "slug"])
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("network_organisations")
            .select("network_organisations.organisation_id")
            .whereRef("network_organisations.organisation_id", "=", "organisations.id")
            .where("network_organisations.network_id", "=", networkId),
        ),
      ),
    )
    .orderBy("name")
    .execute();
}

/** Every organisation with a logo (for their one-off re-processing through the image pipeline). */
export const organisationsWithLogos = (db: Db) =>
  q(db).selectFrom("organisations").select(["id", "logo_key"]).where("logo_key", "is not", null).execute();

export async function pointLogoAt(db: Db, organisationId: string, key: string): Promise<void> {
  await q(db).updateTable("organisations").set({ logo_key: key }).where("id", "=", organisationId).execute();
}

/**
 * For the organisations given (those a person manages): how many people ask to join each, and how
 * many networks ask each to join them. Only organisations with something waiting come back.
 */
export async function requestsWaiting(db: Db, organisationIds: readonly string[]) {
  if (!organisationIds.length) return [];
  const rows = await q(db)
    .selectFrom("organisations as o")
    .select((eb) => [
      "o.slug",
      "o.name",
      eb
        .selectFrom("organisation_members as m")
        .whereRef("m.organisation_id", "=", "o.id")
        .where("m.status", "=", "pending")
        .select(eb.fn.countAll<string>().as("n"))
        .as("people"),
      eb
        .selectFrom("network_organisations as n")
        .whereRef("n.organisation_id", "=", "o.id")
        .where("n.status", "=", "pending")
        .select(eb.fn.countAll<string>().as("n"))
        .as("networks"),
    ])
    .where("o.id", "in", organisationIds)
    .orderBy("o.name")
    .execute();
  return rows
    .map((r) => ({
      slug: r.slug,
      name: r.name,
      people: Number(r.people ?? 0),
      networks: Number(r.networks ?? 0),
    }))
    .filter((r) => r.people + r.networks > 0);
}
