// Who may do what with a lab's members, materials, cover and action plans. Seeing always comes first
// (canSeeLab: whatever a person may not see is a 404); inside a visible lab:
// - curators (the network's coordinators and facilitators, the lab's facilitators, admins) invite
//   people, set the cover, tag, feature or hide materials, and edit every action plan;
// - the lab's members (and curators) contribute materials; curators delete any material, and whoever
//   added one may delete it (even after leaving the lab, as long as they can see it);
// - an organisation's plan is also edited by that organisation's managers who are lab members.
import { type Actor, hasRole } from "../identity/index.ts";
import type { Lab } from "./labs.types.ts";
import { canManageLab, canSeeLab } from "./policy.ts";

export const canCurateLab = (actor: Actor | null, lab: Lab): boolean =>
  canSeeLab(actor, lab) && (canManageLab(actor, lab) || hasRole(actor, lab.networkId, "facilitator"));

export const isLabMember = (actor: Actor | null, lab: Lab): boolean =>
  Boolean(actor && lab.members.some((m) => m.accountId === actor.id));

export const canContribute = (actor: Actor | null, lab: Lab): boolean =>
  canSeeLab(actor, lab) && (isLabMember(actor, lab) || canCurateLab(actor, lab));

export const canEditPlan = (
  actor: Actor | null,
  lab: Lab,
  plan: { organisationId: string | null },
): boolean =>
  canCurateLab(actor, lab) ||
  Boolean(
    actor &&
      plan.organisationId &&
      isLabMember(actor, lab) &&
      actor.organisations.some((o) => o.id === plan.organisationId && o.role === "manager"),
  );

/** Creating a plan: curators for any plan; organisation managers in the lab for their organisation's. */
export const canCreatePlan = (actor: Actor | null, lab: Lab): boolean =>
  canCurateLab(actor, lab) ||
  Boolean(actor && isLabMember(actor, lab) && actor.organisations.some((o) => o.role === "manager"));

/** Deleting a material: curators, and the person who added it. */
export const canDeleteMaterial = (actor: Actor | null, lab: Lab, m: { createdBy: string | null }): boolean =>
  canCurateLab(actor, lab) || Boolean(actor && m.createdBy === actor.id && canSeeLab(actor, lab));
