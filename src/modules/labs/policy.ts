// Who may see and do what with labs: can(actor, action, resource) is the module's one question, and
// the named rules below are what it asks (services and views still call them by name).
// - Seeing follows the visibility model (`canSee`), with a lab's members as the named participants;
//   a meeting is seen only by those who see its lab. Whatever a person may not see is a 404.
// - Creating labs is for the network's coordinators (and admins); managing a lab (its meetings,
//   registrations) also for the lab's facilitators.
// - Inside a visible lab, curators (the network's coordinators and facilitators, the lab's
//   facilitators, admins) invite people, set the cover, tag, feature or hide materials, and edit every
//   action plan; the lab's members (and curators) contribute materials; curators delete any material,
//   and whoever added one may delete it (even after leaving the lab, as long as they can see it); an
//   organisation's plan is also edited by that organisation's managers who are lab members.
// - SYSTEM (platform/auth: demo seeds, jobs, other modules' internal work; never a request) may see
//   every lab and meeting, create labs, and manage, curate and fill them (materials, action plans);
//   it does not register for meetings nor delete materials.
// - Seeing a meeting and registering for it are two questions (decision 0052): a meeting whose
//   `registration` is `pa` is seen as its visibility says, but only the network's PA members
//   (isPaMember, the same notion as `pa` visibility) may register; nobody else, coordinators included.
import {
  type Actor,
  canSee,
  hasRole,
  isCoordinatorOrAdmin,
  isPaMember,
  type Policy,
  policyOf,
} from "../../platform/auth/index.ts";
import type { Lab, Meeting } from "./labs.types.ts";

const participants = (lab: Lab) => lab.members.map((m) => m.accountId);

export const canSeeLab = (actor: Actor | null, lab: Lab): boolean =>
  canSee(actor, { visibility: lab.visibility, networkId: lab.networkId, participantIds: participants(lab) });

export const canSeeMeeting = (actor: Actor | null, lab: Lab, m: Pick<Meeting, "visibility">): boolean =>
  canSeeLab(actor, lab) &&
  canSee(actor, { visibility: m.visibility, networkId: lab.networkId, participantIds: participants(lab) });

export const canCreateLab = (actor: Actor | null, networkId: string): boolean =>
  isCoordinatorOrAdmin(actor, networkId);

export const canManageLab = (actor: Actor | null, lab: Lab): boolean =>
  canCreateLab(actor, lab.networkId) ||
  Boolean(actor && lab.members.some((m) => m.accountId === actor.id && m.role === "facilitator"));

/** Registering needs an account with a verified address. */
export const canRegister = (actor: Actor | null): actor is Actor => Boolean(actor?.emailVerified);

/**
 * Whether a person who sees the meeting may register for it: always when registration is open; only a
 * PA member of the lab's network when it is reserved to public administrations.
 */
export const canRegisterFor = (actor: Actor | null, lab: Lab, m: Pick<Meeting, "registration">): boolean =>
  m.registration !== "pa" || isPaMember(actor, lab.networkId);

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

/** Each action and the resource it is asked about. */
export type LabRules = {
  /** A lab: its page, its place in lists and calendars. */
  see: Lab;
  /** A meeting of a lab. */
  "see-meeting": { lab: Lab; meeting: Pick<Meeting, "visibility"> };
  /** Create labs in the network. */
  create: { networkId: string };
  /** Edit the lab, plan and edit its meetings, see and manage registrations and attendance. */
  manage: Lab;
  /** Register for meetings. */
  register: undefined;
  /** Invite people, set the cover, tag, feature or hide materials, edit every action plan. */
  curate: Lab;
  /** Add materials to the lab. */
  contribute: Lab;
  /** Start an action plan in the lab. */
  "create-plan": Lab;
  /** Edit an action plan of the lab (an organisation's, or the lab's own when `organisationId` is null). */
  "edit-plan": { lab: Lab; plan: { organisationId: string | null } };
  /** Delete a material of the lab. */
  "delete-material": { lab: Lab; material: { createdBy: string | null } };
};

export const can: Policy<LabRules> = policyOf<LabRules>(
  {
    see: canSeeLab,
    "see-meeting": (actor, r) => canSeeMeeting(actor, r.lab, r.meeting),
    create: (actor, r) => canCreateLab(actor, r.networkId),
    manage: canManageLab,
    register: (actor) => canRegister(actor),
    curate: canCurateLab,
    contribute: canContribute,
    "create-plan": canCreatePlan,
    "edit-plan": (actor, r) => canEditPlan(actor, r.lab, r.plan),
    "delete-material": (actor, r) => canDeleteMaterial(actor, r.lab, r.material),
  },
  {
    system: ["see", "see-meeting", "create", "manage", "curate", "contribute", "create-plan", "edit-plan"],
  },
);

/** How long a lab invitation's link works (what an invitation allows, for how long). */
export const LAB_INVITATION_DAYS = 14;
