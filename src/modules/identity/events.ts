// The domain events identity emits, added to the platform's event map (platform/events.ts). Ids and
// facts only: the handlers read addresses and names when they run.
import type { Lang } from "../../platform/i18n/index.ts";

declare module "../../platform/events.ts" {
  interface EventMap {
    /**
     * A coordinator invited an address to a network. `token`: the link's secret, sealed
     * (platform/crypto/sealed.ts): only its hash is stored, and the mail needs it. `lang`: the inviter's
     * page language, the mail's.
     */
    "identity.invitation.sent": { networkId: string; invitationId: string; lang: Lang; token: string };
    /** The owner changed their password (signed in); they are told, in case it was not them. */
    "identity.account.password-changed": { accountId: string };
    /** The owner asked to move the account to a new address. `token`: the link's secret, sealed. */
    "identity.email-change.requested": { accountId: string; token: string };
    /**
     * The new address was confirmed. `previousEmail`, sealed: the old address is told, and after the
     * change nothing else holds it.
     */
    "identity.account.email-changed": { accountId: string; previousEmail: string };
    /**
     * Someone signed in through OpenID Connect with the address of an account not yet linked to that
     * identity: the account's address is asked to confirm. `token` (the link's secret) and
     * `providerEmail` (the address the provider vouched for, which the mail names) travel sealed.
     */
    "identity.oidc-link.requested": { accountId: string; token: string; providerEmail: string };
    /** An API token was made for the account (page or CLI); its owner is told. */
    "identity.token.created": {
      accountId: string;
      tokenId: string;
      tokenName: string;
      createdAt: string;
      expiresAt: string;
      readOnly: boolean;
    };
  }
}
