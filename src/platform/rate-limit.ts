// Rate limits kept in the database, so they hold across processes and restarts. Fixed windows:
// simple to reason about and to explain to a user ("try again in N minutes").
import type { Clock } from "./clock.ts";
import type { Db } from "./db/database.ts";
import { rateLimitHit } from "./rate-limit.repo.ts";

export type Limit = { max: number; windowSeconds: number };

type PlatformLimits = {
  signInPerAccount: Limit;
  signInPerIp: Limit;
  emailLinksPerAddress: Limit;
  signUpPerIp: Limit;
};

/**
 * Named limits; tests pass relaxed values through createApp, production uses the defaults. Modules
 * keep their own limits under their own names (e.g. practices' `submissionsPerIp`), with their
 * defaults beside them, and read them from here when a test set them.
 */
export type RateLimits = PlatformLimits & { readonly [name: string]: Limit | undefined };

export const DEFAULT_LIMITS: PlatformLimits = {
  signInPerAccount: { max: 10, windowSeconds: 15 * 60 },
  signInPerIp: { max: 50, windowSeconds: 15 * 60 },
  emailLinksPerAddress: { max: 5, windowSeconds: 60 * 60 },
  signUpPerIp: { max: 20, windowSeconds: 60 * 60 },
};

export type LimitResult = { allowed: boolean; retryAfterSeconds: number };

/**
 * Counts one hit against `key` and says whether it is still within the limit. Through `dbQuiet`: a
 * counter no page shows, so a refused sign-in or a rate-limited form leaves the render cache full.
 * Takes the dependencies rather than a handle so that no caller can pass a transaction (deps.ts).
 * A hit may weigh more than one (`weight`): a limit on bytes counts each upload's size.
 */
export async function hitLimit(
  deps: { dbQuiet: Db; clock: Clock },
  key: string,
  limit: Limit,
  weight = 1,
): Promise<LimitResult> {
  const now = deps.clock.now().getTime();
  const windowMs = limit.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
  const hits = await rateLimitHit(deps.dbQuiet, key, windowStart, weight);
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now) / 1000));
  return { allowed: hits <= limit.max, retryAfterSeconds };
}
