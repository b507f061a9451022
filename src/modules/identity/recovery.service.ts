// Password reset by email. The request page answers the same whether or not the address has an
// account; the link lasts an hour, sets a new password, ends every session and signs the person in.
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
import { hashPassword } from "./passwords.ts";
import { deleteSessionsExcept, setEmailVerified, setPasswordHash } from "./profile.repo.ts";

export async function requestPasswordReset(deps: Deps, rawEmail: string): Promise<void> {
  const email = rawEmail.trim();
  const limit = await hitEmailLimit(deps, email);
  if (!limit.allowed) throw new LinkLimitError(limit.retryAfterSeconds);
  const account = await findAccountByEmail(deps.db, email);
  if (!account) return;
  const token = await issueLink(deps, deps.db, "reset-password", account.id, account.email);
  await deliver(deps, mails.reset(deps, account, linkUrl(deps, "reset-password", token)));
}

/** Uses the link, sets the password and ends all sessions; the route then starts a new one. */
export async function resetPassword(deps: Deps, token: string, password: string): Promise<Redeemed> {
  const hash = await hashPassword(password);
  return deps.db.transaction().execute(async (trx) => {
    const r = await redeemLink(deps, trx, "reset-password", token);
    if (!r.ok) return r;
    const account = await findAccountById(trx, r.accountId);
    if (!account || account.email.toLowerCase() !== r.email.toLowerCase())
      return { ok: false, problem: "invalid" };
    const now = deps.clock.now();
    await setPasswordHash(trx, account.id, hash, now);
    // The link reached the inbox, so the address is confirmed too.
    await setEmailVerified(trx, account.id, now);
    await deleteSessionsExcept(trx, account.id, null);
    return r;
  });
}
