// Accounts: creating them and checking a password at sign-in, with a limit per client address and a
// progressive delay per account that hold across processes (they are counted in the database).

import type { Deps } from "../../platform/deps.ts";
import { AppError, conflict } from "../../platform/errors.ts";
import { newId } from "../../platform/ids.ts";
import { defineJob } from "../../platform/jobs/jobs.ts";
import { hitLimit } from "../../platform/rate-limit.ts";
import {
  countAccounts,
  findAccountByEmail,
  findAccountById,
  findAccountsByIds,
  insertAccount,
  updateTimeZone,
} from "./accounts.repo.ts";
import { deliver, mails } from "./email-links.mails.ts";
import type { KnownBrowser } from "./known-browsers.ts";
import { dummyHash, hashPassword, verifyPassword } from "./passwords.ts";
import { claimAttempt, clearAttempts, type ThrottlePolicy } from "./sign-in-throttle.repo.ts";

export type NewAccount = {
  email: string;
  name: string;
  password?: string;
  /** An argon2id hash made beforehand (demo data hashes its one password once). */
  passwordHash?: string;
  language?: "it" | "en";
  verified?: boolean;
  isAdmin?: boolean;
};

export async function createAccount(deps: Deps, a: NewAccount): Promise<{ id: string }> {
  const email = a.email.trim();
  if (await findAccountByEmail(deps.db, email))
    throw conflict("An account with this email exists.", "email-taken");
  const id = newId();
  await insertAccount(deps.db, {
    id,
    email,
    name: a.name.trim(),
    passwordHash: a.passwordHash ?? (a.password ? await hashPassword(a.password) : null),
    language: a.language ?? "it",
    emailVerifiedAt: a.verified ? deps.clock.now() : null,
    isAdmin: a.isAdmin ?? false,
  });
  return { id };
}

export class SignInError extends AppError {}

/**
 * Attempts from a browser that has not signed in to the account before (per typed address): the
 * first `signInPerAccount.max` are free, then each must wait 1 s, 2 s, 4 s… up to 5 minutes after the
 * previous one; `signInPerAccount.windowSeconds` without an attempt starts the count over. A guesser
 * is slowed to a few attempts an hour, and nobody is locked out: the owner's known browser is not
 * slowed, and a sign-in link or a password reset always works.
 */
const throttlePolicy = (deps: Deps): ThrottlePolicy => ({
  free: deps.limits.signInPerAccount.max,
  quietSeconds: deps.limits.signInPerAccount.windowSeconds,
  baseSeconds: 1,
  capSeconds: 5 * 60,
});

/** Tells the account's owner, once per run of failed attempts, that someone is trying its password. */
export const failedSignInsNotice = defineJob<{ email: string; attempts: number }>(
  "identity.failed-sign-ins-notice",
  async (deps, data) => {
    const account = await findAccountByEmail(deps.db, data.email);
    if (account) await deliver(deps, mails.failedSignIns(deps, account, data.attempts));
  },
);

const tooMany = (key: string, seconds: number) =>
  new SignInError(429, "rate-limited", key, [], { "Retry-After": String(Math.max(1, Math.ceil(seconds))) });

/**
 * Checks email and password. Refuses with "identity.signIn.rateLimited" when the client's address or
 * the known browser has tried too often, with "identity.signIn.slowDown" when an unknown browser must
 * wait before the next attempt at this address, and with "identity.signIn.failed" for any wrong pair
 * (never saying which half was wrong). The work done does not depend on whether the address has an
 * account.
 */
export async function authenticate(
  deps: Deps,
  input: { email: string; password: string; ip: string; browser?: KnownBrowser | null },
): Promise<{ accountId: string }> {
  const email = input.email.trim().toLowerCase();
  const perIp = await hitLimit(deps, `sign-in:ip:${input.ip}`, deps.limits.signInPerIp);
  if (!perIp.allowed) throw tooMany("identity.signIn.rateLimited", perIp.retryAfterSeconds);
  const account = await findAccountByEmail(deps.db, email);
  const known = account !== undefined && input.browser?.accountId === account.id;
  let attempts = 0;
  if (known) {
    // The owner's browser has its own, plain limit: a stolen cookie does not make guessing cheap.
    const key = `sign-in:browser:${input.browser?.id}`;
    const perBrowser = await hitLimit(deps, key, deps.limits.signInPerAccount);
    if (!perBrowser.allowed) throw tooMany("identity.signIn.rateLimited", perBrowser.retryAfterSeconds);
  } else {
    const now = deps.clock.now();
    // A counter like the rate limits (dbQuiet): a refused sign-in leaves the render cache full.
    const claim = await claimAttempt(deps.dbQuiet, email, now, throttlePolicy(deps));
    if (!claim.ok)
      throw tooMany("identity.signIn.slowDown", (claim.retryAt.getTime() - now.getTime()) / 1000);
    attempts = claim.attempts;
  }
  let right = false;
  if (account?.password_hash) right = await verifyPassword(account.password_hash, input.password);
  // No account (or none with a password): the same work, so a wrong address takes as long.
  else await verifyPassword(await dummyHash(), input.password);
  if (!account || !right) {
    // The run of failures has just reached the point where waiting begins: tell the owner, once.
    if (attempts === deps.limits.signInPerAccount.max)
      await deps.jobs.send(failedSignInsNotice, { email, attempts });
    throw new SignInError(401, "sign-in-failed", "identity.signIn.failed");
  }
  if (!known) await clearAttempts(deps.dbQuiet, email);
  if (!account.email_verified_at)
    throw new SignInError(403, "email-not-verified", "identity.signIn.unverified");
  return { accountId: account.id };
}

/** Where and in which language to write to a person (for other modules' notifications); null if gone. */
export async function accountContact(
  deps: Deps,
  id: string,
): Promise<{ email: string; name: string; language: string } | null> {
  const a = await findAccountById(deps.db, id);
  return a ? { email: a.email, name: a.name, language: a.language } : null;
}

export type AccountContact = {
  id: string;
  email: string;
  name: string;
  language: string;
  /** The zone the person lives in: their own, or the instance's. */
  timeZone: string;
  /** The zone they chose, null when they chose none (the preferences form shows "the platform's"). */
  ownTimeZone: string | null;
};

/** Several accounts' contact details and time zone (the instance's when they chose none). */
export async function accountContacts(deps: Deps, ids: readonly string[]): Promise<AccountContact[]> {
  const rows = await findAccountsByIds(deps.db, ids);
  return rows.map((a) => ({
    id: a.id,
    email: a.email,
    name: a.name,
    language: a.language,
    timeZone: a.time_zone ?? deps.config.timeZone,
    ownTimeZone: a.time_zone,
  }));
}

/** The account's own time zone (an IANA name checked by the caller), or null for the instance's. */
export const setAccountTimeZone = (deps: Deps, id: string, timeZone: string | null) =>
  updateTimeZone(deps.db, id, timeZone);

/** The account with this email (case-insensitive as stored), for modules that act on someone's behalf. */
export const accountByEmail = (deps: Deps, email: string) => findAccountByEmail(deps.db, email);

/** Whether anyone has an account yet (an empty instance gets demo data: app/demo.ts). */
export async function hasAccounts(deps: Deps): Promise<boolean> {
  return (await countAccounts(deps.db)) > 0;
}
