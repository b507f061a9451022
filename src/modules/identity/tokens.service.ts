// Personal access tokens for the REST API: shown once at creation, stored as a hash, revocable. Each
// has an end (90 days unless chosen otherwise) and may be read-only; its owner is mailed when one is
// made, and every token of an account is revoked when its password is reset or changed and when it
// signs out everywhere, since whoever took over the account may have made one.
import type { Db } from "../../platform/db/database.ts";
import type { Deps } from "../../platform/deps.ts";
import { emit } from "../../platform/events.ts";
import { hashToken, newId, newToken } from "../../platform/ids.ts";
import type { Actor } from "./policy.ts";
import { loadActor } from "./sessions.service.ts";
import {
  findLiveToken,
  insertApiToken,
  listAccountTokens,
  markTokenUsed,
  revokeAccountTokens,
  revokeToken,
} from "./tokens.repo.ts";
import "./events.handlers.ts";

const PREFIX = "bt_";
const DAY = 86_400_000;

/** The lifetimes the account page offers; the CLI accepts any whole number of days up to the last. */
export const TOKEN_DAYS = [30, 90, 365] as const;
export const DEFAULT_TOKEN_DAYS = 90;
export const MAX_TOKEN_DAYS = 365;

export type TokenInput = { name: string; days?: number; readOnly?: boolean };

export type CreatedToken = { id: string; token: string; expiresAt: Date; readOnly: boolean };

/** Makes a token and mails its owner (a mail failure is logged; the token stands). */
export async function createApiToken(
  deps: Deps,
  accountId: string,
  input: string | TokenInput,
): Promise<CreatedToken> {
  const {
    name,
    days = DEFAULT_TOKEN_DAYS,
    readOnly = false,
  } = typeof input === "string" ? { name: input } : input;
  if (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS)
    throw new RangeError(`A token lasts 1 to ${MAX_TOKEN_DAYS} days.`);
  const token = PREFIX + newToken(30);
  const id = newId();
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + days * DAY);
  const label = name.trim().slice(0, 100);
  await deps.db.transaction().execute(async (trx) => {
    await insertApiToken(trx, {
      id,
      accountId,
      name: label,
      tokenHash: hashToken(token),
      now,
      expiresAt,
      readOnly,
    });
    // Its handler mails the owner (events.handlers.ts).
    await emit(deps, trx, "identity.token.created", {
      accountId,
      tokenId: id,
      tokenName: label,
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
      readOnly,
    });
  });
  return { id, token, expiresAt, readOnly };
}

// The actors made from read-only tokens, for the API's method check (tokens.http.ts). Kept beside the
// Actor rather than in it, so no other code can mistake a token's scope for a role.
const readOnlyActors = new WeakSet<Actor>();

export const isReadOnlyActor = (actor: Actor | null | undefined): boolean =>
  Boolean(actor && readOnlyActors.has(actor));

/** The account of a live token (not revoked, not expired), or null: the API then answers 401. */
export async function resolveApiToken(deps: Deps, token: string): Promise<Actor | null> {
  if (!token.startsWith(PREFIX)) return null;
  const now = deps.clock.now();
  const row = await findLiveToken(deps.db, hashToken(token), now);
  if (!row) return null;
  // Last-used is informational; writing it at most once a minute keeps reads cheap. Through dbQuiet:
  // a script's API call does not empty the anonymous render cache.
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > 60_000)
    await markTokenUsed(deps.dbQuiet, row.id, now);
  const actor = await loadActor(deps, row.account_id);
  if (actor && row.read_only) readOnlyActors.add(actor);
  return actor;
}

export const listApiTokens = (deps: Deps, accountId: string) => listAccountTokens(deps.db, accountId);

export const revokeApiToken = (deps: Deps, accountId: string, id: string) =>
  revokeToken(deps.db, accountId, id, deps.clock.now());

/**
 * Revokes all the account's tokens: called where the account is taken back (password reset, password
 * change, signing out everywhere). `db` may be the transaction that makes that change.
 */
export const revokeAllApiTokens = (deps: Deps, accountId: string, db: Db = deps.db) =>
  revokeAccountTokens(db, accountId, deps.clock.now());
