// Kysely types for the credentials tables (migrations/202612200000_credentials.sql). Only this
// module's repositories use them; other modules go through index.ts.
import type { ColumnType } from "kysely";

type Stamp = ColumnType<Date, Date, Date>;

export type CredentialTables = {
  credential_issuers: { id: string; network_id: string; created_at: Stamp };
  credential_achievements: {
    id: string;
    issuer_id: string;
    course_id: string | null;
    curriculum_id: string | null;
    name: string;
    description: string;
    criteria: string;
    language: string;
    created_at: Stamp;
  };
  credential_status_lists: {
    id: string;
    issuer_id: string;
    length: number;
    credential: string;
    created_at: Stamp;
    signed_at: Stamp;
  };
  credentials: {
    id: string;
    account_id: string | null;
    achievement_id: string;
    status_list_id: string;
    status_index: number;
    issued_at: Stamp;
    document: string;
    revoked_at: Date | null;
    revocation_reason: string | null;
    /** When the holder's account was deleted: `document` is empty from then on. */
    erased_at: Date | null;
  };
};
