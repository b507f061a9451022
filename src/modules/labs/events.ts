// The domain events labs emit, added to the platform's event map (platform/events.ts). Ids and facts
// only: a handler reads the people and addresses it needs when it runs.
import type { Lang } from "../../platform/i18n/index.ts";

declare module "../../platform/events.ts" {
  interface EventMap {
    /** A meeting was edited; `moved`: its time, place or link changed (the people registered are told). */
    "labs.meeting.changed": { labId: string; meetingId: string; version: number; moved: boolean };
    "labs.meeting.cancelled": { labId: string; meetingId: string };
    /** A registration with a place (status at registration). */
    "labs.registration.confirmed": { meetingId: string; registrationId: string; accountId: string };
    "labs.registration.waitlisted": { meetingId: string; registrationId: string; accountId: string };
    /** Someone waiting got a place (another cancelled, or the meeting got more places). */
    "labs.registration.promoted": { meetingId: string; registrationId: string; accountId: string };
    /** Someone registered for a meeting was checked in (first check-in only). `recordedAt`: ISO 8601. */
    "labs.attendance.recorded": {
      meetingId: string;
      labId: string;
      registrationId: string;
      personId: string;
      recordedAt: string;
    };
    /**
     * A curator invited someone to the lab. `token`: the link's secret, sealed (platform/crypto/sealed.ts):
     * only its hash is stored, and the mail needs it. `inviterName`: only when no account invited
     * (demo data), else the handler names the inviting account. `lang`: the inviter's page language.
     */
    "labs.invitation.sent": {
      labId: string;
      invitationId: string;
      lang: Lang;
      token: string;
      inviterName?: string;
    };
  }
}
