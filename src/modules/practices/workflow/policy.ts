// Who may moderate, comment on and create practices directly (the rules policy.ts's `can` asks).
// Coordinators moderate the practices of the networks they coordinate; practices with no network are
// moderated by platform admins only.
import { type Actor, isCoordinatorOrAdmin } from "../../../platform/auth/index.ts";

export const canModerate = (actor: Actor | null, networkId: string | null): boolean =>
  isCoordinatorOrAdmin(actor, networkId);

/** Whether the actor has a moderation queue at all (admin, or coordinator of some network). */
export const hasQueue = (actor: Actor | null): boolean =>
  Boolean(
    actor &&
      (actor.isAdmin || Object.values(actor.networkRoles).some((roles) => roles.includes("coordinator"))),
  );

/** The networks whose queue the actor sees; admins see every queue, with or without a network. */
export function queueScope(actor: Actor): { all: true } | { all: false; networkIds: string[] } {
  if (actor.isAdmin) return { all: true };
  return {
    all: false,
    networkIds: Object.entries(actor.networkRoles)
      .filter(([, roles]) => roles.includes("coordinator"))
      .map(([id]) => id),
  };
}

/** Members comment: a signed-in person with a confirmed address (who can see the practice). */
export const canComment = (actor: Actor | null): boolean => Boolean(actor?.emailVerified);

/** Publishing without moderation (API): a coordinator of the network, or an admin. */
export const canCreateDirectly = (actor: Actor | null, networkId: string | null | undefined): boolean =>
  isCoordinatorOrAdmin(actor, networkId || null);
