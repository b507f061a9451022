// Invitations to a network: identity's own kind of invitation (invitations.core.ts). Declared apart
// from the service so that the mail's handler, which the service loads, can name it too.
import type { Invitation, InvitationKind } from "./invitations.core.ts";
import { NETWORK_ROLES, type NetworkRole } from "./tables.ts";

export const INVITATION_DAYS = 14;

export const NETWORK_INVITATIONS: InvitationKind<NetworkRole> = {
  name: "network",
  roles: NETWORK_ROLES,
  days: INVITATION_DAYS,
  states: "identity.invitations.state",
};

export type NetworkInvitation = Invitation<NetworkRole>;
