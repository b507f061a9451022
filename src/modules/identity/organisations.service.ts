// Organisations: listing, reading, creating and editing profiles, requests to join, and the
// public-administration flag (set only by platform admins: it counts in every network, decision 0012).

import { isCoordinatorOrAdmin } from "../../platform/auth/index.ts";
import type { Db } from "../../platform/db/database.ts";
import type { Deps } from "../../platform/deps.ts";
import { AppError, forbidden, notFound } from "../../platform/errors.ts";
import { firstFreeSlug, isUuid, newId } from "../../platform/ids.ts";
import { deleteImage, storeImage } from "../../platform/images/store.ts";
import { audit } from "./audit.service.ts";
import { addNetworkOrganisation, pendingNetworksOfOrganisation } from "./networks.repo.ts";

import { bestMatches } from "./organisations.match.ts";
import {
  addOrganisationMember,
  confirmOrganisationMember,
  deletePendingOrganisationMember,
  findOrganisationById,
  findOrganisationBySlug,
  findOrganisationMember,
  insertJoinRequest,
  insertOrganisation,
  listOrganisationCountries,
  listOrganisationMembers,
  listOrganisations,
  networksOfOrganisations,
  type OrganisationFilter,
  type OrganisationRow,
  organisationNames,
  organisationSlugsStartingWith,
  setOrganisationPa,
  updateOrganisation,
} from "./organisations.repo.ts";
import { type Actor, can } from "./policy.ts";
import type { OrganisationType } from "./tables.ts";

export const LOGO_MAX_BYTES = 1024 * 1024;

export type NetworkRef = { id: string; slug: string; name: string };
export type Organisation = OrganisationRow & { networks: NetworkRef[] };

export async function organisationList(
  deps: Deps,
  f: OrganisationFilter,
  page: { page: number; limit: number },
): Promise<{ items: Organisation[]; total: number }> {
  const { rows, total } = await listOrganisations(deps.db, f, {
    limit: page.limit,
    offset: (page.page - 1) * page.limit,
  });
  return { items: await withNetworks(deps, rows), total };
}

export const organisationCountries = (deps: Deps) => listOrganisationCountries(deps.db);

async function withNetworks(deps: Deps, rows: OrganisationRow[]): Promise<Organisation[]> {
  const links = await networksOfOrganisations(
    deps.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    ...r,
    networks: links
      .filter((l) => l.organisation_id === r.id)
      .map((l) => ({ id: l.id, slug: l.slug, name: l.name })),
  }));
}

export async function organisationBySlug(deps: Deps, slug: string): Promise<Organisation> {
  const row = await findOrganisationBySlug(deps.db, slug);
  if (!row) throw notFound();
  return (await withNetworks(deps, [row]))[0]!;
}

export async function organisationById(deps: Deps, id: string): Promise<Organisation> {
  if (!isUuid(id)) throw notFound();
  const row = await findOrganisationById(deps.db, id);
  if (!row) throw notFound();
  return (await withNetworks(deps, [row]))[0]!;
}

export const membershipOf = (deps: Deps, organisationId: string, accountId: string) =>
  findOrganisationMember(deps.db, organisationId, accountId);

export const organisationMembers = (deps: Deps, organisationId: string) =>
  listOrganisationMembers(deps.db, organisationId);

/** Networks that asked the organisation to join and wait for its manager's answer. */
export const networkRequests = (deps: Deps, organisationId: string) =>
  pendingNetworksOfOrganisation(deps.db, organisationId);

export type OrganisationInput = {
  name: string;
  type: OrganisationType;
  country: string;
  city?: string | undefined;
  website?: string | undefined;
  description?: string | undefined;
};

