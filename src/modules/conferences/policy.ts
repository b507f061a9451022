// Who may do what with conferences: the one place that answers can(actor, action, resource) for the
// module. Conferences and their programme are public, and so is registration (open to anyone, without
// an account); managing them is for the owning network's coordinators and platform admins, and for
// SYSTEM (platform/auth: demo seeds and jobs, never a request).
import { isCoordinatorOrAdmin, type Policy, policyOf } from "../../platform/auth/index.ts";

/** Each action and the resource it is asked about. */
export type ConferenceRules = {
  /** Create conferences in the network; edit its conferences, their programme, attendance and check-in. */
  manage: { networkId: string };
};

export const can: Policy<ConferenceRules> = policyOf<ConferenceRules>(
  { manage: (actor, r) => isCoordinatorOrAdmin(actor, r.networkId) },
  { system: ["manage"] },
);
