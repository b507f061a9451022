// Kysely types for the board tables (migrations/202611230200_boards.sql). Only this module's
// repositories use them; other modules go through index.ts.
import type { ColumnType, Generated } from "kysely";
import type { Audience, BoardRole, Phase } from "./rules.ts";
import type { TemplateCode } from "./templates.ts";

type Created = ColumnType<Date, Date | undefined, never>;
type Updated = ColumnType<Date, Date | undefined, Date>;
/** `bigint` columns arrive as numbers (the platform's int8 parser). */
type Big = ColumnType<number, number | undefined, number>;
type DateOnly = ColumnType<Date | string, string | null, string | null>;

export type BoardsTables = {
  board_sessions: {
    id: string;
    network_id: string;
    lab_id: string | null;
    meeting_id: string | null;
    title: string;
    template: TemplateCode;
    phase: Phase;
    private_collect: boolean;
    anonymous: boolean;
    max_note_length: number;
    vote_budget: number;
    group_cap: number;
    hide_votes: boolean;
    guests_allowed: boolean;
    /** What "start the timer" offers first, in minutes (migration 202612071000). */
    timer_minutes: ColumnType<number, number | undefined, number>;
    locked: boolean;
    focus_group_id: string | null;
    timer_ends_at: Date | null;
    timer_remaining_ms: number | null;
    join_code: string;
    seq: Big;
    created_by: string | null;
    created_at: Created;
    updated_at: Updated;
    closed_at: Date | null;
  };
  board_columns: { id: string; session_id: string; position: number; title: string; prompt: string };
  board_participants: {
    id: string;
    session_id: string;
    account_id: string | null;
    name: string;
    role: BoardRole;
    guest_token_hash: string | null;
    ready: Generated<boolean>;
    joined_at: Created;
  };
  board_groups: { id: string; session_id: string; column_id: string; name: string; created_at: Created };
  board_notes: {
    id: string;
    session_id: string;
    column_id: string;
    group_id: string;
    author_id: string;
    text: string;
    created_at: Created;
    updated_at: Updated;
  };
  board_votes: { session_id: string; group_id: string; participant_id: string; count: number };
  board_outcomes: {
    id: string;
    session_id: string;
    group_id: string | null;
    kind: "outcome" | "action";
    text: string;
    owner: string | null;
    due: DateOnly | null;
    created_by: string | null;
    created_at: Created;
  };
  board_events: {
    session_id: string;
    seq: Big;
    type: string;
    audience: Audience;
    subject_id: string | null;
    data: ColumnType<Record<string, unknown>, string, string>;
    self_data: ColumnType<Record<string, unknown> | null, string | null, string | null>;
    actor_id: string | null;
    /** The sender's `clientId` for the command that recorded it (migration 202612081000). */
    client_id: string | null;
    created_at: Created;
  };
};
