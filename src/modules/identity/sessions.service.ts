// Sessions: a random token in an httpOnly cookie, only its hash in the database. A new session is
// made at every sign-in (rotation), so a token seen before sign-in is worthless after it.

import { batchLoader } from "../../platform/db/coalesce.ts";
import type { Deps } from "../../platform/http/context.ts";
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

export const SESSION_DAYS = 30;
const DAY = 86_400_000;

/** Creates a session and returns the cookie token. */
export async function startSession(deps: Deps, accountId: string, userAgent: string | null): Promise<string> {
  const token = newToken();
  const now = deps.clock.now();
  await insertSession(deps.db, {
    id: hashToken(token),
    accountId,
    expiresAt: new Date(now.getTime() + SESSION_DAYS * DAY),
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
      const rows = await findSessionActors(deps.db, ids, deps.clock.now());
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
  // Sliding expiry, written at most once an hour to keep page views read-only.
  if (now.getTime() - row.last_seen_at.getTime() > 3_600_000) {
    await touchSession(deps.db, sessionId, now, new Date(now.getTime() + SESSION_DAYS * DAY));
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
