// What practices does when its events are delivered (platform/events.ts): the submitter's mails, and
// the moderators' notice of a report to moderate (at the end).
// Each handler reads the practice and its submission as they are when it runs — a mail about a
// status the practice has already left is not sent — composes the mail (workflow/mails.ts) and queues
// it in the transaction of its receipt, so an event delivered twice mails nobody twice. For "changes
// requested" that transaction also stores the edit link's hash: the link is made once per decision
// and travels only inside the sealed mail. Declared at import time; the services that emit these
// events import this file, and it loads without the HTTP app (the worker's manifest loads it too).
import type { Db } from "../../platform/db/database.ts";
import type { Deps } from "../../platform/deps.ts";
import { onEvent } from "../../platform/events.ts";
import { hashToken, newToken } from "../../platform/ids.ts";
import { queueMails } from "../../platform/mail/outbox.ts";
import { loadPractice } from "./catalogue/service.ts";
import { EDIT_LINK_DAYS, type MailKind, STATUS_OF, submitterMailOf } from "./workflow/mails.ts";
import { findSubmission, updateSubmission } from "./workflow/repo.ts";
import { statusUrl } from "./workflow/submissions.status.ts";
import "./events.ts";

async function mailSubmitter(deps: Deps, practiceId: string, kind: MailKind) {
  const s = await findSubmission(deps.db, practiceId);
  if (!s?.submitter_email) return undefined;
  const p = await loadPractice(deps, practiceId).catch(() => null);
  if (!p) return undefined;
  const expected = STATUS_OF[kind];
  if (expected && p.status !== expected) return undefined;
  const reason = kind === "changesRequested" || kind === "rejected" ? s.reason : null;
  const token = kind === "changesRequested" ? newToken() : null;
  const editUrl = token
    ? `${deps.config.baseUrl}/practices/submissions/edit?token=${encodeURIComponent(token)}`
    : undefined;
  const mail = submitterMailOf(deps, s, kind, {
    title: p.title,
    slug: p.slug,
    reason,
    editUrl,
    reference: s.reference,
    statusUrl: s.reference ? statusUrl(deps, s.reference) : undefined,
  });
  return async (trx: Db) => {
    if (token)
      await updateSubmission(trx, p.id, {
        edit_token_hash: hashToken(token),
        edit_token_expires_at: new Date(deps.clock.now().getTime() + EDIT_LINK_DAYS * 86_400_000),
      });
    await queueMails(deps, trx, [mail]);
  };
}

type WorkflowEvent =
  | "practices.practice.submitted"
  | "practices.practice.resubmitted"
  | "practices.review.opened"
  | "practices.practice.published"
  | "practices.practice.changes-requested"
  | "practices.practice.rejected";

const MAILS: [WorkflowEvent, string, MailKind][] = [
  ["practices.practice.submitted", "practices.received-mail", "received"],
  // Sent again after changes: the same receipt as a first report.
  ["practices.practice.resubmitted", "practices.resubmitted-mail", "received"],
  ["practices.review.opened", "practices.in-review-mail", "inReview"],
  ["practices.practice.published", "practices.published-mail", "published"],
  ["practices.practice.changes-requested", "practices.changes-requested-mail", "changesRequested"],
  ["practices.practice.rejected", "practices.rejected-mail", "rejected"],
];

for (const [event, handler, kind] of MAILS)
  onEvent(handler, event, (deps, e) => mailSubmitter(deps, e.practiceId, kind));

// The moderators hear of a report sent, or sent again after changes, through the notification kinds
// of notifications.ts (their preferences decide: at once by email by default, the digest, the list);
// the daily reminder of reports waiting over 3 days is a kind too, in the digest by default
// (workflow/moderators.notify.ts).
