// What the catalogue tells people about (platform/notifications.ts), as notification kinds: the
// network's moderators of a report to moderate (new, or sent again after changes) — at once by email
// unless they chose otherwise, with its unsubscribe link — and a submitter with an account of their
// report published or sent back for changes (in their list; the mails about their report are sent
// to its address as before, account or not). Each reads the report as it is when delivered: one
// already decided on is not announced.
import type { Deps } from "../../platform/deps.ts";
import { isUuid } from "../../platform/ids.ts";
import { type Notice, type NotificationScope, notificationKind } from "../../platform/notifications.ts";
import { moderatorContacts, networkById } from "../identity/index.ts";
import { loadPractice } from "./catalogue/service.ts";
import { findSubmission, stillWaitingOf } from "./workflow/repo.ts";
import "./notifications.messages.ts";

async function networkScope(deps: Deps, networkId: string | null): Promise<NotificationScope | undefined> {
  if (!networkId) return undefined;
  const n = await networkById(deps, networkId).catch(() => null);
  return n ? { kind: "network", id: n.id, name: n.name } : undefined;
}

async function toModerators(deps: Deps, practiceId: string, key: string): Promise<Notice | null> {
  const p = await loadPractice(deps, practiceId).catch(() => null);
  if (p?.status !== "submitted") return null;
  const people = await moderatorContacts(deps.db, p.networkId);
  return {
    recipients: people.map((m) => m.id),
    text: { key, params: { title: p.title } },
    href: `/practices/moderation/${p.id}`,
    scope: await networkScope(deps, p.networkId),
  };
}

async function toSubmitter(
  deps: Deps,
  practiceId: string,
  status: "published" | "changes-requested",
  key: string,
): Promise<Notice | null> {
  const [p, s] = await Promise.all([
    loadPractice(deps, practiceId).catch(() => null),
    findSubmission(deps.db, practiceId),
  ]);
  if (!p || !s?.submitter_account_id || p.status !== status) return null;
  return {
    recipients: [s.submitter_account_id],
    text: { key, params: { title: p.title } },
    href: status === "published" ? `/practices/${p.slug}` : "/me",
  };
}

/** The reminder: those of the sweep's reports still waiting when it is delivered. */
async function stillWaiting(
  deps: Deps,
  networkId: string | null,
  practiceIds: string[],
): Promise<Notice | null> {
  // One query for the sweep's ids (up to 1,000), not one load per report.
  const waiting = await stillWaitingOf(deps.db, practiceIds.filter(isUuid));
  if (!waiting.length) return null;
  const people = await moderatorContacts(deps.db, networkId);
  return {
    recipients: people.map((m) => m.id),
    text: {
      key: waiting.length === 1 ? "practices.notify.reminder.one" : "practices.notify.reminder",
      params: { count: String(waiting.length), title: waiting[0]!.title },
    },
    href: "/practices/moderation",
    scope: await networkScope(deps, networkId),
  };
}

export const kinds = [
  notificationKind({
    name: "practices.report-submitted",
    event: "practices.practice.submitted",
    label: "practices.notify.submitted.kind",
    defaultMode: "email",
    resolve: (deps, e) => toModerators(deps, e.practiceId, "practices.notify.submitted"),
  }),
  notificationKind({
    name: "practices.report-resubmitted",
    event: "practices.practice.resubmitted",
    label: "practices.notify.resubmitted.kind",
    defaultMode: "email",
    resolve: (deps, e) => toModerators(deps, e.practiceId, "practices.notify.resubmitted"),
  }),
  notificationKind({
    name: "practices.reports-waiting",
    event: "practices.reports.waiting",
    label: "practices.notify.reminder.kind",
    defaultMode: "digest",
    resolve: (deps, e) => stillWaiting(deps, e.networkId, e.practiceIds),
  }),
  notificationKind({
    name: "practices.report-published",
    event: "practices.practice.published",
    label: "practices.notify.published.kind",
    defaultMode: "app",
    resolve: (deps, e) => toSubmitter(deps, e.practiceId, "published", "practices.notify.published"),
  }),
  notificationKind({
    name: "practices.report-changes-requested",
    event: "practices.practice.changes-requested",
    label: "practices.notify.changesRequested.kind",
    defaultMode: "app",
    resolve: (deps, e) =>
      toSubmitter(deps, e.practiceId, "changes-requested", "practices.notify.changesRequested"),
  }),
];
