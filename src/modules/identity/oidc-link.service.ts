// Linking an OpenID Connect identity to an existing account. A provider saying an email is verified
// is not enough to enter the account that has that email (admins included): a provider that is
// careless, compromised or lets people set any address would hand it over. So the first time, the
// account's own address is mailed a single-use link (30 minutes); opening it and pressing the
// button links the identity (issuer and subject) and signs in. Later sign-ins find the account by
// that link alone.
import { seal } from "../../platform/crypto/sealed.ts";
import type { Deps } from "../../platform/deps.ts";
import { emit } from "../../platform/events.ts";
import { hashToken, newToken } from "../../platform/ids.ts";
import { type AccountRow, findAccountById } from "./accounts.repo.ts";
import { type LinkProblem, spendEmailLimit } from "./email-links.ts";
import {
  findLinkRequest,
  insertLinkRequest,
  linkIdentity,
  markEmailVerified,
  retireLinkRequests,
  useLinkRequest,
} from "./oidc.repo.ts";
import { OIDC_LINK_PATH, OIDC_LINK_TTL_MS } from "./oidc-link.mails.ts";
import "./events.handlers.ts";

export { OIDC_LINK_PATH, OIDC_LINK_TTL_MS };

export type OidcSubject = { issuer: string; subject: string; email: string };

/**
 * Mails the account's owner a link that confirms the identity (counted against the address's mail
 * limit, so nobody can flood a mailbox by signing in again and again).
 */
export async function requestOidcLink(
  deps: Deps,
  account: AccountRow,
  who: OidcSubject,
  next: string,
): Promise<void> {
  await spendEmailLimit(deps, account.email);
  const token = newToken();
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await retireLinkRequests(trx, account.id, now);
    await insertLinkRequest(trx, {
      id: hashToken(token),
      accountId: account.id,
      email: account.email,
      issuer: who.issuer,
      subject: who.subject,
      next,
      now,
      expiresAt: new Date(now.getTime() + OIDC_LINK_TTL_MS),
    });
    // Its handler mails the link to the account's address (events.handlers.ts).
    await emit(deps, trx, "identity.oidc-link.requested", {
      accountId: account.id,
      token: seal(deps.config, "event", token),
      providerEmail: seal(deps.config, "event", who.email),
    });
  });
}

export type LinkCheck = { ok: true; email: string } | { ok: false; problem: LinkProblem };

/** Whether a mailed link could be used now, without using it (what opening it does). */
export async function checkOidcLink(deps: Deps, token: string): Promise<LinkCheck> {
  const row = token && token.length <= 100 ? await findLinkRequest(deps.db, hashToken(token)) : undefined;
  if (!row) return { ok: false, problem: "invalid" };
  if (row.used_at) return { ok: false, problem: "used" };
  if (row.expires_at.getTime() <= deps.clock.now().getTime()) return { ok: false, problem: "expired" };
  return { ok: true, email: row.email };
}

export type LinkDone = { ok: true; accountId: string; next: string } | { ok: false; problem: LinkProblem };

/**
 * Uses the link once: links the identity and confirms the address, in one transaction. The account
 * must still have the address the link was sent to.
 */
export async function confirmOidcLink(deps: Deps, token: string): Promise<LinkDone> {
  const checked = await checkOidcLink(deps, token);
  if (!checked.ok) return checked;
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    const used = await useLinkRequest(trx, hashToken(token), now);
    if (!used) return { ok: false, problem: "used" } as const;
    const account = await findAccountById(trx, used.account_id);
    if (!account || account.email.toLowerCase() !== used.email.toLowerCase())
      return { ok: false, problem: "invalid" } as const;
    await linkIdentity(trx, { issuer: used.issuer, subject: used.subject, accountId: account.id, now });
    await markEmailVerified(trx, account.id, now);
    return { ok: true, accountId: account.id, next: used.next } as const;
  });
}
