// What identity does when its events are delivered (platform/events.ts): the mails of an invitation
// and of changes to an account (password, address, API tokens). Each handler reads what it needs when
// it runs and queues the mail in the transaction of its receipt, so an event delivered twice mails
// nobody twice. Declared at import time; the services that emit the events import this file, and it
// loads without the HTTP app (the worker's manifest loads it too).
//
// The mailed links of the account flows (email-links.requests.ts, signup.service.ts) are not events:
// they follow from an address typed on a form, which no payload may carry, and their jobs look the
// address up after the answer so that the answer tells nothing about accounts.
import { unseal } from "../../platform/crypto/sealed.ts";
import type { Db } from "../../platform/db/database.ts";
import type { Deps } from "../../platform/deps.ts";
import { onEvent } from "../../platform/events.ts";
import { translator } from "../../platform/i18n/index.ts";
import { hashToken } from "../../platform/ids.ts";
import type { Mail } from "../../platform/mail/mailer.ts";
import { queueMails } from "../../platform/mail/outbox.ts";
import { findAccountById } from "./accounts.repo.ts";
import { findAuthToken } from "./auth-tokens.repo.ts";
import { mails } from "./email-links.mails.ts";
import { linkUrl } from "./email-links.ts";
import { invitationTo } from "./invitations.core.ts";
import { NETWORK_INVITATIONS } from "./invitations.kind.ts";
import { oidcLinkMail } from "./oidc-link.mails.ts";
import { tokenCreatedMail } from "./tokens.mails.ts";
import "./events.ts";
import "./messages.invitations.ts";

const DAY = 86_400_000;

const queue = (deps: Deps, mail: Mail) => (trx: Db) => queueMails(deps, trx, [mail]);

onEvent("identity.invitation-mail", "identity.invitation.sent", async (deps, e) => {
  const inv = await invitationTo(deps.db, NETWORK_INVITATIONS, e.networkId, e.invitationId);
  if (!inv) return undefined;
  const t = translator(e.lang);
  const link = `${deps.config.baseUrl}/invitations/${unseal(deps.config, "event", e.token)}`;
  const mail = {
    to: inv.email,
    subject: t("identity.invitations.mailSubject", { network: inv.networkName }),
    text: t("identity.invitations.mailBody", {
      inviter: inv.inviterName ?? "",
      network: inv.networkName,
      role: t(`identity.roles.${inv.role}`),
      link,
      // The days the link works, as the invitation was made (INVITATION_DAYS).
      days: Math.round((inv.expiresAt.getTime() - inv.createdAt.getTime()) / DAY),
    }),
  };
  return queue(deps, mail);
});

onEvent("identity.password-changed-mail", "identity.account.password-changed", async (deps, e) => {
  const account = await findAccountById(deps.db, e.accountId);
  return account ? queue(deps, mails.passwordChanged(deps, account)) : undefined;
});

// The link goes to the new address, which only the link's own row holds.
onEvent("identity.change-email-mail", "identity.email-change.requested", async (deps, e) => {
  const token = unseal(deps.config, "event", e.token);
  const [account, link] = await Promise.all([
    findAccountById(deps.db, e.accountId),
    findAuthToken(deps.db, hashToken(token), "change-email"),
  ]);
  if (!account || !link) return undefined;
  return queue(
    deps,
    mails.changeEmail(deps, { ...account, email: link.email }, linkUrl(deps, "change-email", token)),
  );
});

// To the old address, naming the new one.
onEvent("identity.email-changed-mail", "identity.account.email-changed", async (deps, e) => {
  const account = await findAccountById(deps.db, e.accountId);
  if (!account) return undefined;
  const previous = { ...account, email: unseal(deps.config, "event", e.previousEmail) };
  return queue(deps, mails.emailChanged(deps, previous, account.email));
});

onEvent("identity.token-created-mail", "identity.token.created", async (deps, e) => {
  const account = await findAccountById(deps.db, e.accountId);
  if (!account) return undefined;
  return queue(
    deps,
    tokenCreatedMail(deps, account, {
      name: e.tokenName,
      createdAt: new Date(e.createdAt),
      expiresAt: new Date(e.expiresAt),
      readOnly: e.readOnly,
    }),
  );
});

onEvent("identity.oidc-link-mail", "identity.oidc-link.requested", async (deps, e) => {
  const account = await findAccountById(deps.db, e.accountId);
  if (!account) return undefined;
  const token = unseal(deps.config, "event", e.token);
  const providerEmail = unseal(deps.config, "event", e.providerEmail);
  return queue(deps, oidcLinkMail(deps, account, providerEmail, token, new Date(e.occurredAt)));
});
