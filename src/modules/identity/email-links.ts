// Single-use links sent by email (verify an address, reset a password, sign in, confirm a new
// address): issuing them, limiting how many one address receives, and redeeming them with a reason
// when they cannot be used (expired, used, unknown) so the page can say so plainly.
import type { Db } from "../../platform/db/database.ts";
import type { Deps } from "../../platform/deps.ts";
import { AppError } from "../../platform/errors.ts";
import { hashToken, newToken } from "../../platform/ids.ts";
import { hitLimit } from "../../platform/rate-limit.ts";
import { type AccountRow, findAccountById } from "./accounts.repo.ts";
import {
  type AuthPurpose,
  findAuthToken,
  insertAuthToken,
  retireAuthTokens,
  useAuthToken,
} from "./auth-tokens.repo.ts";
import { setEmailVerified } from "./profile.repo.ts";

const HOUR = 3_600_000;

export const LINK_TTL_MS: Record<AuthPurpose, number> = {
  "verify-email": 48 * HOUR,
  "reset-password": HOUR,
  "magic-link": 15 * 60_000,
  "change-email": 48 * HOUR,
};

/** Where each link lands; the token travels as `?token=`. */
export const LINK_PATH: Record<AuthPurpose, string> = {
  "verify-email": "/verify-email",
  "reset-password": "/password/reset",
  "magic-link": "/sign-in/link/open",
  "change-email": "/account/email/confirm",
};

export const linkUrl = (deps: Deps, purpose: AuthPurpose, token: string) =>
  `${deps.config.baseUrl}${LINK_PATH[purpose]}?token=${encodeURIComponent(token)}`;

/** Too many requests: the message is a catalogue key, shown on the same form with the wait in minutes. */
export class LinkLimitError extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    key = "identity.links.rateLimited",
  ) {
    super(429, "rate-limited", key, [], { "Retry-After": String(retryAfterSeconds) });
  }
}

/** Counts one email to `email` against the per-address limit (links and notices alike); over it, throws. */
export async function spendEmailLimit(deps: Deps, email: string): Promise<void> {
  const key = `email-links:${email.trim().toLowerCase()}`;
  const limit = await hitLimit(deps, key, deps.limits.emailLinksPerAddress);
  if (!limit.allowed) throw new LinkLimitError(limit.retryAfterSeconds);
}

/**
 * Stores a new link for the account (retiring its older open links of the same purpose) and returns
 * the token to put in the mail. `db` may be a transaction, so the link commits with what it confirms.
 */
export async function issueLink(
  deps: Deps,
  db: Db,
  purpose: AuthPurpose,
  accountId: string,
  email: string,
): Promise<string> {
  const token = newToken();
  const now = deps.clock.now();
  await retireAuthTokens(db, accountId, purpose, now);
  await insertAuthToken(db, {
    id: hashToken(token),
    purpose,
    accountId,
    email,
    now,
    expiresAt: new Date(now.getTime() + LINK_TTL_MS[purpose]),
  });
  return token;
}

export type LinkProblem = "invalid" | "expired" | "used";
export type Redeemed = { ok: true; accountId: string; email: string } | { ok: false; problem: LinkProblem };

/** Says whether a link could be used now, without using it: what opening a mailed link (GET) does. */
export async function checkLink(deps: Deps, purpose: AuthPurpose, token: string): Promise<Redeemed> {
  if (!token) return { ok: false, problem: "invalid" };
  const row = await findAuthToken(deps.db, hashToken(token), purpose);
  if (!row?.account_id) return { ok: false, problem: "invalid" };
  if (row.used_at) return { ok: false, problem: "used" };
  if (row.expires_at.getTime() <= deps.clock.now().getTime()) return { ok: false, problem: "expired" };
  return { ok: true, accountId: row.account_id, email: row.email };
}

/** Uses a link once. `db` may be a transaction, so the use commits with its effect. */
export async function redeemLink(deps: Deps, db: Db, purpose: AuthPurpose, token: string): Promise<Redeemed> {
  if (!token) return { ok: false, problem: "invalid" };
  const used = await useAuthToken(db, hashToken(token), purpose, deps.clock.now());
  if (used?.account_id) return { ok: true, accountId: used.account_id, email: used.email };
  // Not usable: look again only to tell the person why.
  const row = await findAuthToken(db, hashToken(token), purpose);
  if (!row?.account_id) return { ok: false, problem: "invalid" };
  if (row.used_at) return { ok: false, problem: "used" };
  return { ok: false, problem: "expired" };
}

export type RedeemedFor =
  | { ok: true; account: AccountRow; email: string }
  | { ok: false; problem: LinkProblem };

/**
 * Uses a link of an account that still exists. Except for a new address (change-email), the account
 * must still have the address the link was sent to: a link for an address it no longer has confirms
 * nothing.
 */
export async function redeemForAccount(
  deps: Deps,
  db: Db,
  purpose: AuthPurpose,
  token: string,
): Promise<RedeemedFor> {
  const r = await redeemLink(deps, db, purpose, token);
  if (!r.ok) return r;
  const account = await findAccountById(db, r.accountId);
  const sameAddress = account?.email.toLowerCase() === r.email.toLowerCase();
  if (!account || (purpose !== "change-email" && !sameAddress)) return { ok: false, problem: "invalid" };
  return { ok: true, account, email: r.email };
}

/**
 * Uses a link that reached the account's inbox, which also confirms the address. `also` adds the
 * link's own effect (a new password) in the same transaction, so the link is used only with it.
 */
export async function redeemConfirmingAddress(
  deps: Deps,
  purpose: "verify-email" | "magic-link" | "reset-password",
  token: string,
  also?: (trx: Db, account: AccountRow, now: Date) => Promise<void>,
): Promise<Redeemed> {
  return deps.db.transaction().execute(async (trx) => {
    const r = await redeemForAccount(deps, trx, purpose, token);
    if (!r.ok) return r;
    const now = deps.clock.now();
    await setEmailVerified(trx, r.account.id, now);
    await also?.(trx, r.account, now);
    return { ok: true, accountId: r.account.id, email: r.email };
  });
}
