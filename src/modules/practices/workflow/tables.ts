// Kysely types for the workflow tables (migrations/202611230220_practice_workflow.sql): submission
// meta, moderation history, comments and flags. Only the workflow repositories use them.
import type { ColumnType } from "kysely";
import type { PracticesTables } from "../tables.ts";

type Created = ColumnType<Date, Date | undefined, never>;

export type FlagStatus = "open" | "dismissed" | "upheld";

export type WorkflowTables = PracticesTables & {
  practice_submissions: {
    practice_id: string;
    submitter_name: string;
    submitter_email: string;
    submitter_account_id: string | null;
    submitter_language: "it" | "en";
    organisation_name: string | null;
    consent_publication_at: Date | null;
    consent_contact_at: Date | null;
    edit_token_hash: string | null;
    edit_token_expires_at: Date | null;
    reason: string | null;
    submitted_at: Date | null;
    /** "BTG-2026-4F7K" (migrations/202612061730_practice_report_reference.sql); null before issue 14. */
    reference: ColumnType<string | null, string | null | undefined, string | null>;
    /** The id of the form that sent it (a form sent twice makes one report). */
    form_id: ColumnType<string | null, string | null | undefined, string | null>;
    created_at: Created;
  };
  practice_moderation_events: {
    id: string;
    practice_id: string;
    actor_id: string | null;
    action: string;
    from_status: string;
    to_status: string;
    reason: string | null;
    at: Date;
  };
  practice_comments: {
    id: string;
    practice_id: string;
    author_id: string | null;
    body: string;
    hidden_at: Date | null;
    hidden_by: string | null;
    created_at: Date;
  };
  practice_flags: {
    id: string;
    practice_id: string;
    comment_id: string | null;
    reporter_id: string | null;
    reason: string;
    status: ColumnType<FlagStatus, FlagStatus | undefined, FlagStatus>;
    resolved_by: string | null;
    resolved_at: Date | null;
    created_at: Date;
  };
};
