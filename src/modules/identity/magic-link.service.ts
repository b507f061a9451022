// Sign-in by a link sent to the address (15 minutes, single use). Same answer for any address; a
// used link also confirms the address.
import type { Deps } from "../../platform/http/context.ts";
import { findAccountByEmail, findAccountById } from "./accounts.repo.ts";
import { deliver, mails } from "./email-links.mails.ts";
import {
  hitEmailLimit,
  issueLink,
  LinkLimitError,
  linkUrl,
  type Redeemed,
  redeemLink,
} from "./email-links.ts";
import { setEmailVerified } from "./profile.repo.ts";

export async function requestMagicLink(deps: Deps, rawEmail: string): Promise<void> {
  const email = rawEmail.trim();
  const limit = await hitEmailLimit(deps, email);
  if (!limit.allowed) throw new LinkLimitError(limit.retryAfterSeconds);
  const account = await findAccountByEmail(deps.db, email);
  if (!account) return;
  const token = await issueLink(deps, deps.db, "magic-link", account.id, account.email);
  await deliver(deps, mails.magic(deps, account, linkUrl(deps, "magic-link", token)));
}

export async function signInWithLink(deps: Deps, token: string): Promise<Redeemed> {
  return deps.db.transaction().execute(async (trx) => {
    const r = await redeemLink(deps, trx, "magic-link", token);
    if (!r.ok) return r;
    const account = await findAccountById(trx, r.accountId);
    if (!account || account.email.toLowerCase() !== r.email.toLowerCase())
      return { ok: false, problem: "invalid" };
    await setEmailVerified(trx, account.id, deps.clock.now());
    return r;
  });
}
