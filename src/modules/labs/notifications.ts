// What labs tells people about (platform/notifications.ts): a meeting moved or cancelled reaches
// everyone registered for it, and a place from the waiting list its new holder — at once by email
// by default, with the same mail as before (the new time, the code, the calendar file) and now an
// unsubscribe link; a confirmed registration is also in the person's list (its confirmation mail is
// transactional and stays in events.handlers.ts).
import type { Deps } from "../../platform/deps.ts";
import { type Notice, notificationKind } from "../../platform/notifications.ts";
import { meetingUrl } from "./meetings/ical.ts";
import { meetingNow } from "./meetings/now.ts";
import { type MailKind, meetingMail } from "./notify.ts";
import { findRegistration, liveOf } from "./registrations/repo.ts";
import "./events.ts";
import "./notifications.messages.ts";

type Now = NonNullable<Awaited<ReturnType<typeof meetingNow>>>;

const about = (now: Now) => ({
  params: { meeting: now.meeting.title, lab: now.lab.title },
  href: meetingUrl("", now.lab, now.meeting),
  scope: { kind: "lab" as const, id: now.lab.id, name: now.lab.title },
});

/** Everyone registered (confirmed or waiting), each mailed with their own code. */
async function toEveryone(
  deps: Deps,
  meetingId: string,
  kind: MailKind,
  key: string,
): Promise<Notice | null> {
  const now = await meetingNow(deps, meetingId);
  if (!now) return null;
  const regs = await liveOf(deps.db, meetingId);
  const code = new Map(regs.map((r) => [r.account_id, r.code]));
  const a = about(now);
  return {
    recipients: regs.map((r) => r.account_id),
    text: { key, params: a.params },
    href: a.href,
    scope: a.scope,
    mailFor: (accountId) => meetingMail(deps, { accountId, kind, ...now, code: code.get(accountId) ?? null }),
  };
}

/** The one person a registration is about, while it stands. */
async function toRegistrant(
  deps: Deps,
  registrationId: string,
  kind: MailKind,
  key: string,
): Promise<Notice | null> {
  const reg = await findRegistration(deps.db, registrationId);
  if (!reg || reg.status === "cancelled") return null;
  if (kind === "promoted" && reg.status !== "confirmed") return null;
  const now = await meetingNow(deps, reg.meeting_id, true);
  if (now?.row.status !== "scheduled") return null;
  const a = about(now);
  return {
    recipients: [reg.account_id],
    text: { key, params: a.params },
    href: a.href,
    scope: a.scope,
    mailFor: (accountId) => meetingMail(deps, { accountId, kind, ...now, code: reg.code }),
  };
}

export const kinds = [
  notificationKind({
    name: "labs.meeting-moved",
    event: "labs.meeting.changed",
    label: "labs.notify.moved.kind",
    defaultMode: "email",
    resolve: async (deps, e) => {
      if (!e.moved) return null;
      const now = await meetingNow(deps, e.meetingId, true);
      // Cancelled since: the cancellation tells them.
      if (now?.row.status !== "scheduled") return null;
      return toEveryone(deps, e.meetingId, "moved", "labs.notify.moved");
    },
  }),
  notificationKind({
    name: "labs.meeting-cancelled",
    event: "labs.meeting.cancelled",
    label: "labs.notify.cancelled.kind",
    defaultMode: "email",
    resolve: (deps, e) => toEveryone(deps, e.meetingId, "cancelled", "labs.notify.cancelled"),
  }),
  notificationKind({
    name: "labs.place-promoted",
    event: "labs.registration.promoted",
    label: "labs.notify.promoted.kind",
    defaultMode: "email",
    resolve: (deps, e) => toRegistrant(deps, e.registrationId, "promoted", "labs.notify.promoted"),
  }),
  notificationKind({
    name: "labs.registration-confirmed",
    event: "labs.registration.confirmed",
    label: "labs.notify.confirmed.kind",
    defaultMode: "app",
    // In the list only by default: the confirmation mail already went (events.handlers.ts).
    resolve: async (deps, e) => {
      const n = await toRegistrant(deps, e.registrationId, "confirmed", "labs.notify.confirmed");
      return n ? { ...n, mailFor: undefined } : null;
    },
  }),
];
