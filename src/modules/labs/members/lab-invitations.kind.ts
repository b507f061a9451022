// Invitations to a lab: labs' kind of identity's invitations (identity/invitations.core.ts, decision
// 0048). Identity keeps them, their link and their states, and lets only the invited address answer;
// labs decides who may invite, what the page and the mail say, and what accepting adds
// (members/service.ts).
import type { Invitation, InvitationKind } from "../../identity/index.ts";
import { LAB_INVITATION_DAYS } from "../policy.ts";
import type { LabRole } from "../tables.ts";

/** Stored with the lab as the invitation's target. */
export const LAB_INVITATIONS: InvitationKind<LabRole> = {
  name: "lab",
  roles: ["facilitator", "member"],
  days: LAB_INVITATION_DAYS,
  states: "labs.members.state",
};

export type LabInvitation = Invitation<LabRole>;
