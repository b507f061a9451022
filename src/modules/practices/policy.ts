// Who may read a practice and its contact details. Published practices follow the visibility model
// (identity's `canSee`); unpublished ones (drafts, submissions under review) are seen by the person
// who created them, the owning network's coordinators and platform admins (who moderate them).
// search.repo.ts holds the SQL equivalent of `canSee` for published practices; the visibility test
// checks the two agree for every kind of actor.
import { type Actor, canSee, hasRole, isMember, isPaMember } from "../identity/policy.ts";
import type { Practice } from "./practices.service.ts";
import type { Viewer } from "./search.repo.ts";

export function canReadPractice(actor: Actor | null, p: Practice): boolean {
  if (p.status === "published")
    return canSee(actor, {
      visibility: p.visibility,
      networkId: p.networkId,
      participantIds: p.participantIds,
    });
  if (!actor) return false;
  return actor.isAdmin || actor.id === p.createdBy || hasRole(actor, p.networkId, "coordinator");
}

/** Contact details are for signed-in people only: never for anonymous callers, feeds or exports. */
export const canReadContact = (actor: Actor | null): boolean => actor !== null;

/** The actor as plain data for search SQL: the same rules as `canSee`, per network. */
export function viewerOf(actor: Actor | null): Viewer {
  if (!actor) return { kind: "anonymous" };
  if (actor.isAdmin) return { kind: "admin" };
  const memberOf = Object.keys(actor.networkRoles).filter((n) => isMember(actor, n));
  return {
    kind: "member",
    accountId: actor.id,
    memberOf,
    coordinates: memberOf.filter((n) => hasRole(actor, n, "coordinator")),
    paIn: memberOf.filter((n) => isPaMember(actor, n)),
  };
}
