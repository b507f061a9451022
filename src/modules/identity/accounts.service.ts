// Accounts: creating them and checking a password at sign-in, with rate limits per account and per
// address that hold across processes (they are counted in the database).
import { AppError, conflict } from "../../platform/errors.ts";
import type { Deps } from "../../platform/http/context.ts";
import { newId } from "../../platform/ids.ts";
import { hitLimit } from "../../platform/rate-limit.ts";
import { findAccountByEmail, findAccountById, insertAccount } from "./accounts.repo.ts";
import { dummyHash, hashPassword, verifyPassword } from "./passwords.ts";

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
 * Checks email and password. Refuses with "identity.signIn.rateLimited" when the account or the
 * address has tried too often, and with "identity.signIn.failed" for any wrong pair (never saying
 * which half was wrong).
 */
export async function authenticate(
  deps: Deps,
  input: { email: string; password: string; ip: string },
): Promise<{ accountId: string }> {
  const email = input.email.trim().toLowerCase();
  const perIp = await hitLimit(deps.db, deps.clock, `sign-in:ip:${input.ip}`, deps.limits.signInPerIp);
  const perAccount = await hitLimit(
    deps.db,
    deps.clock,
    `sign-in:account:${email}`,
    deps.limits.signInPerAccount,
  );
  if (!perIp.allowed || !perAccount.allowed) {
    const retry = Math.max(
      perIp.allowed ? 0 : perIp.retryAfterSeconds,
      perAccount.allowed ? 0 : perAccount.retryAfterSeconds,
    );
    throw new SignInError(429, "rate-limited", "identity.signIn.rateLimited", [], {
      "Retry-After": String(retry),
    });
  }
  const account = await findAccountByEmail(deps.db, email);
  if (!account?.password_hash) {
    await verifyPassword(await dummyHash(), input.password);
    throw new SignInError(401, "sign-in-failed", "identity.signIn.failed");
  }
  if (!(await verifyPassword(account.password_hash, input.password))) {
    throw new SignInError(401, "sign-in-failed", "identity.signIn.failed");
  }
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

/** The account with this email (case-insensitive as stored), for modules that act on someone's behalf. */
export const accountByEmail = (deps: Deps, email: string) => findAccountByEmail(deps.db, email);
