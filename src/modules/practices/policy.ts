// Who may do what with the catalogue: can(actor, action, resource) is the module's one question, and
// the rules it asks are below and in workflow/policy.ts (moderation, comments, publishing directly).
// Published practices follow the visibility model (`canSee`); unpublished ones (drafts, submissions
// under review) are seen by the person who created them, the owning network's coordinators and
// platform admins (who moderate them). search/repo.ts holds the SQL equivalent of `canSee` for
// published practices; the visibility test checks the two agree for every kind of actor.
import {
  type Actor,
  canSee,
  hasRole,
  isCoordinatorOrAdmin,
  isMember,
  isPaMember,
  type Policy,
  policyOf,
} from "../../platform/auth/index.ts";
import type { Practice } from "./catalogue/types.ts";
import type { Viewer } from "./search/repo.ts";
import { canComment, canCreateDirectly, canModerate, hasQueue } from "./workflow/policy.ts";

/** What deciding who reads a practice looks at. */
export type ReadablePractice = Pick<
  Practice,
  "status" | "visibility" | "networkId" | "participantIds" | "createdBy"
>;

export function canReadPractice(actor: Actor | null, p: ReadablePractice): boolean {
  if (p.status === "published")
    return canSee(actor, {
      visibility: p.visibility,
      networkId: p.networkId,
      participantIds: p.participantIds,
    });
  if (!actor) return false;
  return actor.id === p.createdBy || isCoordinatorOrAdmin(actor, p.networkId);
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

/** Each action and the resource it is asked about. */
export type PracticeRules = {
  /** A practice: its page, its place in search, feeds and open data. */
  read: ReadablePractice;
  /** The contact details of practices. */
  "read-contact": undefined;
  /** Publish, send back or reject the submissions of a network (null: of no network, admins only). */
  moderate: { networkId: string | null };
  /** Have a moderation queue at all. */
  "see-queue": undefined;
  /** Comment on practices one can see. */
  comment: undefined;
  /** Publish a practice without moderation (API). */
  "create-directly": { networkId: string | null | undefined };
  /** Edit a published practice's texts, each edit a version (and read their history). */
  "edit-published": { networkId: string | null };
  /** Add and remove a practice's images and videos. */
  "manage-media": { networkId: string | null };
  /** Import practices into a network in bulk. */
  import: { networkId: string };
};

export const can: Policy<PracticeRules> = policyOf<PracticeRules>({
  read: canReadPractice,
  "read-contact": canReadContact,
  moderate: (actor, r) => canModerate(actor, r.networkId),
  "see-queue": hasQueue,
  comment: canComment,
  "create-directly": (actor, r) => canCreateDirectly(actor, r.networkId),
  "edit-published": (actor, r) => canModerate(actor, r.networkId),
  "manage-media": (actor, r) => isCoordinatorOrAdmin(actor, r.networkId),
  import: (actor, r) => isCoordinatorOrAdmin(actor, r.networkId),
});
