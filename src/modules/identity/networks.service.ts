// Networks: listing, reading and creating. Managing members and invitations lives in members.service.ts
// and invitations.service.ts.

import type { Deps } from "../../platform/deps.ts";
import { conflict, forbidden, notFound } from "../../platform/errors.ts";
import { untilNextWrite } from "../../platform/http/render-cache.ts";
import { isUuid, newId, slugify } from "../../platform/ids.ts";
import { audit } from "./audit.service.ts";
import {
  findNetworkById,
  findNetworkBySlug,
  insertNetwork,
  listNetworksWithCounts,
  networkOrganisations,
  networkPageBySlug,
  networkPeople,
  networkSlugTaken,
  pendingNetworkOrganisations,
} from "./networks.repo.ts";
import { type Actor, can } from "./policy.ts";
import { NETWORK_ROLES, type NetworkRole } from "./tables.ts";

export type NetworkSummary = {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  organisationCount: number;
};

// Public network rows read on most page views (the home page, every network page) are remembered
// until the next write, or 2 s for writes by other processes: the rule of the anonymous render cache
// and of the session (render-cache.ts). Signed-in views then cost no round trip to the database for
// them; what each person may see is still decided per request, by the policy. Callers must not
// mutate what these return.
const rememberedList = untilNextWrite((deps: Deps, _key: string) => listNetworksWithCounts(deps.db), {
  maxEntries: 10,
});
const rememberedPage = untilNextWrite(
  (deps: Deps, key: string) => networkPageBySlug(deps.db, key.slice(2), key.startsWith("1")),
  { maxEntries: 1000 },
);

export async function listNetworks(deps: Deps): Promise<NetworkSummary[]> {
  const rows = await rememberedList(deps, "all");
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    description: r.description,
    organisationCount: Number(r.organisation_count),
  }));
}

export type Network = NonNullable<Awaited<ReturnType<typeof findNetworkBySlug>>>;

export async function networkBySlug(deps: Deps, slug: string): Promise<Network> {
  const n = await findNetworkBySlug(deps.db, slug);
  if (!n) throw notFound();
  return n;
}

export async function networkById(deps: Deps, id: string): Promise<Network> {
  if (!isUuid(id)) throw notFound();
  const n = await findNetworkById(deps.db, id);
  if (!n) throw notFound();
  return n;
}

/** Network or organisation reference in a filter: an id (UUID) or a slug. */
export async function networkByIdOrSlug(deps: Deps, ref: string): Promise<Network | undefined> {
  return isUuid(ref) ? findNetworkById(deps.db, ref) : findNetworkBySlug(deps.db, ref);
}

/** Organisations that are members (their manager accepted the network's request). */
export const memberOrganisations = (deps: Deps, networkId: string) =>
  networkOrganisations(deps.db, networkId);

/** Organisations the network asked to join that have not answered yet. */
export const organisationsAskedToJoin = (deps: Deps, networkId: string) =>
  pendingNetworkOrganisations(deps.db, networkId);

export type NetworkPerson = { id: string; name: string; roles: NetworkRole[] };

/** People with their roles. Callers show them only when can(actor, view-members) says so. */
export async function networkPeopleWithRoles(deps: Deps, networkId: string): Promise<NetworkPerson[]> {
  return withRoles(await networkPeople(deps.db, networkId));
}

/** One person per account, with their roles in the order of NETWORK_ROLES (rows: one per role). */
function withRoles(rows: readonly { id: string; name: string; role: NetworkRole }[]): NetworkPerson[] {
  const byId = new Map<string, NetworkPerson>();
  for (const r of rows) {
    const p = byId.get(r.id) ?? { id: r.id, name: r.name, roles: [] };
    p.roles.push(r.role);
    byId.set(r.id, p);
  }
  const order = (r: NetworkRole) => NETWORK_ROLES.indexOf(r);
  for (const p of byId.values()) p.roles.sort((a, b) => order(a) - order(b));
  return [...byId.values()];
}

export type NetworkPageData = {
  network: Network;
  organisations: Awaited<ReturnType<typeof memberOrganisations>>;
  /** Null unless the actor may see the network's people (can view-members). */
  people: NetworkPerson[] | null;
};

/**
 * Everything a network's page shows, in one query. The people are fetched only for someone who may
 * see the people of some network (a member anywhere, or an admin) and kept only if the policy lets
 * this actor see this network's: the policy decides, the query only avoids work for visitors.
 */
export async function networkPageData(
  deps: Deps,
  slug: string,
  actor: Actor | null,
): Promise<NetworkPageData> {
  const mayWantPeople = Boolean(actor && (actor.isAdmin || Object.keys(actor.networkRoles).length > 0));
  const found = await rememberedPage(deps, `${mayWantPeople ? 1 : 0} ${slug}`);
  if (!found) throw notFound();
  const seesPeople = can(actor, { action: "view-members", networkId: found.network.id });
  return {
    network: found.network,
    organisations: found.organisations,
    people: seesPeople ? withRoles(found.people) : null,
  };
}

export type NewNetwork = {
  name: string;
  slug?: string | undefined;
  description?: string | undefined;
  website?: string | undefined;
};

export async function createNetwork(deps: Deps, actor: Actor, input: NewNetwork) {
  if (!can(actor, { action: "create-network" })) throw forbidden();
  const slug = input.slug?.trim() || slugify(input.name);
  if (await networkSlugTaken(deps.db, slug)) throw conflict("identity.admin.slugTaken", "slug-taken");
  const id = newId();
  await deps.db.transaction().execute(async (trx) => {
    await insertNetwork(trx, {
      id,
      slug,
      name: input.name.trim(),
      description: input.description?.trim() || null,
      website: input.website?.trim() || null,
    });
    await audit(trx, {
      actorId: actor.id,
      action: "network.created",
      networkId: id,
      details: { name: input.name.trim(), slug },
      at: deps.clock.now(),
    });
  });
  return { id, slug };
}
