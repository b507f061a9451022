// Sign-up with email verification. Whether an address already has an account is never shown on the
// page: the person always sees "check your mail", and the address's owner gets either a
// verification link or a "you already have an account" note.
import type { Deps } from "../../platform/http/context.ts";
import { newId } from "../../platform/ids.ts";
import { hitLimit } from "../../platform/rate-limit.ts";
import { findAccountByEmail, insertAccount } from "./accounts.repo.ts";
import { deliver, deliverLink, mailLinkToAccount, mails } from "./email-links.mails.ts";
import {
  issueLink,
  LinkLimitError,
  type Redeemed,
  redeemConfirmingAddress,
  spendEmailLimit,
} from "./email-links.ts";
import { hashPassword } from "./passwords.ts";
import { isUniqueViolation } from "./profile.repo.ts";

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
  await spendEmailLimit(deps, email);

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
  await deliverLink(deps, { email, name, language: input.language }, "verify-email", token);
}

/** Sends a new verification link if the address has an unverified account; silent otherwise. */
export const resendVerification = (deps: Deps, rawEmail: string): Promise<void> =>
  mailLinkToAccount(deps, rawEmail, "verify-email", (account) => !account.email_verified_at);

/** Confirms the address the link was sent to. The route then signs the person in. */
export const verifyEmail = (deps: Deps, token: string): Promise<Redeemed> =>
  redeemConfirmingAddress(deps, "verify-email", token);
