// Who may see, study and author learning content: the one place that answers can(actor, action,
// resource) for the module. Seeing follows the visibility model (`canSee`) with the owning network,
// and only published content is seen by learners; a network's coordinators and facilitators author
// (and see drafts), as do platform admins. SYSTEM (demo seeds, jobs) may see and author everything.
import {
  type Actor,
  canSee,
  hasRole,
  isCoordinatorOrAdmin,
  type Policy,
  policyOf,
} from "../../platform/auth/index.ts";
import type { CourseVisibility, Status } from "./tables.ts";

type Owned = { visibility: CourseVisibility; networkId: string; status: Status };

const authors = (actor: Actor | null, networkId: string) =>
  isCoordinatorOrAdmin(actor, networkId) || hasRole(actor, networkId, "facilitator");

export type LearningRules = {
  /** A course or curriculum: its page, its place in the catalogue and the API. */
  see: Owned;
  /** Enrol and study: a published course one may see, signed in. */
  study: Owned;
  /** Create courses in the network, edit their outline and lessons, publish and unpublish. */
  author: { networkId: string };
};

export const can: Policy<LearningRules> = policyOf<LearningRules>(
  {
    see: (actor, r) =>
      authors(actor, r.networkId) ||
      (r.status === "published" && canSee(actor, { visibility: r.visibility, networkId: r.networkId })),
    study: (actor, r) =>
      Boolean(actor) &&
      r.status === "published" &&
      canSee(actor, { visibility: r.visibility, networkId: r.networkId }),
    author: (actor, r) => authors(actor, r.networkId),
  },
  { system: ["see", "author"] },
);
