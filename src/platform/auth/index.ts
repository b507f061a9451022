// Who is asking, and what they may see: the platform's part of authorisation. Each module's own
// policy.ts answers can(actor, action, resource) on top of these.
export {
  type Actor,
  canSee,
  hasCoordinatorRole,
  hasRole,
  isCoordinatorOrAdmin,
  isMember,
  isPaMember,
  type VisibleResource,
} from "./actor.ts";
export { type Policy, policyOf, type Rules } from "./policy.ts";
export type { IdentityResolvers, SessionLookup } from "./resolvers.ts";
export { actorOf, type Caller, isSystem, SYSTEM } from "./system.ts";
export {
  NETWORK_ROLES,
  type NetworkRole,
  ORGANISATION_TYPES,
  type OrganisationRole,
  type OrganisationType,
  VISIBILITIES,
  type Visibility,
} from "./vocabulary.ts";
