// Who may do what: the one place that answers can(actor, action, resource) for identity, and the
// visibility model every module uses (CONVENTIONS.md "Visibility"). Pages, API, feeds and search all
// ask here; anything an actor may not see is answered as a 404 by the caller.
import type { NetworkRole } from "./tables.ts";

export type Actor = {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  language: string;
  emailVerified: boolean;
  /** Roles per network id. */
  networkRoles: Record<string, NetworkRole[]>;
  /** Organisations the person belongs to (confirmed), with their role there. */
  organisations: { id: string; role: "manager" | "member"; isPa: boolean }[];
};

export type Visibility = "public" | "network" | "pa" | "participants";
export const VISIBILITIES: readonly Visibility[] = ["public", "network", "pa", "participants"];

/** Anything owned by a network with a visibility: labs, meetings, practices, posts… */
export type VisibleResource = {
  visibility: Visibility;
  networkId: string | null;
  /** Named participants, for `participants` visibility. */
  participantIds?: readonly string[];
};

export const isMember = (actor: Actor | null, networkId: string | null): boolean =>
  Boolean(actor && networkId && (actor.networkRoles[networkId]?.length ?? 0) > 0);

export const hasRole = (actor: Actor | null, networkId: string | null, role: NetworkRole): boolean =>
  Boolean(actor && networkId && actor.networkRoles[networkId]?.includes(role));

/** A member of the network whose organisation is a public administration (flag set by coordinators/admins). */
export const isPaMember = (actor: Actor | null, networkId: string | null): boolean =>
  isMember(actor, networkId) && Boolean(actor?.organisations.some((o) => o.isPa));

export function canSee(actor: Actor | null, r: VisibleResource): boolean {
  if (r.visibility === "public") return true;
  if (!actor) return false;
  if (actor.isAdmin || hasRole(actor, r.networkId, "coordinator")) return true;
  switch (r.visibility) {
    case "network":
      return isMember(actor, r.networkId);
    case "pa":
      return isPaMember(actor, r.networkId);
    case "participants":
      return Boolean(r.participantIds?.includes(actor.id));
  }
}

export type IdentityAction =
  | { action: "manage-network"; networkId: string }
  | { action: "invite"; networkId: string }
  | { action: "view-members"; networkId: string }
  | { action: "view-audit"; networkId: string | null }
  | { action: "set-pa-flag"; organisationId: string; networkIds: readonly string[] }
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
      // Never self-declared: a coordinator of a network the organisation belongs to, or an admin.
      return a.networkIds.some((n) => hasRole(actor, n, "coordinator"));
    case "edit-organisation":
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