const blank = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/** The creator becomes its confirmed manager. The PA flag starts off: nobody declares it for themselves. */
export async function createOrganisation(deps: Deps, actor: Actor, input: OrganisationInput) {
  if (!can(actor, { action: "create-organisation" })) throw forbidden();
  const id = newId();
  const slug = await firstFreeSlug(input.name, "organisation", (base) =>
    organisationSlugsStartingWith(deps.db, base),
  );
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await insertOrganisation(trx, {
      id,
      slug,
      name: input.name.trim(),
      type: input.type,
      country: input.country,
      city: blank(input.city),
      website: blank(input.website),
      description: blank(input.description),
      is_pa: false,
    });
    await addOrganisationMember(trx, {
      organisationId: id,
      accountId: actor.id,
      role: "manager",
      status: "confirmed",
    });
    await audit(trx, {
      actorId: actor.id,
      action: "organisation.created",
      organisationId: id,
      subjectId: actor.id,
      details: { name: input.name.trim(), role: "manager" },
      at: now,
    });
  });
  return { id, slug };
}

export type LogoUpload = { bytes: Uint8Array } | null;

/**
 * Saves the profile. A new logo goes through the image pipeline (a metadata-free JPEG; its type
 * read from its bytes, its size checked) before anything is written; alt text is required whenever
 * the organisation has a logo.
 */
export async function updateOrganisationProfile(
  deps: Deps,
  actor: Actor,
  org: Organisation,
  input: OrganisationInput & { logoAlt?: string | undefined; removeLogo?: boolean },
  logo: LogoUpload,
) {
  if (!can(actor, { action: "edit-organisation", organisationId: org.id })) throw forbidden();
  let logoKey = input.removeLogo ? null : org.logo_key;
  let newKey: string | null = null;
  if (logo) {
    newKey = (await storeImage(deps.files, "logos", logo.bytes, { maxBytes: LOGO_MAX_BYTES })).key;
    logoKey = newKey;
  }
  await updateOrganisation(deps.db, org.id, {
    name: input.name.trim(),
    type: input.type,
    country: input.country,
    city: blank(input.city),
    website: blank(input.website),
    description: blank(input.description),
    logo_key: logoKey,
    logo_alt: logoKey ? blank(input.logoAlt) : null,
    updated_at: deps.clock.now(),
  });
  if (org.logo_key && org.logo_key !== logoKey) await deleteImage(deps.files, org.logo_key);
}

export class JoinError extends AppError {}

export async function requestToJoin(deps: Deps, actor: Actor, org: Organisation) {
  if (!can(actor, { action: "join-organisation", organisationId: org.id })) {
    throw new JoinError(409, "already-member", "identity.orgs.alreadyMember");
  }
  await deps.db.transaction().execute(async (trx) => {
    const added = await insertJoinRequest(trx, org.id, actor.id);
    if (!added) throw new JoinError(409, "already-requested", "identity.orgs.alreadyRequested");
    await audit(trx, {
      actorId: actor.id,
      action: "organisation.member-requested",
      organisationId: org.id,
      subjectId: actor.id,
      at: deps.clock.now(),
    });
  });
}

/** A manager (or admin) confirms or rejects a pending request; rejecting removes it. */
export async function decideJoinRequest(
  deps: Deps,
  actor: Actor,
  org: Organisation,
  accountId: string,
  decision: "confirm" | "reject",
) {
  if (!can(actor, { action: "confirm-organisation-member", organisationId: org.id })) throw forbidden();
  if (!isUuid(accountId)) throw notFound();
  await deps.db.transaction().execute(async (trx) => {
    const done =
      decision === "confirm"
        ? await confirmOrganisationMember(trx, org.id, accountId)
        : await deletePendingOrganisationMember(trx, org.id, accountId);
    if (!done) throw notFound("No pending request from this person.");
    await audit(trx, {
      actorId: actor.id,
      action: decision === "confirm" ? "organisation.member-confirmed" : "organisation.member-rejected",
      organisationId: org.id,
      subjectId: accountId,
      at: deps.clock.now(),
    });
  });
}

