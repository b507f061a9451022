// iCalendar feed of funding deadlines (RFC 5545, ical-generator as in labs/meetings/ical.ts): one event per
// call at its deadline, in the call's own zone (TZID with its VTIMEZONE), with a stable UID (the
// call's id), a URL back to the call page, and a reminder a week before.
import { TZDate } from "@date-fns/tz";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { ICalAlarmType } from "ical-generator";
import type { FundingCall } from "./funding.service.ts";

export const callUrl = (baseUrl: string, call: Pick<FundingCall, "slug">) =>
  `${baseUrl}/funding/${call.slug}`;

export function deadlinesCalendar(
  o: { baseUrl: string; name: string; now: Date; eventTitle: (title: string) => string },
  calls: FundingCall[],
): string {
  const cal = ical({
    name: o.name,
    prodId: { company: "Bottega", product: "Bottega", language: "IT" },
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  for (const call of calls) {
    const url = callUrl(o.baseUrl, call);
    cal.createEvent({
      id: `funding-${call.id}@${new URL(o.baseUrl).host}`,
      start: new TZDate(call.deadline, call.timeZone),
      timezone: call.timeZone,
      stamp: o.now,
      summary: o.eventTitle(call.title),
      description: [call.summary, call.url, url].filter(Boolean).join("\n\n"),
      url,
      alarms: [{ type: ICalAlarmType.display, trigger: 7 * 24 * 3600 }],
    });
  }
  return cal.toString();
}
