// What other modules may use from identity: the actor and policy, read access to networks and
// organisations, and the audit log writer for permission changes they own.

export { accountByEmail, accountContact } from "./accounts.service.ts";
export { audit } from "./audit.service.ts";
export { refuseInNetwork, toSignIn } from "./networks.http.ts";
export {
  listNetworks,
  memberOrganisations,
  networkById,
  networkByIdOrSlug,
  networkBySlug,
  networkPeopleWithRoles,
} from "./networks.service.ts";
export {
  createImportedOrganisations,
  organisationById,
  organisationBySlug,
  organisationDirectory,
} from "./organisations.service.ts";
export type { Actor, Visibility, VisibleResource } from "./policy.ts";
export { can, canSee, hasRole, isMember, isPaMember, VISIBILITIES } from "./policy.ts";
export { loadActor } from "./sessions.service.ts";
export { ORGANISATION_TYPES, type OrganisationType } from "./tables.ts";
export { NetworkCards } from "./views/networks-pages.tsx";
