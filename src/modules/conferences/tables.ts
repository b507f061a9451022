// Kysely types for the conference tables (migrations/202611230310_conferences.sql). Only this
// module's repositories use them; other modules go through index.ts.
import type { ColumnType, Generated } from "kysely";

type Created = ColumnType<Date, Date | undefined, never>;
/** `date` columns: pg gives a Date at local midnight (or a string); we write 'YYYY-MM-DD'. */
export type DateOnly = ColumnType<Date | string, string, string>;

export type PlaceStatus = "confirmed" | "waitlisted";

export type ConferenceTables = {
  conferences: {
    id: string;
    slug: string;
    network_id: string;
    lab_id: string | null;
    title: string;
    description: string;
    venue: string;
    time_zone: string;
    starts_on: DateOnly;
    ends_on: DateOnly;
    registration_open: Generated<boolean>;
    created_by: string | null;
    created_at: Created;
    updated_at: ColumnType<Date, Date | undefined, Date>;
  };
  conference_tracks: {
    id: string;
    conference_id: string;
    name: string;
    room: string;
    position: number;
  };
  conference_sessions: {
    id: string;
    conference_id: string;
    track_id: string;
    title: string;
    description: string;
    starts_at: Date;
    ends_at: Date;
    capacity: number | null;
    created_at: Created;
  };
  conference_speakers: {
    id: string;
    conference_id: string;
    name: string;
    role: string;
    affiliation: string;
    bio: string;
    photo_key: string | null;
    photo_type: string | null;
    photo_alt: string | null;
    created_at: Created;
  };
  conference_session_speakers: { session_id: string; speaker_id: string };
  conference_registrations: {
    id: string;
    conference_id: string;
    name: string;
    email: string;
    email_key: string;
    language: "it" | "en";
    status: "pending" | "confirmed" | "cancelled";
    confirm_hash: string | null;
    confirm_expires_at: Date | null;
    access_hash: string;
    code: string;
    confirmed_at: Date | null;
    checked_in_at: Date | null;
    checked_in_by: string | null;
    certificate_code: string | null;
    /** When the person cancelled (migrations/202612101000_conference_registration_cancelled.sql). */
    cancelled_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
    created_at: Created;
  };
  conference_session_registrations: {
    session_id: string;
    registration_id: string;
    created_at: Created;
    /** A place, or a place in the queue (migrations/202611250000_conference_session_waitlist.sql). */
    status: ColumnType<PlaceStatus, PlaceStatus | undefined, PlaceStatus>;
    /** Arrival order (an identity column; pg hands bigint out as a string). */
    arrival: ColumnType<string, never, never>;
  };
};
