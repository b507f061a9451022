// The events credentials emits, added to the platform's event map (platform/events.ts). Ids only.

declare module "../../platform/events.ts" {
  interface EventMap {
    /** A credential was signed and stored (once per person and achievement). */
    "credentials.credential.issued": {
      credentialId: string;
      accountId: string;
      achievementId: string;
      networkId: string;
    };
    /** A credential's revocation bit was set and its status list re-signed. */
    "credentials.credential.revoked": {
      credentialId: string;
      /** Null when the person has since deleted their account. */
      accountId: string | null;
      networkId: string;
    };
  }
}

export {};
