// Rows → the module's shapes (labs.types.ts).
import type { LabRow } from "./labs.repo.ts";
import type { Lab, Meeting } from "./labs.types.ts";
import type { AgendaRow, MeetingRow, QuestionRow } from "./meetings/repo.ts";
import type { LabRole } from "./tables.ts";

/** pg reads `date` as local midnight: format it back with local fields, never through UTC. */
const day = (v: Date | string | null): string | null => {
  if (v === null || typeof v === "string") return v;
  const p = (n: number) => String(n).padStart(2, "0");
  return `${v.getFullYear()}-${p(v.getMonth() + 1)}-${p(v.getDate())}`;
};

export function toLab(r: LabRow, members: { account_id: string; role: LabRole }[]): Lab {
  return {
    id: r.id,
    networkId: r.network_id,
    slug: r.slug,
    title: r.title,
    theme: r.theme,
    objectives: r.objectives,
    subThemes: r.sub_themes,
    description: r.description,
    periodStart: day(r.period_start),
    periodEnd: day(r.period_end),
    venue: r.venue,
    visibility: r.visibility,
    members: members.map((m) => ({ accountId: m.account_id, role: m.role })),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function toMeeting(
  r: MeetingRow,
  agenda: AgendaRow[],
  counts: { confirmed: number; waitlisted: number },
  questions: QuestionRow[] = [],
): Meeting {
  return {
    id: r.id,
    labId: r.lab_id,
    slug: r.slug,
    title: r.title,
    kind: r.kind,
    position: r.position,
    mode: r.mode,
    venue: r.venue,
    address: r.address,
    accessibilityNotes: r.accessibility_notes,
    onlineUrl: r.online_url,
    description: r.description,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    timeZone: r.time_zone,
    capacity: r.capacity,
    registrationOpensAt: r.registration_opens_at,
    registrationClosesAt: r.registration_closes_at,
    waitlist: r.waitlist,
    visibility: r.visibility,
    registration: r.registration,
    status: r.status,
    agenda: agenda.map((a) => ({
      title: a.title,
      durationMinutes: a.duration_minutes,
      speaker: a.speaker,
      kind: a.kind,
    })),
    ...counts,
    version: r.version,
    questions: questions.map((q) => ({ id: q.id, label: q.label, required: q.required })),
    minutes: r.minutes,
    minutesVersion: r.minutes_version,
    minutesUpdatedAt: r.minutes_updated_at,
    attendees: r.attendees,
    attendingOrganisations: r.attending_organisations,
    closedAt: r.closed_at,
  };
}
