// The person behind a request, as every module sees them, and the visibility rule of CONVENTIONS.md
// ("Visibility") that pages, API, feeds and search all ask. Identity loads the Actor (sessions, API
// tokens, live tickets) and hands it to the platform through the resolvers app/ wires in.
import type { NetworkRole, Visibility } from "./vocabulary.ts";

export type Actor = {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  language: string;
  emailVerified: boolean;
  /** Roles per network id. */
  networkRoles: Record<string, NetworkRole[]>;
  /**
   * Organisations the person belongs to (confirmed), with their role there, whether a platform admin
   * marked them as public administrations, and the networks that accepted them as members.
   */
  organisations: { id: string; role: "manager" | "member"; isPa: boolean; networkIds: readonly string[] }[];
};

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

/**
 * A member of the network who belongs to a public administration that is itself a member of *that*
 * network (its manager accepted). A PA organisation in another network does not count: otherwise a
 * coordinator elsewhere could widen this network's PA-only content (decision 0012).
 */
export const isPaMember = (actor: Actor | null, networkId: string | null): boolean =>
  isMember(actor, networkId) &&
  Boolean(networkId && actor?.organisations.some((o) => o.isPa && o.networkIds.includes(networkId)));

/**
 * A platform admin, or a coordinator of the network (null: a thing of no network, for admins only):
 * who manages most of what a network owns, and sees all of it.
 */
export const isCoordinatorOrAdmin = (actor: Actor | null, networkId: string | null): boolean =>
  Boolean(actor && (actor.isAdmin || hasRole(actor, networkId, "coordinator")));

export function canSee(actor: Actor | null, r: VisibleResource): boolean {
  if (r.visibility === "public") return true;
  if (!actor) return false;
  if (isCoordinatorOrAdmin(actor, r.networkId)) return true;
  switch (r.visibility) {
    case "network":
      return isMember(actor, r.networkId);
    case "pa":
      return isPaMember(actor, r.networkId);
    case "participants":
      return Boolean(r.participantIds?.includes(actor.id));
  }
}

/** Coordinator of at least one network (sees the catalogue's moderation queue, for one). */
export const hasCoordinatorRole = (actor: Actor): boolean =>
  Object.values(actor.networkRoles).some((roles) => roles.includes("coordinator"));
