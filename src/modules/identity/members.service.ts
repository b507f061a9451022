// Managing a network's members: organisations in it, people's roles, removing people. Every change
// is authorised by the policy and written to the audit log in the same transaction. A coordinator
// only *asks* an organisation to join; its manager (or an admin) accepts or declines (decision 0012).

import type { Deps } from "../../platform/deps.ts";
import { AppError, forbidden, notFound } from "../../platform/errors.ts";
import { isUuid } from "../../platform/ids.ts";
import { audit } from "./audit.service.ts";
import {
  acceptNetworkOrganisation,
  addNetworkOrganisation,
  addNetworkRole,
  countRole,
  deletePendingNetworkOrganisation,
  findNetworkById,
  removeNetworkOrganisation,
  removeNetworkRoles,
  rolesOf,
} from "./networks.repo.ts";
import type { Network } from "./networks.service.ts";
import { findOrganisationById } from "./organisations.repo.ts";
import { type Actor, can } from "./policy.ts";
import { NETWORK_ROLES, type NetworkRole } from "./tables.ts";

export class MembershipError extends AppError {}

const mustManage = (actor: Actor, network: Network, ...ids: string[]) => {
  if (!can(actor, { action: "manage-network", networkId: network.id })) throw forbidden();
  if (ids.some((id) => !isUuid(id))) throw notFound();
};

export async function addOrganisationToNetwork(
  deps: Deps,
  actor: Actor,
  network: Network,
  organisationId: string,
) {
  mustManage(actor, network);
  const org = isUuid(organisationId) ? await findOrganisationById(deps.db, organisationId) : undefined;
  if (!org) throw new MembershipError(422, "unknown-organisation", "identity.manage.unknownOrganisation");
  await deps.db.transaction().execute(async (trx) => {
    // A request, not membership: the organisation's manager decides whether it joins.
    if (!(await addNetworkOrganisation(trx, network.id, org.id, "pending"))) return;
    await audit(trx, {
      actorId: actor.id,
      action: "network.organisation-requested",
      networkId: network.id,
      organisationId: org.id,
      details: { name: org.name },
      at: deps.clock.now(),
    });
  });
}

export async function removeOrganisationFromNetwork(
  deps: Deps,
  actor: Actor,
  network: Network,
  organisationId: string,
) {
  mustManage(actor, network, organisationId);
  const org = await findOrganisationById(deps.db, organisationId);
  if (!org) throw notFound();
  await deps.db.transaction().execute(async (trx) => {
    if (!(await removeNetworkOrganisation(trx, network.id, org.id))) throw notFound();
    await audit(trx, {
      actorId: actor.id,
      action: "network.organisation-removed",
      networkId: network.id,
      organisationId: org.id,
      details: { name: org.name },
      at: deps.clock.now(),
    });
  });
}

/** Refuses a change that would leave a network that had coordinators with none. */
async function keepsACoordinator(deps: Deps, networkId: string, before: NetworkRole[], after: NetworkRole[]) {
  if (!before.includes("coordinator") || after.includes("coordinator")) return;
  if ((await countRole(deps.db, networkId, "coordinator")) <= 1) {
    throw new MembershipError(409, "last-coordinator", "identity.manage.lastCoordinator");
  }
}

/** Sets a person's roles in the network to exactly `roles` (at least one; use removePerson to remove). */
export async function setRoles(
  deps: Deps,
  actor: Actor,
  network: Network,
  accountId: string,
  roles: NetworkRole[],
) {
  mustManage(actor, network, accountId);
  const wanted = NETWORK_ROLES.filter((r) => roles.includes(r));
  if (!wanted.length) throw new MembershipError(422, "no-role", "identity.manage.noRole");
  const before = await rolesOf(deps.db, network.id, accountId);
  if (!before.length) throw notFound();
  await keepsACoordinator(deps, network.id, before, wanted);
  const added = wanted.filter((r) => !before.includes(r));
  const removed = before.filter((r) => !wanted.includes(r));
  if (!added.length && !removed.length) return;
  await deps.db.transaction().execute(async (trx) => {
    for (const r of added) await addNetworkRole(trx, network.id, accountId, r);
    await removeNetworkRoles(trx, network.id, accountId, removed);
    await audit(trx, {
      actorId: actor.id,
      action: "network.roles-changed",
      networkId: network.id,
      subjectId: accountId,
      details: { before, after: wanted, added, removed },
      at: deps.clock.now(),
    });
  });
}

export async function removePerson(deps: Deps, actor: Actor, network: Network, accountId: string) {
  mustManage(actor, network, accountId);
  const before = await rolesOf(deps.db, network.id, accountId);
  if (!before.length) throw notFound();
  await keepsACoordinator(deps, network.id, before, []);
  await deps.db.transaction().execute(async (trx) => {
    await removeNetworkRoles(trx, network.id, accountId);
    await audit(trx, {
      actorId: actor.id,
      action: "network.person-removed",
      networkId: network.id,
      subjectId: accountId,
      details: { roles: before },
      at: deps.clock.now(),
    });
  });
}

/**
 * The organisation's manager (or an admin) answers a network's request to join: accepting makes the
 * organisation a member (its people then count for the network's PA-only content, if it is a PA);
 * declining drops the request.
 */
export async function answerNetworkRequest(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  networkId: string,
  answer: "accept" | "decline",
) {
  if (!can(actor, { action: "answer-network-request", organisationId })) throw forbidden();
  if (!isUuid(networkId)) throw notFound();
  const [org, network] = await Promise.all([
    findOrganisationById(deps.db, organisationId),
    findNetworkById(deps.db, networkId),
  ]);
  if (!org || !network) throw notFound();
  await deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    const done =
      answer === "accept"
        ? await acceptNetworkOrganisation(trx, network.id, org.id, now)
        : await deletePendingNetworkOrganisation(trx, network.id, org.id);
    if (!done) throw notFound("No pending request from this network.");
    await audit(trx, {
      actorId: actor.id,
      action: answer === "accept" ? "network.organisation-accepted" : "network.organisation-declined",
      networkId: network.id,
      organisationId: org.id,
      details: { name: org.name },
      at: now,
    });
  });
  return network;
}
