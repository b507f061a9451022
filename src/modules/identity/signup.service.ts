// Sign-up with email verification. Whether an address already has an account is never shown on the
// page: the person always sees "check your mail", and the address's owner gets either a
// verification link or a "you already have an account" note. Nor does the time the answer takes
// tell it: the request hashes the password and queues one job for any address, and the job (run by
// the worker after the answer has gone) looks the address up, creates the account and mails.
import type { Deps } from "../../platform/deps.ts";
import { newId } from "../../platform/ids.ts";
import { defineJob } from "../../platform/jobs/jobs.ts";
import { hitLimit } from "../../platform/rate-limit.ts";
import { findAccountByEmail, insertAccount } from "./accounts.repo.ts";
import { deliver, deliverLink, mails } from "./email-links.mails.ts";
import { type LinkRequest, requestLinkMail } from "./email-links.requests.ts";
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

/**
 * What the job needs to finish a sign-up. The password travels only as its argon2id hash (the form
 * of it the accounts table stores too); pg-boss deletes completed jobs after its retention period.
 */
type SignUpData = { name: string; email: string; language: "it" | "en"; passwordHash: string };

export async function signUp(deps: Deps, input: SignUpInput): Promise<void> {
  const perIp = await hitLimit(deps, `sign-up:ip:${input.ip}`, deps.limits.signUpPerIp);
  if (!perIp.allowed) throw new LinkLimitError(perIp.retryAfterSeconds, "identity.signUp.rateLimited");
  const email = input.email.trim();
  await spendEmailLimit(deps, email);
  // Hashed for every address, new or known: the costliest step is not the one that tells them apart.
  const passwordHash = await hashPassword(input.password);
  await deps.jobs.send(completeSignUp, {
    name: input.name.trim(),
    email,
    language: input.language,
    passwordHash,
  });
}

/** Creates the account and mails its verification link, or tells an existing account's owner. */
export const completeSignUp = defineJob<SignUpData>("identity.sign-up", async (deps, d) => {
  const existing = await findAccountByEmail(deps.db, d.email);
  if (existing) {
    await deliver(deps, mails.alreadyRegistered(deps, existing));
    return;
  }
  const id = newId();
  let token: string;
  try {
    // The account and its link commit together; the mail goes out only after the commit.
    token = await deps.db.transaction().execute(async (trx) => {
      await insertAccount(trx, {
        id,
        email: d.email,
        name: d.name,
        passwordHash: d.passwordHash,
        language: d.language,
        emailVerifiedAt: null,
      });
      return issueLink(deps, trx, "verify-email", id, d.email);
    });
  } catch (err) {
    // Someone signed up with the same address a moment ago: same answer as an existing account.
    if (!isUniqueViolation(err)) throw err;
    const raced = await findAccountByEmail(deps.db, d.email);
    if (raced) await deliver(deps, mails.alreadyRegistered(deps, raced));
    return;
  }
  await deliverLink(deps, { email: d.email, name: d.name, language: d.language }, "verify-email", token);
});

/** Queues a new verification link for an unverified account with the address; nothing otherwise. */
export const resendVerification = (deps: Deps, input: LinkRequest): Promise<void> =>
  requestLinkMail(deps, "verify-email", input);

/** Confirms the address the link was sent to. The route then signs the person in. */
export const verifyEmail = (deps: Deps, token: string): Promise<Redeemed> =>
  redeemConfirmingAddress(deps, "verify-email", token);