export async function setPaFlag(deps: Deps, actor: Actor, org: Organisation, isPa: boolean) {
  const networkIds = org.networks.map((n) => n.id);
  if (!can(actor, { action: "set-pa-flag", organisationId: org.id })) throw forbidden();
  if (org.is_pa === isPa) return;
  await deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    await setOrganisationPa(trx, org.id, isPa, now);
    // One row per network the organisation belongs to, so each network's coordinators see it.
    for (const networkId of networkIds.length ? networkIds : [null]) {
      await audit(trx, {
        actorId: actor.id,
        action: isPa ? "organisation.pa-flag-set" : "organisation.pa-flag-unset",
        organisationId: org.id,
        networkId,
        details: { name: org.name },
        at: now,
      });
    }
  });
}

/** Every organisation's id, name, slug and type: for a bulk import that matches names (practices). */
export async function organisationDirectory(deps: Deps) {
  const { rows } = await listOrganisations(deps.db, {}, { limit: 1_000_000, offset: 0 });
  return rows.map((r) => ({ id: r.id, name: r.name, slug: r.slug, type: r.type }));
}

/**
 * Creates organisations named by a bulk import and adds them to the network, with `trx` (the
 * import's transaction: they exist only if its records do). Not a public-administration body until
 * someone allowed to says so.
 */
export async function createImportedOrganisations(
  trx: Db,
  networkId: string,
  orgs: { id: string; slug: string; name: string; type: OrganisationType; country: string }[],
): Promise<void> {
  for (const n of orgs) {
    await insertOrganisation(trx, {
      id: n.id,
      slug: n.slug,
      name: n.name,
      type: n.type,
      country: n.country,
      city: null,
      website: null,
      description: null,
      is_pa: false,
    });
    // Created by this network's own import, with nobody to ask yet: a member straight away.
    await addNetworkOrganisation(trx, networkId, n.id, "accepted");
  }
}

export type OrganisationMatch = {
  id: string;
  slug: string;
  name: string;
  type: OrganisationType;
  country: string;
  city: string | null;
  /** 0–1: 1 when the names are the same once normalised (organisations.match.ts). */
  score: number;
};

/**
 * The organisations whose names are most like `name`, best first: suggestions for a person to
 * confirm (a coordinator publishing a report links the organisation its submitter typed).
 */
export async function organisationSuggestions(
  deps: Deps,
  name: string,
  limit = 5,
): Promise<OrganisationMatch[]> {
  if (!name.trim()) return [];
  return bestMatches(name, await organisationNames(deps.db), limit);
}

/**
 * Creates, inside `trx` (the caller's change: a practice's publication), an organisation that someone
 * named but nobody manages yet: not a public-administration body, no manager, and only *asked* to join
 * `networkId` — a pending request, as a coordinator's "add organisation" makes it — so an admin or a
 * future manager reviews it before it counts as a member (decision 0034). Coordinators of the network
 * (admins without one) may do it; the audit log records who, from what.
 */
export async function createOrganisationForReview(
  trx: Db,
  actor: Actor,
  input: {
    name: string;
    type: OrganisationType;
    country: string;
    networkId: string | null;
    /** What named it, for the audit log (e.g. { practiceId }). */
    source: Record<string, string>;
    at: Date;
  },
): Promise<{ id: string; slug: string; name: string; type: OrganisationType }> {
  if (!isCoordinatorOrAdmin(actor, input.networkId)) throw forbidden();
  const name = input.name.trim().slice(0, 200);
  if (!name) throw new AppError(422, "validation-failed", "The organisation needs a name.");
  const id = newId();
  const slug = await firstFreeSlug(name, "organisation", (base) => organisationSlugsStartingWith(trx, base));
  await insertOrganisation(trx, {
    id,
    slug,
    name,
    type: input.type,
    country: input.country,
    city: null,
    website: null,
    description: null,
    is_pa: false,
  });
  await audit(trx, {
    actorId: actor.id,
    action: "organisation.created",
    organisationId: id,
    networkId: input.networkId,
    details: { name, review: true, ...input.source },
    at: input.at,
  });
  if (input.networkId && (await addNetworkOrganisation(trx, input.networkId, id, "pending")))
    await audit(trx, {
      actorId: actor.id,
      action: "network.organisation-requested",
      networkId: input.networkId,
      organisationId: id,
      details: { name },
      at: input.at,
    });
  return { id, slug, name, type: input.type };
}
