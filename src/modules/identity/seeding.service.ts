// Direct writes of networks, organisations and who belongs to them: no policy check, no audit entry,
// no mail. Test fixtures and admin tools use them to set up a world as it already is; people's own
// actions go through networks.service, organisations.service, members.service and invitations.service,
// which check, audit and notify.
import type { Deps } from "../../platform/deps.ts";
import { addNetworkOrganisation, addNetworkRole, insertNetwork } from "./networks.repo.ts";
import { addOrganisationMember, insertOrganisation, type NewOrganisationRow } from "./organisations.repo.ts";
import type { NetworkOrganisationStatus, NetworkRole, OrganisationRole } from "./tables.ts";

export type SeededNetwork = {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  website: string | null;
};
export type SeededOrganisation = NewOrganisationRow;
export type SeededOrganisationMember = {
  organisationId: string;
  accountId: string;
  role: OrganisationRole;
  status: "pending" | "confirmed";
};

/** Writes a network row as given (id and slug chosen by the caller). */
export const seedNetwork = (deps: Deps, n: SeededNetwork) => insertNetwork(deps.db, n);

/** Writes an organisation row as given (id and slug chosen by the caller). */
export const seedOrganisation = (deps: Deps, o: SeededOrganisation) => insertOrganisation(deps.db, o);

/** Gives a person a role in a network; a role they already hold stays as it is. */
export const seedNetworkRole = (deps: Deps, networkId: string, accountId: string, role: NetworkRole) =>
  addNetworkRole(deps.db, networkId, accountId, role);

/**
 * Links an organisation to a network as `accepted` (a member) or `pending` (asked by the network,
 * waiting for the organisation's manager); an existing link stays as it is. True when one was written.
 */
export const seedNetworkOrganisation = (
  deps: Deps,
  networkId: string,
  organisationId: string,
  status: NetworkOrganisationStatus,
) => addNetworkOrganisation(deps.db, networkId, organisationId, status);

/** Puts a person in an organisation (`pending` = asked to join); an existing membership is replaced. */
export const seedOrganisationMember = (deps: Deps, m: SeededOrganisationMember) =>
  addOrganisationMember(deps.db, m);
