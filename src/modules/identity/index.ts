// What other modules may use from identity: the actor and policy, and read access to networks.

export { listNetworks } from "./networks.service.ts";
export type { Actor, Visibility, VisibleResource } from "./policy.ts";
export { can, canSee, hasRole, isMember, isPaMember, VISIBILITIES } from "./policy.ts";
