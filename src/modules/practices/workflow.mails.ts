// The mails of the workflow, to the person who reported a practice, in their language: received,
// taken in review, published, changes requested (with the signed edit link), rejected. They go
// through the job queue once the change has committed, so a decision never waits for the mail
// server and a failed send is retried. The job reads the practice as it is when it runs: a mail
// about a status the practice has already left is not sent.
import type { Deps } from "../../platform/http/context.ts";
import { translator } from "../../platform/i18n/index.ts";
import { hashToken, newToken } from "../../platform/ids.ts";
import { defineJob } from "../../platform/jobs/jobs.ts";
import { composeMail } from "../../platform/mail/compose.ts";
import type { Mail } from "../../platform/mail/mailer.ts";
import { loadPractice } from "./practices.service.ts";
import type { PracticeStatus } from "./tables.ts";
import { findSubmission, type SubmissionRow, updateSubmission } from "./workflow.repo.ts";
import "./workflow.messages.ts";

export type MailKind = "received" | "inReview" | "published" | "changesRequested" | "rejected";

/** How long the mailed edit link of "changes requested" works. */
export const EDIT_LINK_DAYS = 30;

/** The status a mail is about; null: any (a receipt is sent even if a moderator was quicker). */
const STATUS_OF: Record<MailKind, PracticeStatus | null> = {
  received: null,
  inReview: "in-review",
  published: "published",
  changesRequested: "changes-requested",
  rejected: "rejected",
};

export function submitterMailOf(
  deps: Deps,
  s: Pick<SubmissionRow, "submitter_email" | "submitter_name" | "submitter_language">,
  kind: MailKind,
  p: { title: string; slug: string; reason?: string | null; editUrl?: string },
): Mail {
  const lang = s.submitter_language;
  const t = translator(lang);
  const k = (part: string) => `practices.mail.${kind}.${part}`;
  const params = { name: s.submitter_name || s.submitter_email, title: p.title, site: deps.config.baseUrl };
  const href =
    kind === "changesRequested"
      ? p.editUrl
      : kind === "published"
        ? `${deps.config.baseUrl}/practices/${p.slug}`
        : undefined;
  return composeMail(
    {
      to: s.submitter_email,
      subject: t(k("subject"), params),
      greeting: t("practices.mail.greeting", params),
      paragraphs: [
        t(k("body"), params),
        ...(p.reason ? [t("practices.mail.reason", { reason: p.reason })] : []),
      ],
      action: href ? { href, label: t(k("action"), params) } : undefined,
      after: [t("practices.mail.after", params)],
      signature: t("practices.mail.signature", params),
    },
    lang,
  );
}

/**
 * One mail to a practice's submitter. For "changes requested" the job issues the edit link itself
 * (only its hash is stored, never the token in the queue); a retry after a failed send issues a new
 * one, which is fine since the failed mail never arrived.
 */
export const submitterMail = defineJob<{ practiceId: string; kind: MailKind }>(
  "practices.submitter-mail",
  async (deps, data) => {
    const s = await findSubmission(deps.db, data.practiceId);
    if (!s?.submitter_email) return;
    const p = await loadPractice(deps, data.practiceId).catch(() => null);
    if (!p) return;
    const expected = STATUS_OF[data.kind];
    if (expected && p.status !== expected) return;
    let editUrl: string | undefined;
    if (data.kind === "changesRequested") {
      const token = newToken();
      await updateSubmission(deps.db, p.id, {
        edit_token_hash: hashToken(token),
        edit_token_expires_at: new Date(deps.clock.now().getTime() + EDIT_LINK_DAYS * 86_400_000),
      });
      editUrl = `${deps.config.baseUrl}/practices/submissions/edit?token=${encodeURIComponent(token)}`;
    }
    const reason = data.kind === "changesRequested" || data.kind === "rejected" ? s.reason : null;
    await deps.mailer.send(
      submitterMailOf(deps, s, data.kind, { title: p.title, slug: p.slug, reason, editUrl }),
    );
  },
  { retryLimit: 5, retryDelaySeconds: 30 },
);

/** Queues the mail (after the change has committed); a queue that fails is logged, the change stands. */
export async function mailSubmitter(deps: Deps, practiceId: string, kind: MailKind): Promise<void> {
  try {
    await deps.jobs.send(submitterMail, { practiceId, kind });
  } catch (err) {
    deps.log.error({ err, practiceId, kind }, "submitter mail could not be queued");
  }
}
