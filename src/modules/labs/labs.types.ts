// The shapes labs and meetings leave the repositories in (rows are never handed out unmapped).
import type { Visibility } from "../../platform/auth/index.ts";
import type { AgendaKind, LabRole, MeetingMode, MeetingRegistration, MeetingStatus } from "./tables.ts";

export type Lab = {
  id: string;
  networkId: string;
  slug: string;
  title: string;
  theme: string;
  objectives: string[];
  subThemes: string[];
  description: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  venue: string | null;
  visibility: Visibility;
  members: { accountId: string; role: LabRole }[];
  createdAt: Date;
  updatedAt: Date;
};

export type AgendaItem = {
  title: string;
  durationMinutes: number | null;
  speaker: string | null;
  kind: AgendaKind;
};

export type Meeting = {
  id: string;
  labId: string;
  slug: string;
  title: string;
  kind: string;
  position: number;
  mode: MeetingMode;
  venue: string | null;
  address: string | null;
  accessibilityNotes: string | null;
  /** The raw link; pages and API decide with `onlineLinkFor` whether to show it. */
  onlineUrl: string | null;
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  capacity: number | null;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  waitlist: boolean;
  visibility: Visibility;
  /** `pa`: seen as `visibility` says, but only PA members of the network may register (decision 0052). */
  registration: MeetingRegistration;
  status: MeetingStatus;
  agenda: AgendaItem[];
  confirmed: number;
  waitlisted: number;
  /** Bumped by every change of time or status (reminders and calendar SEQUENCE follow it). */
  version: number;
  questions: Question[];
  minutes: string | null;
  minutesVersion: number;
  minutesUpdatedAt: Date | null;
  attendees: number | null;
  attendingOrganisations: number | null;
  closedAt: Date | null;
};

/** A question asked when registering for a meeting. */
export type Question = { id: string; label: string; required: boolean };
