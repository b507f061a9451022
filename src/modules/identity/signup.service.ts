// Sign-up with email verification. Whether an address already has an account is never shown on the
// page: the person always sees "check your mail", and the address's owner gets either a
// verification link or a "you already have an account" note.
import type { Deps } from "../../platform/http/context.ts";
import { newId } from "../../platform/ids.ts";
import { hitLimit } from "../../platform/rate-limit.ts";
import { findAccountByEmail, findAccountById, insertAccount } from "./accounts.repo.ts";
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
import { isUniqueViolation, setEmailVerified } from "./profile.repo.ts";

export type SignUpInput = {
  name: string;
  email: string;
  password: string;
  language: "it" | "en";
  ip: string;
};

export async function signUp(deps: Deps, input: SignUpInput): Promise<void> {
  const perIp = await hitLimit(deps.db, deps.clock, `sign-up:ip:${input.ip}`, deps.limits.signUpPerIp);
  if (!perIp.allowed) throw new LinkLimitError(perIp.retryAfterSeconds, "identity.signUp.rateLimited");
  const email = input.email.trim();
  const perAddress = await hitEmailLimit(deps, email);
  if (!perAddress.allowed) throw new LinkLimitError(perAddress.retryAfterSeconds);

  const existing = await findAccountByEmail(deps.db, email);
  if (existing) {
    await deliver(deps, mails.alreadyRegistered(deps, existing));
    return;
  }
  const id = newId();
  const name = input.name.trim();
  const passwordHash = await hashPassword(input.password);
  let token: string;
  try {
    // The account and its link commit together; the mail goes out only after the commit.
    token = await deps.db.transaction().execute(async (trx) => {
      await insertAccount(trx, {
        id,
        email,
        name,
        passwordHash,
        language: input.language,
        emailVerifiedAt: null,
      });
      return issueLink(deps, trx, "verify-email", id, email);
    });
  } catch (err) {
    // Someone signed up with the same address a moment ago: same answer as an existing account.
    if (!isUniqueViolation(err)) throw err;
    const raced = await findAccountByEmail(deps.db, email);
    if (raced) await deliver(deps, mails.alreadyRegistered(deps, raced));
    return;
  }
  await deliver(
    deps,
    mails.verify(deps, { email, name, language: input.language }, linkUrl(deps, "verify-email", token)),
  );
}

/** Sends a new verification link if the address has an unverified account; silent otherwise. */
export async function resendVerification(deps: Deps, rawEmail: string): Promise<void> {
  const email = rawEmail.trim();
  const limit = await hitEmailLimit(deps, email);
  if (!limit.allowed) throw new LinkLimitError(limit.retryAfterSeconds);
  const account = await findAccountByEmail(deps.db, email);
  if (!account || account.email_verified_at) return;
  const token = await issueLink(deps, deps.db, "verify-email", account.id, account.email);
  await deliver(deps, mails.verify(deps, account, linkUrl(deps, "verify-email", token)));
}

/** Confirms the address the link was sent to. The route then signs the person in. */
export async function verifyEmail(deps: Deps, token: string): Promise<Redeemed> {
  return deps.db.transaction().execute(async (trx) => {
    const r = await redeemLink(deps, trx, "verify-email", token);
    if (!r.ok) return r;
    const account = await findAccountById(trx, r.accountId);
    // A link for an address the account no longer has confirms nothing.
    if (!account || account.email.toLowerCase() !== r.email.toLowerCase())
      return { ok: false, problem: "invalid" };
    await setEmailVerified(trx, account.id, deps.clock.now());
    return r;
  });
}
