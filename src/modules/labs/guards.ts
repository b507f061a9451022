// The guards of the labs pages (platform/http/guards.ts): the lab, meeting, material or action plan of
// the path as the person may see it (404 otherwise), and who may create, manage, curate or contribute to
// them (a refusal is a 403 for someone who can see the network's people, a 404 for everyone else).
// Signed-out people are sent to sign in first.

import type { Actor } from "../../platform/auth/index.ts";
import { authorize, load, requireActor, type SignedIn, type With } from "../../platform/http/guards.ts";
import { networkOfSlug, networkRefusal, refuseInNetwork } from "../identity/index.ts";
import { type ActionPlan, getPlan } from "./action-plans/service.ts";
import { getLab } from "./labs.service.ts";
import type { Lab, Meeting } from "./labs.types.ts";
import { getMaterial, type Material } from "./materials/service.ts";
import { getMeeting } from "./meetings/service.ts";
import { can } from "./policy.ts";

/** Signed in and allowed to create labs in the network of the path, which is set as `network`. */
export const creatingLab = [
  requireActor(),
  networkOfSlug(),
  authorize(
    can,
    "create",
    (c: With<{ network: { id: string } }>) => ({ networkId: c.get("network").id }),
    networkRefusal,
  ),
] as const;

/** The lab of the path as the person may see it, set as `lab` (404 otherwise). */
export const labOfSlug = load("lab", (c) => getLab(c.get("deps"), c.get("actor"), c.req.param("slug") ?? ""));
const theLab = (c: With<{ lab: Lab }>) => c.get("lab");

/** Signed in and a manager of the lab of the path, which is set as `lab`. */
export const managingLab = [
  requireActor(),
  labOfSlug,
  authorize(can, "manage", theLab, networkRefusal),
] as const;

/** Signed in and a curator of the lab of the path, which is set as `lab`. */
export const curatingLab = [
  requireActor(),
  labOfSlug,
  authorize(can, "curate", theLab, networkRefusal),
] as const;

/** Signed in and allowed to add materials to the lab of the path, which is set as `lab`. */
export const contributingLab = [
  requireActor(),
  labOfSlug,
  authorize(can, "contribute", theLab, networkRefusal),
] as const;

/** Signed in and allowed to start an action plan in the lab of the path, which is set as `lab`. */
export const planningLab = [
  requireActor(),
  labOfSlug,
  authorize(can, "create-plan", theLab, networkRefusal),
] as const;

/** A refusal about something inside a lab: 403 for those who see the network's people, else 404. */
const labRefusal = (actor: Actor | null, resource: { lab: Lab }) =>
  refuseInNetwork(actor, resource.lab.networkId);

/** The material `:id` of the lab found before, as the person may see it, set as `material` (404 otherwise). */
export const materialOfPath = load("material", (c: With<{ lab: Lab }>) =>
  getMaterial(c.get("deps"), c.get("actor"), c.get("lab"), c.req.param("id") ?? ""),
);
const theMaterial = (c: With<{ lab: Lab; material: Material }>) => ({
  lab: c.get("lab"),
  material: c.get("material"),
});

/**
 * Signed in, and a curator of the lab of the path; the material `:id` is looked up before the
 * curator test, so a material the person cannot see is a 404 even for someone who may not curate.
 */
export const curatingMaterial = [
  requireActor(),
  labOfSlug,
  materialOfPath,
  authorize(can, "curate", theLab, networkRefusal),
] as const;

/** Signed in and allowed to delete the material `:id` (a curator, or whoever added it). */
export const deletingMaterial = [
  requireActor(),
  labOfSlug,
  materialOfPath,
  authorize(can, "delete-material", theMaterial, labRefusal),
] as const;

/** The action plan `:plan` of the lab found before, as the person may see it, set as `plan` (404 otherwise). */
export const planOfPath = load("plan", (c: With<{ lab: Lab }>) =>
  getPlan(c.get("deps"), c.get("actor"), c.get("lab"), c.req.param("plan") ?? ""),
);

/** Signed in and allowed to edit the action plan `:plan` of the lab of the path (`lab` and `plan`). */
export const editingPlan = [
  requireActor(),
  labOfSlug,
  planOfPath,
  authorize(
    can,
    "edit-plan",
    (c: With<{ lab: Lab; plan: ActionPlan }>) => ({
      lab: c.get("lab"),
      plan: { organisationId: c.get("plan").organisation?.id ?? null },
    }),
    labRefusal,
  ),
] as const;

/** A meeting with its lab, as the meeting pages read them. */
export type LabMeeting = { lab: Lab; meeting: Meeting };

/** Signed in and a manager of the lab of the meeting of the path; both are set as `found`. */
export const managingMeeting = [
  requireActor(),
  load("found", (c) =>
    getMeeting(c.get("deps"), c.get("actor"), {
      labSlug: c.req.param("slug") ?? "",
      slug: c.req.param("meetingSlug") ?? "",
    }),
  ),
  authorize(can, "manage", (c: With<{ found: LabMeeting }>) => c.get("found").lab, networkRefusal),
] as const;

/** What a handler after `managingMeeting` reads. */
export type ManagingMeeting = With<SignedIn & { found: LabMeeting }>;
