// The mail that asks an account's owner to confirm linking an OpenID Connect identity
// (oidc-link.service.ts): queued by the identity.oidc-link.requested handler.
import type { Deps } from "../../platform/deps.ts";
import { formatDate, isLang, translator } from "../../platform/i18n/index.ts";
import { composeMail } from "../../platform/mail/compose.ts";
import type { AccountRow } from "./accounts.repo.ts";
import "./messages.accounts.ts";
import "./messages.oidc.ts";

/** Where the link goes, and how long it works (the mail says so). */
export const OIDC_LINK_PATH = "/sign-in/oidc/link";
export const OIDC_LINK_TTL_MS = 30 * 60_000;

/** The mail to the account's own address: `providerEmail` is the address the provider vouched for. */
export function oidcLinkMail(
  deps: Deps,
  account: AccountRow,
  providerEmail: string,
  token: string,
  now: Date,
) {
  const lang = isLang(account.language) ? account.language : "it";
  const t = translator(lang);
  const params = {
    name: account.name,
    label: deps.config.oidc?.label ?? "OpenID Connect",
    providerEmail,
    when: formatDate(lang, now, deps.config.timeZone, true),
    minutes: Math.round(OIDC_LINK_TTL_MS / 60_000),
    site: deps.config.baseUrl,
  };
  return composeMail(
    {
      to: account.email,
      subject: t("identity.mail.oidcLink.subject", params),
      greeting: t("identity.mail.greeting", params),
      paragraphs: [t("identity.mail.oidcLink.body", params)],
      action: {
        href: `${deps.config.baseUrl}${OIDC_LINK_PATH}?token=${encodeURIComponent(token)}`,
        label: t("identity.mail.oidcLink.action", params),
      },
      after: [t("identity.mail.oidcLink.after", params)],
      signature: t("identity.mail.signature", params),
    },
    lang,
  );
}
