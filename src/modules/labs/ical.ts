// iCalendar for meetings (RFC 5545) with ical-generator: one meeting as a download, or a lab's
// programme as a feed. Each event keeps the meeting's own zone (TZID with its VTIMEZONE), a UID that
// never changes (the meeting's id), and a URL back to the meeting page. The online link is never
// put in a calendar: it is for confirmed participants only, shown on the page.
import { TZDate } from "@date-fns/tz";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { ICalEventStatus } from "ical-generator";
import type { Lab, Meeting } from "./labs.types.ts";

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
      description: [m.description, `${lab.title}`, url].filter(Boolean).join("\n\n"),
      ...(place ? { location: place } : {}),
      url,
      status: m.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return cal.toString();
}
