// The programme of a conference as iCalendar (RFC 5545, ical-generator): one event per session, in
// the conference's own zone (TZID with its VTIMEZONE), a UID that never changes (the session's id),
// the track and room as the location, and a URL back to the session on the conference page.
import { TZDate } from "@date-fns/tz";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { ICalCalendarMethod } from "ical-generator";
import type { Conference, Programme } from "./types.ts";

export function programmeCalendar(baseUrl: string, p: Programme, now: Date): string {
  const c = p.conference;
  const cal = ical({
    name: c.title,
    prodId: { company: "Bottega", product: "Bottega", language: "IT" },
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  const tracks = new Map(p.tracks.map((t) => [t.id, t]));
  const speakers = new Map(p.speakers.map((s) => [s.id, s.name]));
  const host = new URL(baseUrl).host;
  for (const s of p.sessions) {
    const track = tracks.get(s.trackId);
    const url = `${baseUrl}/conferences/${c.slug}#session-${s.id}`;
    const names = s.speakerIds.map((id) => speakers.get(id)).filter(Boolean);
    cal.createEvent({
      id: `${s.id}@${host}`,
      start: new TZDate(s.startsAt, c.timeZone),
      end: new TZDate(s.endsAt, c.timeZone),
      timezone: c.timeZone,
      stamp: now,
      summary: s.title,
      description: [s.description, names.join(", "), c.title, url].filter(Boolean).join("\n\n"),
      location: [track?.room, c.venue].filter(Boolean).join(", ") || undefined,
      categories: track ? [{ name: track.name }] : [],
      url,
    });
  }
  return cal.toString();
}

/**
 * The conference itself as one all-day event (from its first to its last day), attached to the mail
 * confirming a registration: what a registrant adds to their calendar. Its UID is the conference's id,
 * so a later copy (new dates) replaces the first one in calendars that import it again.
 */
export function conferenceCalendar(baseUrl: string, c: Conference, now: Date): string {
  const cal = ical({
    name: c.title,
    prodId: { company: "Bottega", product: "Bottega", language: "IT" },
    method: ICalCalendarMethod.PUBLISH,
  });
  const url = `${baseUrl}/conferences/${c.slug}`;
  const next = new Date(Date.parse(`${c.endsOn}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  cal.createEvent({
    id: `conference-${c.id}@${new URL(baseUrl).host}`,
    allDay: true,
    start: c.startsOn,
    end: next,
    stamp: now,
    summary: c.title,
    description: [c.description, url].filter(Boolean).join("\n\n"),
    location: c.venue || undefined,
    url,
  });
  return cal.toString();
}
