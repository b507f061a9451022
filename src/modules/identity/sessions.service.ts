// Sessions: a random token in an httpOnly cookie, only its hash in the database. A new session is
// made at every sign-in (rotation), so a token seen before sign-in is worthless after it. A session
// ends after SESSION_IDLE_DAYS without a visit (the sliding expiry) and, however active, at the latest
// SESSION_DAYS after it began (the absolute lifetime, ASVS 7.3.2): a stolen cookie cannot be kept alive
// for ever by using it, and everyone types their password (or opens a link) at least once a month.

import { batchLoader } from "../../platform/db/coalesce.ts";
import type { Deps } from "../../platform/deps.ts";
import { hashToken, newToken } from "../../platform/ids.ts";
import { findAccountById } from "./accounts.repo.ts";
import type { Actor } from "./policy.ts";
import {
  deleteAccountSessions,
  deleteSession,
  findSessionActors,
  insertSession,
  loadActorMemberships,
  membershipsOf,
  touchSession,
} from "./sessions.repo.ts";

/** The absolute lifetime, counted from the sign-in; also the cookie's max-age. */
export const SESSION_DAYS = 30;
/** The inactivity timeout: a session not used for this long has ended. */
export const SESSION_IDLE_DAYS = 7;
const DAY = 86_400_000;

/** When a session begun at `createdAt` and last used at `now` ends: idle timeout, capped by the lifetime. */
export const sessionEnd = (createdAt: Date, now: Date) =>
  new Date(Math.min(now.getTime() + SESSION_IDLE_DAYS * DAY, createdAt.getTime() + SESSION_DAYS * DAY));

/** Creates a session and returns the cookie token. */
export async function startSession(deps: Deps, accountId: string, userAgent: string | null): Promise<string> {
  const token = newToken();
  const now = deps.clock.now();
  await insertSession(deps.db, {
    id: hashToken(token),
    accountId,
    expiresAt: sessionEnd(now, now),
    userAgent: userAgent?.slice(0, 300) ?? null,
    now,
  });
  return token;
}

export type SessionLookup = { sessionId: string; actor: Actor };

type SessionRow = Awaited<ReturnType<typeof findSessionActors>>[number];

// Sessions asked for while a lookup is in flight are looked up together by the next one
// (platform/db/coalesce.ts): one query for many people arriving at once. One loader per set of
// dependencies, as tests run several apps in one process.
const loaders = new WeakMap<Deps, (sessionId: string) => Promise<SessionRow | undefined>>();
function sessionLoader(deps: Deps) {
  let load = loaders.get(deps);
  if (!load) {
    load = batchLoader(async (ids) => {
      const now = deps.clock.now();
      const rows = await findSessionActors(deps.db, ids, now, new Date(now.getTime() - SESSION_DAYS * DAY));
      return new Map(rows.map((r) => [r.session_id, r]));
    });
    loaders.set(deps, load);
  }
  return load;
}

export async function resolveSession(deps: Deps, token: string): Promise<SessionLookup | null> {
  const sessionId = hashToken(token);
  const now = deps.clock.now();
  const row = await sessionLoader(deps)(sessionId);
  if (!row) return null;
  // Sliding expiry, written at most once an hour to keep page views read-only; through dbQuiet, as no
  // page shows it: a signed-in visit does not empty the anonymous render cache.
  if (now.getTime() - row.last_seen_at.getTime() > 3_600_000) {
    await touchSession(deps.dbQuiet, sessionId, now, sessionEnd(row.created_at, now));
  }
  return {
    sessionId,
    actor: {
      id: row.id,
      email: row.email,
      name: row.name,
      isAdmin: row.is_admin,
      language: row.language,
      emailVerified: row.email_verified_at !== null,
      ...membershipsOf(row.network_roles, row.organisations),
    },
  };
}

export const endSession = (deps: Deps, sessionId: string) => deleteSession(deps.db, sessionId);

/** "Sign out everywhere": every session of the account, this one included. */
export const endAllSessions = (deps: Deps, accountId: string) => deleteAccountSessions(deps.db, accountId);

/** The actor for an account id (API tokens, live tickets), or null if the account is gone. */
export async function loadActor(deps: Deps, accountId: string): Promise<Actor | null> {
  const a = await findAccountById(deps.db, accountId);
  if (!a) return null;
  return {
    id: a.id,
    email: a.email,
    name: a.name,
    isAdmin: a.is_admin,
    language: a.language,
    emailVerified: a.email_verified_at !== null,
    ...(await loadActorMemberships(deps.db, a.id)),
  };
}
