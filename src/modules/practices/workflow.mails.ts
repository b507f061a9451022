// The mails of the workflow, to the person who reported a practice, in their language: received,
// taken in review, published, changes requested (with the signed edit link), rejected. They are sent
// after the change has committed; a mail server that fails is logged, never shown as an error.
import type { Deps } from "../../platform/http/context.ts";
import { translator } from "../../platform/i18n/index.ts";
import { composeMail } from "../../platform/mail/compose.ts";
import type { SubmissionRow } from "./workflow.repo.ts";
import "./workflow.messages.ts";

export type MailKind = "received" | "inReview" | "published" | "changesRequested" | "rejected";

export async function mailSubmitter(
  deps: Deps,
  s: Pick<SubmissionRow, "submitter_email" | "submitter_name" | "submitter_language">,
  kind: MailKind,
  p: { title: string; slug: string; reason?: string | null; editUrl?: string },
): Promise<void> {
  if (!s.submitter_email) return;
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
  const mail = composeMail(
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
  try {
    await deps.mailer.send(mail);
  } catch (err) {
    deps.log.error({ err, to: mail.to, subject: mail.subject }, "mail could not be sent");
  }
}
