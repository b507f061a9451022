// Networks: listing, reading and creating. Managing members and invitations lives in members.service.ts
// and invitations.service.ts.
import { conflict, forbidden, notFound } from "../../platform/errors.ts";
import type { Deps } from "../../platform/http/context.ts";
import { newId, slugify } from "../../platform/ids.ts";
import { audit } from "./audit.service.ts";
import {
  findNetworkById,
  findNetworkBySlug,
  insertNetwork,
  listNetworksWithCounts,
  networkOrganisations,
  networkPeople,
  networkSlugTaken,
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

export async function listNetworks(deps: Deps): Promise<NetworkSummary[]> {
  const rows = await listNetworksWithCounts(deps.db);
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
  if (!UUID.test(id)) throw notFound();
  const n = await findNetworkById(deps.db, id);
  if (!n) throw notFound();
  return n;
}

/** Network or organisation reference in a filter: an id (UUID) or a slug. */
export async function networkByIdOrSlug(deps: Deps, ref: string): Promise<Network | undefined> {
  return UUID.test(ref) ? findNetworkById(deps.db, ref) : findNetworkBySlug(deps.db, ref);
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const memberOrganisations = (deps: Deps, networkId: string) =>
  networkOrganisations(deps.db, networkId);

export type NetworkPerson = { id: string; name: string; roles: NetworkRole[] };

/** People with their roles. Callers show them only when can(actor, view-members) says so. */
export async function networkPeopleWithRoles(deps: Deps, networkId: string): Promise<NetworkPerson[]> {
  const rows = await networkPeople(deps.db, networkId);
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
