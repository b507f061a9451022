// Kysely types for the labs tables (migrations/202611230100_labs.sql, 202611230240_labs_meetings_calendar_checkin.sql, 202611230245_meeting_confirmed_count.sql, 202612102000_meeting_registration_pa.sql). Only this module's
// repositories use them; other modules go through index.ts.
import type { ColumnType } from "kysely";
import type { Visibility } from "../../platform/auth/index.ts";

type Created = ColumnType<Date, Date | undefined, never>;
type Updated = ColumnType<Date, Date | undefined, Date>;
/** `date` columns: pg reads them as a local-midnight Date; written as YYYY-MM-DD. */
type DateOnly = ColumnType<Date | string, string | null, string | null>;

export const MEETING_MODES = ["in-person", "online", "hybrid"] as const;
export type MeetingMode = (typeof MEETING_MODES)[number];
export const MEETING_STATUSES = ["scheduled", "cancelled", "closed"] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const AGENDA_KINDS = ["talk", "discussion", "guided-visit", "break"] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];
/** Who may register among those who see a meeting (docs/decisions/0052). */
export const MEETING_REGISTRATIONS = ["open", "pa"] as const;
export type MeetingRegistration = (typeof MEETING_REGISTRATIONS)[number];
export type RegistrationStatus = "confirmed" | "waitlisted" | "cancelled";
export type LabRole = "facilitator" | "member";
export type ReminderKind = "24h" | "1h";

export type LabsTables = {
  labs: {
    id: string;
    network_id: string;
    slug: string;
    title: string;
    theme: string;
    objectives: string[];
    sub_themes: string[];
    description: string | null;
    period_start: DateOnly | null;
    period_end: DateOnly | null;
    venue: string | null;
    visibility: Visibility;
    created_by: string | null;
    created_at: Created;
    updated_at: Updated;
  };
  lab_members: { lab_id: string; account_id: string; role: LabRole; created_at: Created };
  meetings: {
    id: string;
    lab_id: string;
    slug: string;
    title: string;
    kind: string;
    position: number;
    mode: MeetingMode;
    venue: string | null;
    address: string | null;
    accessibility_notes: string | null;
    online_url: string | null;
    description: string | null;
    starts_at: Date;
    ends_at: Date;
    time_zone: string;
    capacity: number | null;
    registration_opens_at: Date | null;
    registration_closes_at: Date | null;
    waitlist: boolean;
    visibility: Visibility;
    registration: ColumnType<MeetingRegistration, MeetingRegistration | undefined, MeetingRegistration>;
    status: MeetingStatus;
    created_by: string | null;
    created_at: Created;
    updated_at: Updated;
    version: ColumnType<number, number | undefined, number>;
    minutes: string | null;
    minutes_version: ColumnType<number, number | undefined, number>;
    minutes_updated_at: Date | null;
    minutes_updated_by: string | null;
    attendees: number | null;
    attending_organisations: number | null;
    closed_at: Date | null;
    /** Confirmed registrations, kept by the registrations code under the meeting's row lock. */
    confirmed_count: ColumnType<number, number | undefined, number>;
  };
  agenda_items: {
    id: string;
    meeting_id: string;
    position: number;
    title: string;
    duration_minutes: number | null;
    speaker: string | null;
    kind: AgendaKind;
  };
  registrations: {
    id: string;
    meeting_id: string;
    account_id: string;
    status: RegistrationStatus;
    code: string;
    created_at: Created;
    updated_at: Updated;
    checked_in_at: Date | null;
    registered_by: string | null;
  };
  /** Only the SHA-256 of the feed's secret token is kept (hashToken); the token is shown once. */
  calendar_feeds: {
    account_id: string;
    token_hash: string;
    /** When the current token was made: a reset sets it again. */
    created_at: ColumnType<Date, Date | undefined, Date>;
  };
  meeting_reminders_sent: {
    meeting_id: string;
    account_id: string;
    kind: ReminderKind;
    starts_at: Date;
    sent_at: Created;
  };
  meeting_questions: { id: string; meeting_id: string; position: number; label: string; required: boolean };
  registration_answers: { registration_id: string; question_id: string; answer: string };
};
