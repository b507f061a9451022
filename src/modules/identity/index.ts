// What other modules may use from identity: the actor and policy, read access to networks and
// organisations, the audit log writer for permission changes they own, and the invitation system
// (invitations.core.ts) for what they invite people to. Tests and admin tools also make accounts,
// sessions, API tokens and invitations here, and set up networks and organisations as they already
// are through the seeding writes (seeding.service.ts).

export {
  type AccountContact,
  accountByEmail,
  accountContact,
  accountContacts,
  createAccount,
  hasAccounts,
  type NewAccount,
  setAccountTimeZone,
} from "./accounts.service.ts";
export { audit, auditPage } from "./audit.service.ts";
export { isInvitedAddress, signedInAsOther } from "./invitations.address.ts";
export {
  answerInvitation,
  type Invitation,
  InvitationError,
  type InvitationKind,
  type InvitationRef,
  type InvitationState,
  invitationByRef,
  invitationByToken,
  invitationState,
  invitationsWaitingFor,
  invitationTo,
  OTHER_ADDRESS,
  openInvitation,
  pendingInvitationsTo,
  revokeInvitationTo,
} from "./invitations.core.ts";
export { invite } from "./invitations.service.ts";
export { type ModeratorContact, moderatorContacts } from "./moderators.service.ts";
export { networkOfSlug, networkRefusal, refuseInNetwork, toSignIn } from "./networks.http.ts";
export {
  listNetworks,
  memberOrganisations,
  type Network,
  networkById,
  networkByIdOrSlug,
  networkBySlug,
  networkPeopleWithRoles,
} from "./networks.service.ts";
export { countryName, countryOptions, isCountryCode } from "./organisations.countries.ts";
export { normaliseName } from "./organisations.match.ts";
export {
  createImportedOrganisations,
  createOrganisationForReview,
  type OrganisationMatch,
  organisationById,
  organisationBySlug,
  organisationDirectory,
  organisationSuggestions,
} from "./organisations.service.ts";
export type { Actor, Visibility, VisibleResource } from "./policy.ts";
export { can, canSee, hasRole, isMember, isPaMember, VISIBILITIES } from "./policy.ts";
export { identityResolvers } from "./resolvers.ts";
export {
  type SeededNetwork,
  type SeededOrganisation,
  type SeededOrganisationMember,
  seedNetwork,
  seedNetworkOrganisation,
  seedNetworkRole,
  seedOrganisation,
  seedOrganisationMember,
} from "./seeding.service.ts";
export { loadActor, resolveSession, type SessionLookup, startSession } from "./sessions.service.ts";
export { ORGANISATION_TYPES, type OrganisationType } from "./tables.ts";
export { tokenScope } from "./tokens.http.ts";
export { type CreatedToken, createApiToken, type TokenInput } from "./tokens.service.ts";
export { otherAddressPage } from "./views/invitation-address.tsx";
export { NetworkCards } from "./views/networks-pages.tsx";
