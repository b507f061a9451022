// iCalendar for meetings (RFC 5545) with ical-generator: one meeting as a download, or a lab's
// programme as a feed. Each event keeps the meeting's own zone (TZID with its VTIMEZONE), a UID that
// never changes (the meeting's id), and a URL back to the meeting page. The online link is never
// put in a calendar: it is for confirmed participants only, shown on the page.
import { TZDate } from "@date-fns/tz";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { ICalEventStatus } from "ical-generator";
import type { Lab, Meeting } from "../labs.types.ts";

export const meetingUrl = (baseUrl: string, lab: Pick<Lab, "slug">, m: Pick<Meeting, "slug">) =>
  `${baseUrl}/labs/${lab.slug}/meetings/${m.slug}`;

export const meetingUid = (baseUrl: string, m: Pick<Meeting, "id">) => `${m.id}@${new URL(baseUrl).host}`;

export function calendarOf(
  o: { baseUrl: string; name: string; now: Date },
  items: { lab: Lab; meeting: Meeting }[],
): string {
  const cal = ical({
    name: o.name,
    prodId: { company: "Bottega", product: "Bottega", language: "IT" },
    // No calendar-wide zone (DTSTAMP stays UTC); the generator adds a VTIMEZONE for each event zone.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  for (const { lab, meeting: m } of items) {
    const url = meetingUrl(o.baseUrl, lab, m);
    const place = [m.venue, m.address].filter(Boolean).join(", ");
    cal.createEvent({
      id: meetingUid(o.baseUrl, m),
      // TZDate carries the zone, so ical-generator writes the wall-clock time there (a plain Date
      // would be written with the server's own zone under the meeting's TZID).
      start: new TZDate(m.startsAt, m.timeZone),
      end: new TZDate(m.endsAt, m.timeZone),
      timezone: m.timeZone,
      stamp: o.now,
      summary: m.title,
      description: entryDescription(o.baseUrl, lab, m),
      ...(place ? { location: place } : {}),
      url,
      // A moved or cancelled meeting replaces the entry calendar apps already have.
      sequence: Math.max(0, (m.version ?? 1) - 1),
      status: m.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return cal.toString();
}

/** A UTC instant as the compact form calendar links use: 20310612T073000Z. */
const compactUtc = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

/** What a calendar entry says: the description, the lab, and the link back to the meeting page. */
export function entryDescription(baseUrl: string, lab: Pick<Lab, "slug" | "title">, m: Meeting): string {
  return [m.description, lab.title, meetingUrl(baseUrl, lab, m)].filter(Boolean).join("\n\n");
}

/**
 * "Add to calendar" links for web calendars that take an event in the URL (Google Calendar,
 * Outlook.com and Outlook for Office 365). Each carries the title, the times (UTC), the place and a
 * description that ends with the meeting page's URL, so the entry links back to it.
 */
export function calendarLinks(baseUrl: string, lab: Pick<Lab, "slug" | "title">, m: Meeting) {
  const details = entryDescription(baseUrl, lab, m);
  const location = [m.venue, m.address].filter(Boolean).join(", ");
  const google = new URLSearchParams({
    action: "TEMPLATE",
    text: m.title,
    dates: `${compactUtc(m.startsAt)}/${compactUtc(m.endsAt)}`,
    details,
    ctz: m.timeZone,
    ...(location ? { location } : {}),
  });
  const outlook = new URLSearchParams({
    path: "/calendar/action/compose",
    rru: "addevent",
    subject: m.title,
    startdt: m.startsAt.toISOString(),
    enddt: m.endsAt.toISOString(),
    body: details,
    ...(location ? { location } : {}),
  });
  return {
    google: `https://calendar.google.com/calendar/render?${google}`,
    outlook: `https://outlook.live.com/calendar/0/action/compose?${outlook}`,
    office365: `https://outlook.office.com/calendar/0/action/compose?${outlook}`,
  };
}
