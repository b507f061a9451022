// Limits on guests joining a session by its link (issue 11: 60 guests joined one session in 1.2 s).
// Guests need no account, so each join is cheap to script; every guest is a participant in every
// snapshot, presence list and vote. Three bounds, kept in the database (src/platform/rate-limit.ts)
// so they hold across processes:
// - per client address (TRUST_PROXY-aware, src/platform/http/client-ip.ts), across sessions: one
//   machine cannot fill sessions. High enough for a room of people behind the venue's one address.
// - per session, across addresses: a burst from many addresses still comes in slowly.
// - a ceiling on the guests a session holds at all, checked with the session row locked.

import type { Deps } from "../../platform/deps.ts";
import { rateLimited } from "../../platform/errors.ts";
import { hitLimit, type Limit } from "../../platform/rate-limit.ts";

export type BoardLimits = {
  boardGuestJoinsPerIp: Limit;
  boardGuestJoinsPerSession: Limit;
  /** A ceiling, not a rate: only `max` is read (the guests a session holds at once). */
  boardGuestsPerSession: Limit;
};

export const BOARD_LIMITS: BoardLimits = {
  boardGuestJoinsPerIp: { max: 50, windowSeconds: 10 * 60 },
  boardGuestJoinsPerSession: { max: 100, windowSeconds: 60 },
  boardGuestsPerSession: { max: 300, windowSeconds: 0 },
};

/** The limits in force: the defaults above unless the application was started with others (tests). */
export function boardLimits(deps: Deps): BoardLimits {
  const out = { ...BOARD_LIMITS };
  for (const k of Object.keys(out) as (keyof BoardLimits)[]) out[k] = deps.limits[k] ?? out[k];
  return out;
}

/** Counts one guest join from `ip` into `sessionId`; over either rate, a 429 with Retry-After. */
export async function spendGuestJoin(deps: Deps, sessionId: string, ip: string): Promise<void> {
  const limits = boardLimits(deps);
  for (const [key, limit] of [
    [`boards:guestJoinsPerIp:${ip}`, limits.boardGuestJoinsPerIp],
    [`boards:guestJoinsPerSession:${sessionId}`, limits.boardGuestJoinsPerSession],
  ] as const) {
    const r = await hitLimit(deps, key, limit);
    if (!r.allowed) throw rateLimited(r.retryAfterSeconds, "Too many guests joining. Try again later.");
  }
}
