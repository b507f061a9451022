// The mails of the workflow, to the person who reported a practice, in their language: received,
// taken in review, published, changes requested (with the signed edit link), rejected. Each change
// emits its event in its own transaction (events.ts); the handlers (events.handlers.ts) compose these
// mails and queue them, so a decision never waits for the mail server, a failed send is retried, and
// a committed change never loses its mail.
import type { Deps } from "../../../platform/deps.ts";
import { translator } from "../../../platform/i18n/index.ts";
import { composeMail } from "../../../platform/mail/compose.ts";
import type { Mail } from "../../../platform/mail/mailer.ts";
import type { PracticeStatus } from "../tables.ts";
import type { SubmissionRow } from "./repo.ts";
import "./messages.ts";

export type MailKind = "received" | "inReview" | "published" | "changesRequested" | "rejected";

/** How long the mailed edit link of "changes requested" works. */
export const EDIT_LINK_DAYS = 30;

/** The status a mail is about; null: any (a receipt is sent even if a moderator was quicker). */
export const STATUS_OF: Record<MailKind, PracticeStatus | null> = {
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
  p: {
    title: string;
    slug: string;
    reason?: string | null;
    editUrl?: string;
    /** The report's reference and status page (reports sent before issue 14 have none). */
    reference?: string | null;
    statusUrl?: string | undefined;
  },
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
        : p.statusUrl;
  const actionLabel = href === p.statusUrl ? t("practices.mail.status.action") : t(k("action"), params);
  return composeMail(
    {
      to: s.submitter_email,
      subject: t(k("subject"), params),
      greeting: t("practices.mail.greeting", params),
      paragraphs: [
        t(k("body"), params),
        ...(p.reason ? [t("practices.mail.reason", { reason: p.reason })] : []),
        ...(p.reference ? [t("practices.mail.reference", { reference: p.reference })] : []),
      ],
      action: href ? { href, label: actionLabel } : undefined,
      after: [t("practices.mail.after", params)],
      signature: t("practices.mail.signature", params),
    },
    lang,
  );
}
