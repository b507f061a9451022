// When attendance can be recorded and certified: check-in opens on the conference's first day in its
// own zone (whatever the server's), and the certificate is offered from then on, only to people who
// were checked in. Pure rules on the clock's now, shared by the service, the routes and the pages.
import type { Conference, Registration } from "./types.ts";
import { dayOf } from "./when.ts";

/** Whether check-in is open at `now`: from the first day of the conference, in its zone. */
export const checkInOpen = (c: Conference, now: Date): boolean => dayOf(now, c.timeZone) >= c.startsOn;

/** Whether the person's certificate is offered at `now`: checked in, and the conference has begun. */
export const certificateOffered = (c: Conference, r: Registration, now: Date): boolean =>
  Boolean(r.checkedInAt && r.certificateCode) && checkInOpen(c, now);
