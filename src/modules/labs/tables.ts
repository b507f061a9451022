// Kysely types for the labs tables (migrations/202611230100_labs.sql). Only this module's
// repositories use them; other modules go through index.ts.
import type { ColumnType } from "kysely";
import type { Visibility } from "../identity/policy.ts";

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
export type RegistrationStatus = "confirmed" | "waitlisted" | "cancelled";
export type LabRole = "facilitator" | "member";

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
    status: MeetingStatus;
    created_by: string | null;
    created_at: Created;
    updated_at: Updated;
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
  };
};
