// The mails of the account flows, in the recipient's language, with absolute links. The jobs that
// answer an address typed on a form (email-links.requests.ts, signup.service.ts, the failed sign-ins
// notice) send theirs with `deliver` once they have looked the address up, after the answer; the
// mails that follow a change to an account are queued by its event's handler (events.handlers.ts).
// A mail server that fails is logged by `deliver` rather than shown: the person can ask again.
import type { Deps } from "../../platform/deps.ts";
import { isLang, type Lang, translator } from "../../platform/i18n/index.ts";
import { composeMail } from "../../platform/mail/compose.ts";
import type { Mail } from "../../platform/mail/mailer.ts";
import { type AccountRow, findAccountByEmail } from "./accounts.repo.ts";
import type { AuthPurpose } from "./auth-tokens.repo.ts";
import { issueLink, LINK_TTL_MS, linkUrl } from "./email-links.ts";
import "./messages.accounts.ts";

type Recipient = { email: string; name: string; language: string };

const langOf = (r: Recipient): Lang => (isLang(r.language) ? r.language : "it");

function build(
  deps: Deps,
  r: Recipient,
  kind: string,
  opts: { href?: string; params?: Record<string, string | number> } = {},
): Mail {
  const lang = langOf(r);
  const t = translator(lang);
  const k = (part: string) => `identity.mail.${kind}.${part}`;
  const params = { name: r.name, site: deps.config.baseUrl, ...opts.params };
  return composeMail(
    {
      to: r.email,
      subject: t(k("subject"), params),
      greeting: t("identity.mail.greeting", params),
      paragraphs: [t(k("body"), params)],
      action: opts.href ? { href: opts.href, label: t(k("action"), params) } : undefined,
      after: [t(k("after"), params)],
      signature: t("identity.mail.signature", params),
    },
    lang,
  );
}

const hours = (ms: number) => Math.round(ms / 3_600_000);
const minutes = (ms: number) => Math.round(ms / 60_000);

export const mails = {
  verify: (deps: Deps, r: Recipient, href: string) =>
    build(deps, r, "verify", { href, params: { hours: hours(LINK_TTL_MS["verify-email"]) } }),
  alreadyRegistered: (deps: Deps, r: Recipient) =>
    build(deps, r, "alreadyRegistered", {
      href: `${deps.config.baseUrl}/sign-in`,
      params: { forgot: `${deps.config.baseUrl}/password/forgot` },
    }),
  reset: (deps: Deps, r: Recipient, href: string) =>
    build(deps, r, "reset", { href, params: { minutes: minutes(LINK_TTL_MS["reset-password"]) } }),
  magic: (deps: Deps, r: Recipient, href: string) =>
    build(deps, r, "magic", { href, params: { minutes: minutes(LINK_TTL_MS["magic-link"]) } }),
  changeEmail: (deps: Deps, r: Recipient, href: string) =>
    build(deps, r, "changeEmail", { href, params: { hours: hours(LINK_TTL_MS["change-email"]) } }),
  emailChanged: (deps: Deps, r: Recipient, newEmail: string) =>
    build(deps, r, "emailChanged", { params: { newEmail } }),
  failedSignIns: (deps: Deps, r: Recipient, attempts: number) =>
    build(deps, r, "failedSignIns", { href: `${deps.config.baseUrl}/password/forgot`, params: { attempts } }),
  passwordChanged: (deps: Deps, r: Recipient) =>
    build(deps, r, "passwordChanged", { href: `${deps.config.baseUrl}/password/forgot` }),
};

/** Sends one mail; a failure is logged with the address, never thrown at the person. */
export async function deliver(deps: Deps, mail: Mail): Promise<boolean> {
  try {
    await deps.mailer.send(mail);
    return true;
  } catch (err) {
    deps.log.error({ err, to: mail.to, subject: mail.subject }, "mail could not be sent");
    return false;
  }
}

const LINK_MAILS: Record<AuthPurpose, (deps: Deps, r: Recipient, href: string) => Mail> = {
  "verify-email": mails.verify,
  "reset-password": mails.reset,
  "magic-link": mails.magic,
  "change-email": mails.changeEmail,
};

/** Mails the link of `purpose` carrying `token` to the recipient, in their language. */
export const deliverLink = (deps: Deps, r: Recipient, purpose: AuthPurpose, token: string) =>
  deliver(deps, LINK_MAILS[purpose](deps, r, linkUrl(deps, purpose, token)));

/**
 * Mails a fresh link to the account that has the address, if any and if `wanted`. Run by the job
 * queue (email-links.requests.ts), after the person has had the same answer for any address.
 */
export async function mailLinkToAccount(
  deps: Deps,
  rawEmail: string,
  purpose: AuthPurpose,
  wanted: (account: AccountRow) => boolean = () => true,
): Promise<void> {
  const account = await findAccountByEmail(deps.db, rawEmail.trim());
  if (!account || !wanted(account)) return;
  const token = await issueLink(deps, deps.db, purpose, account.id, account.email);
  await deliverLink(deps, account, purpose, token);
}
