// What identity tells people about (platform/notifications.ts): an invitation to a network, to the
// person with an account at the invited address, in their list (the invitation itself is mailed to
// the address as before: its link is the secret, and it reaches people without an account too).
import { notificationKind } from "../../platform/notifications.ts";
import { findAccountByEmail } from "./accounts.repo.ts";
import { invitationTo } from "./invitations.core.ts";
import { NETWORK_INVITATIONS } from "./invitations.kind.ts";
import "./events.ts";
import "./messages.invitations.ts";

export const kinds = [
  notificationKind({
    name: "identity.network-invitation",
    event: "identity.invitation.sent",
    label: "identity.notify.invited.kind",
    defaultMode: "app",
    resolve: async (deps, e) => {
      const inv = await invitationTo(deps.db, NETWORK_INVITATIONS, e.networkId, e.invitationId);
      const account = inv ? await findAccountByEmail(deps.db, inv.email) : undefined;
      if (!inv || !account) return null;
      return {
        recipients: [account.id],
        text: { key: "identity.notify.invited", params: { network: inv.networkName } },
        href: "/me",
      };
    },
  }),
];
