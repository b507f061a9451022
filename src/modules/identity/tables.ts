// Kysely types for the identity tables (migrations/202611222300_identity.sql; invitations as
// migrations/202612083000_one_invitation_system.sql made them). Only this module's
// repositories use them: other modules go through identity's exported services.
import type { ColumnType, Generated } from "kysely";

type Created = ColumnType<Date, Date | undefined, never>;
type Updated = ColumnType<Date, Date | undefined, Date>;

export {
  NETWORK_ROLES,
  type NetworkRole,
  ORGANISATION_TYPES,
  type OrganisationRole,
  type OrganisationType,
} from "../../platform/auth/vocabulary.ts";

import type { NetworkRole, OrganisationRole, OrganisationType } from "../../platform/auth/vocabulary.ts";

export type NetworkOrganisationStatus = "pending" | "accepted";
export type InvitationStatus = "pending" | "accepted" | "declined" | "revoked";

export type IdentityTables = {
  accounts: {
    id: string;
    email: string;
    email_verified_at: Date | null;
    password_hash: string | null;
    name: string;
    language: string;
    spoken_languages: ColumnType<string[], string[] | undefined, string[]>;
    photo_key: string | null;
    photo_alt: string | null;
    /** IANA name; null: the instance's TIME_ZONE (migrations/202612103000_notifications.sql). */
    time_zone: ColumnType<string | null, string | null | undefined, string | null>;
    is_admin: Generated<boolean>;
    created_at: Created;
    updated_at: Updated;
  };
  sessions: {
    id: string;
    account_id: string;
    created_at: Created;
    last_seen_at: Updated;
    expires_at: Date;
    user_agent: string | null;
  };
  auth_tokens: {
    id: string;
    purpose: "verify-email" | "reset-password" | "magic-link" | "change-email";
    account_id: string | null;
    email: string;
    created_at: Created;
    expires_at: Date;
    used_at: Date | null;
  };
  api_tokens: {
    id: string;
    account_id: string;
    name: string;
    token_hash: string;
    created_at: Created;
    last_used_at: Date | null;
    revoked_at: Date | null;
    expires_at: Date;
    read_only: Generated<boolean>;
  };
  organisations: {
    id: string;
    slug: string;
    name: string;
    type: OrganisationType;
    country: string;
    city: string | null;
    website: string | null;
    description: string | null;
    logo_key: string | null;
    logo_alt: string | null;
    is_pa: Generated<boolean>;
    created_at: Created;
    updated_at: Updated;
  };
  organisation_members: {
    organisation_id: string;
    account_id: string;
    role: OrganisationRole;
    status: "pending" | "confirmed";
    created_at: Created;
  };
  networks: {
    id: string;
    slug: string;
    name: string;
    description: string | null;
    website: string | null;
    created_at: Created;
    updated_at: Updated;
  };
  network_organisations: {
    network_id: string;
    organisation_id: string;
    /** `pending` until the organisation's manager (or an admin) accepts; only `accepted` counts. */
    status: ColumnType<
      NetworkOrganisationStatus,
      NetworkOrganisationStatus | undefined,
      NetworkOrganisationStatus
    >;
    responded_at: Date | null;
    created_at: Created;
  };
  network_members: { network_id: string; account_id: string; role: NetworkRole; created_at: Created };
  invitations: {
    id: string;
    /** What `target_id` names: "network", "lab", … (invitations.core.ts). */
    target_kind: string;
    target_id: string;
    network_id: string;
    email: string;
    role: string;
    organisation_id: string | null;
    token_hash: string;
    invited_by: string | null;
    status: InvitationStatus;
    created_at: Created;
    expires_at: Date;
    responded_at: Date | null;
    accepted_by: string | null;
  };
  sign_in_throttle: { email: string; attempts: number; last_attempt_at: Date };
  audit_log: {
    id: string;
    at: Created;
    actor_id: string | null;
    action: string;
    network_id: string | null;
    organisation_id: string | null;
    subject_id: string | null;
    details: ColumnType<Record<string, unknown>, string | undefined, never>;
  };
};
