// Where a lab stands, from its meetings' dates and the clock alone (no column to keep in step):
// `upcoming` before its first meeting starts, `finished` once its last one has ended, `in-progress`
// in between. Cancelled meetings do not count; a lab without meetings has no status to show.
import type { MeetingStatus } from "./tables.ts";

export const LAB_STATUSES = ["upcoming", "in-progress", "finished"] as const;
export type LabStatus = (typeof LAB_STATUSES)[number];

type Dated = { startsAt: Date; endsAt: Date; status: MeetingStatus };

export function labStatus(meetings: readonly Dated[], now: Date): LabStatus | null {
  const held = meetings.filter((m) => m.status !== "cancelled");
  if (!held.length) return null;
  if (held.every((m) => m.startsAt > now)) return "upcoming";
  if (held.every((m) => m.endsAt <= now)) return "finished";
  return "in-progress";
}

/** The next meeting to start after `now` (not cancelled), soonest first; null when none is left. */
export function nextMeeting<T extends Dated>(meetings: readonly T[], now: Date): T | null {
  let next: T | null = null;
  for (const m of meetings)
    if (m.status === "scheduled" && m.startsAt > now && (!next || m.startsAt < next.startsAt)) next = m;
  return next;
}
