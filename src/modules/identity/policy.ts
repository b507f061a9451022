// Who may do what: the one place that answers can(actor, action, resource) for identity, and the
// visibility model every module uses (CONVENTIONS.md "Visibility"). Pages, API, feeds and search all
// ask here; anything an actor may not see is answered as a 404 by the caller.
import { type Actor, hasRole, isMember, type Policy, SYSTEM } from "../../platform/auth/index.ts";

export type { Actor, Visibility, VisibleResource } from "../../platform/auth/index.ts";
export { canSee, hasRole, isMember, isPaMember, VISIBILITIES } from "../../platform/auth/index.ts";

export type IdentityAction =
  | { action: "manage-network"; networkId: string }
  | { action: "invite"; networkId: string }
  | { action: "view-members"; networkId: string }
  | { action: "view-audit"; networkId: string | null }
  /** The PA flag is global to the organisation, so only platform admins set it (decision 0012). */
  | { action: "set-pa-flag"; organisationId: string }
  /** Accept or decline a network's request that the organisation join it. */
  | { action: "answer-network-request"; organisationId: string }
  | { action: "edit-organisation"; organisationId: string }
  | { action: "confirm-organisation-member"; organisationId: string }
  /** Names of an organisation's people: shown to people who share a network with it. */
  | { action: "view-organisation-members"; organisationId: string; networkIds: readonly string[] }
  | { action: "join-organisation"; organisationId: string }
  | { action: "accept-invitation" }
  | { action: "create-network" }
  | { action: "create-organisation" }
  | { action: "admin" };

const managesOrg = (actor: Actor, organisationId: string) =>
  actor.organisations.some((o) => o.id === organisationId && o.role === "manager");

const belongsToOrg = (actor: Actor, organisationId: string) =>
  actor.organisations.some((o) => o.id === organisationId);

export function can(actor: Actor | null, a: IdentityAction): boolean {
  if (!actor) return false;
  // Joining is about oneself: an admin has no special say, and someone already in needs no request.
  if (a.action === "join-organisation") return actor.emailVerified && !belongsToOrg(actor, a.organisationId);
  if (a.action === "accept-invitation") return actor.emailVerified;
  if (actor.isAdmin) return true;
  switch (a.action) {
    case "manage-network":
    case "invite":
      return hasRole(actor, a.networkId, "coordinator");
    case "view-members":
      return isMember(actor, a.networkId);
    case "view-audit":
      return a.networkId !== null && hasRole(actor, a.networkId, "coordinator");
    case "set-pa-flag":
      // Never self-declared, and not a coordinator's either: the flag reaches every network the
      // organisation is in, so a coordinator would widen other networks' PA-only content.
      return false;
    case "edit-organisation":
    case "answer-network-request":
    case "confirm-organisation-member":
      return managesOrg(actor, a.organisationId);
    case "view-organisation-members":
      return belongsToOrg(actor, a.organisationId) || a.networkIds.some((n) => isMember(actor, n));
    case "create-organisation":
      return actor.emailVerified;
    case "create-network":
    case "admin":
      return false;
  }
}

/** Each action's resource: the fields of its `IdentityAction` besides `action` (none: `undefined`). */
export type IdentityRules = {
  [A in IdentityAction["action"]]: keyof Omit<Extract<IdentityAction, { action: A }>, "action"> extends never
    ? undefined
    : Omit<Extract<IdentityAction, { action: A }>, "action">;
};

/**
 * `can` in the shape every module's policy has (platform/auth `Policy`), for route guards
 * (`authorize(identityPolicy, "manage-network", …)`): the same rules, the action apart from its resource.
 * SYSTEM is allowed nothing here: identity's changes are people's (and audited under their name).
 */
export const identityPolicy: Policy<IdentityRules> = (caller, action, resource) =>
  caller !== SYSTEM && can(caller, { action, ...(resource ?? {}) } as IdentityAction);
