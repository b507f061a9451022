// Who may see and manage funding calls: the one place that answers can(actor, action, resource) for
// the module. Seeing follows the visibility model (`canSee`) with the owning network; creating and
// editing calls is for that network's coordinators and platform admins. SYSTEM (platform/auth: demo
// seeds and jobs, never a request) may see and manage every call.
import { canSee, isCoordinatorOrAdmin, type Policy, policyOf } from "../../platform/auth/index.ts";
import type { CallVisibility } from "./tables.ts";

/** Each action and the resource it is asked about. */
export type FundingRules = {
  /** A call: its page, its place in the list and the deadlines feed, its link from a practice. */
  see: { visibility: CallVisibility; networkId: string };
  /** Create calls in the network and edit its calls. */
  manage: { networkId: string };
};

export const can: Policy<FundingRules> = policyOf<FundingRules>(
  {
    see: (actor, call) => canSee(actor, { visibility: call.visibility, networkId: call.networkId }),
    manage: (actor, r) => isCoordinatorOrAdmin(actor, r.networkId),
  },
  { system: ["see", "manage"] },
);
