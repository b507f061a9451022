// Who may read, propose and edit news items: the one place that answers can(actor, action, resource)
// for the column. Reading follows the visibility model (`canSee`) with the owning network; members of
// the network propose; its editors — coordinators and communicators (identity's roles), and platform
// admins — review proposals and write directly. SYSTEM (seeds, jobs) may do all of it.
import {
  type Actor,
  canSee,
  hasRole,
  isCoordinatorOrAdmin,
  isMember,
  isPaMember,
  type Policy,
  policyOf,
} from "../../../platform/auth/index.ts";
import type { SeenBy } from "./news.repo.ts";
import type { NewsVisibility } from "./tables.ts";

export type NewsRules = {
  see: { visibility: NewsVisibility; networkId: string };
  propose: { networkId: string };
  edit: { networkId: string };
};

export const isEditor = (actor: Actor | null, networkId: string) =>
  isCoordinatorOrAdmin(actor, networkId) || hasRole(actor, networkId, "communicator");

export const can: Policy<NewsRules> = policyOf<NewsRules>(
  {
    see: (actor, item) => canSee(actor, { visibility: item.visibility, networkId: item.networkId }),
    propose: (actor, r) => Boolean(actor?.isAdmin) || isMember(actor, r.networkId),
    edit: (actor, r) => isEditor(actor, r.networkId),
  },
  { system: ["see", "propose", "edit"] },
);

/** `see`, as the SQL of a list needs it (news.repo.ts), answering the same as `canSee` row by row. */
export function seenBy(actor: Actor | null): SeenBy {
  if (!actor) return { all: false, networkIds: [], paNetworkIds: [] };
  if (actor.isAdmin) return { all: true };
  const networkIds = Object.keys(actor.networkRoles).filter((id) => isMember(actor, id));
  const paNetworkIds = networkIds.filter((id) => isPaMember(actor, id) || isCoordinatorOrAdmin(actor, id));
  return { all: false, networkIds, paNetworkIds };
}
