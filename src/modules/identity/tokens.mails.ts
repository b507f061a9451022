// The mail that tells an account's owner a token was made for it: if it was not them, they learn
// at once and can revoke it and change their password. Queued by the identity.token.created handler.
import type { Deps } from "../../platform/deps.ts";
import { formatDate, isLang, translator } from "../../platform/i18n/index.ts";
import { composeMail } from "../../platform/mail/compose.ts";
import type { Mail } from "../../platform/mail/mailer.ts";
import "./messages.accounts.ts";
import "./messages.tokens.ts";

type Owner = { email: string; name: string; language: string };

export function tokenCreatedMail(
  deps: Deps,
  owner: Owner,
  tok: { name: string; createdAt: Date; expiresAt: Date; readOnly: boolean },
): Mail {
  const lang = isLang(owner.language) ? owner.language : "it";
  const t = translator(lang);
  const tz = deps.config.timeZone;
  const params = {
    name: owner.name,
    token: tok.name,
    created: formatDate(lang, tok.createdAt, tz, true),
    expires: formatDate(lang, tok.expiresAt, tz),
    scope: t(tok.readOnly ? "identity.tokens.scope.read" : "identity.tokens.scope.write"),
    site: deps.config.baseUrl,
  };
  return composeMail(
    {
      to: owner.email,
      subject: t("identity.mail.tokenCreated.subject", params),
      greeting: t("identity.mail.greeting", params),
      paragraphs: [t("identity.mail.tokenCreated.body", params)],
      action: {
        href: `${deps.config.baseUrl}/account/tokens`,
        label: t("identity.mail.tokenCreated.action"),
      },
      after: [t("identity.mail.tokenCreated.after", params)],
      signature: t("identity.mail.signature", params),
    },
    lang,
  );
}
