// The two notification mails: one notice at once ("email" mode) and the daily digest. Both carry
// List-Unsubscribe for what they are about (one kind; the digest: the digest), and say why they came
// and where to change it.
import type { Deps } from "../../platform/deps.ts";
import { isLang, translator } from "../../platform/i18n/index.ts";
import { composeMail } from "../../platform/mail/compose.ts";
import type { Mail } from "../../platform/mail/mailer.ts";
import { unsubscribeHeaders } from "../../platform/mail/unsubscribe.ts";
import type { Notice, NotificationKind } from "../../platform/notifications.ts";
import type { AccountContact } from "../identity/index.ts";
import type { NotificationRow } from "./notifications.repo.ts";
import { unsubscribeToken } from "./tokens.ts";

/** The digest's own "kind" for its unsubscribe link: all digest kinds go to the list only. */
export const DIGEST = "notifications.digest";

const langOf = (c: AccountContact) => (isLang(c.language) ? c.language : "it");

/** The mail with its List-Unsubscribe for `kind` (a kind's own mail gets it here too). */
export function withUnsubscribe(deps: Deps, mail: Mail, to: AccountContact, kind: string): Mail {
  const url = `${deps.config.baseUrl}/unsubscribe/${unsubscribeToken(deps.config.secret, to.id, kind)}`;
  return { ...mail, headers: unsubscribeHeaders(url) };
}

export function noticeMail(deps: Deps, to: AccountContact, kind: NotificationKind, notice: Notice): Mail {
  const lang = langOf(to);
  const t = translator(lang);
  const subject = t(notice.text.key, notice.text.params);
  const mail = composeMail(
    {
      to: to.email,
      subject,
      greeting: t("notifications.mail.greeting", { name: to.name }),
      paragraphs: [subject],
      action: { href: `${deps.config.baseUrl}${notice.href}`, label: t("notifications.mail.open") },
      after: [
        t("notifications.mail.why", { kind: t(kind.label) }),
        t("notifications.mail.settings", { url: `${deps.config.baseUrl}/account/notifications` }),
      ],
      signature: t("notifications.mail.signature"),
    },
    lang,
  );
  return withUnsubscribe(deps, mail, to, kind.name);
}

export function digestMail(deps: Deps, to: AccountContact, rows: NotificationRow[]): Mail {
  const lang = langOf(to);
  const t = translator(lang);
  const lines = rows.map((r) => `• ${t(r.text_key, r.text_params)} — ${deps.config.baseUrl}${r.href}`);
  const mail = composeMail(
    {
      to: to.email,
      subject: t("notifications.digest.subject", { n: rows.length }),
      greeting: t("notifications.mail.greeting", { name: to.name }),
      paragraphs: [t("notifications.digest.intro", { n: rows.length }), ...lines],
      action: { href: `${deps.config.baseUrl}/me/notifications`, label: t("notifications.digest.all") },
      after: [t("notifications.mail.settings", { url: `${deps.config.baseUrl}/account/notifications` })],
      signature: t("notifications.mail.signature"),
    },
    lang,
  );
  return withUnsubscribe(deps, mail, to, DIGEST);
}
