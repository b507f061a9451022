// Guests on the live board. A guest has no account, so no browser session for /live to recognise:
// the session's page asks for a guest ticket (POST /boards/:id/live-ticket, with the guest cookie),
// signed for this one session and the guest's place in it, and opens /live?ticket=… with it. The
// board's /live handlers then treat the connection as that participant, on that session only.

import type { Deps } from "../../platform/deps.ts";
import { notFound, rateLimited } from "../../platform/errors.ts";
import { hitLimit, type Limit } from "../../platform/rate-limit.ts";
import { type LiveGuest, signGuestTicket } from "../../platform/realtime/guest-tickets.ts";
import type { LiveConnection } from "../../platform/realtime/live.ts";
import { accessSession, type Visitor } from "./boards.service.ts";
import { can } from "./policy.ts";

/**
 * Tickets per guest: a page asks for one per (re)connection, and reconnections back off, so more
 * than this in five minutes is a script, not a browser. Kept in the shared counters (all processes).
 */
export const GUEST_TICKET_LIMIT: Limit = { max: 30, windowSeconds: 300 };

const scopeOf = (sessionId: string) => `board:${sessionId}`;

/** A one-use /live ticket for the guest who joined this session with this browser (their cookie). */
export async function guestLiveTicket(deps: Deps, visitor: Visitor, sessionId: string) {
  const access = await accessSession(deps, visitor, sessionId);
  const p = access.participant;
  // Only guests need one: people with accounts connect with their session cookie.
  if (!p || !can(visitor.actor, "live-ticket", { participant: p })) throw notFound();
  // The default, unless the app was started with another (deps.limits, as for the platform's limits).
  const max = deps.limits.boardGuestTickets ?? GUEST_TICKET_LIMIT;
  const limit = await hitLimit(deps, `board-guest-ticket:${p.id}`, max);
  if (!limit.allowed) throw rateLimited(limit.retryAfterSeconds, "Too many live tickets: try again later.");
  const guest: LiveGuest = { scope: scopeOf(sessionId), id: p.id, name: p.name };
  return signGuestTicket(deps.config.secret, deps.clock, guest);
}

/**
 * Who a /live connection is for this session: a signed-in person, or the guest whose ticket was
 * signed for exactly this session. A guest asking about any other session is not there (404).
 */
export function liveVisitor(conn: LiveConnection, sessionId: string): Visitor {
  if (conn.actor) return { actor: conn.actor };
  if (conn.guest && conn.guest.scope === scopeOf(sessionId)) return { actor: null, guestId: conn.guest.id };
  throw notFound();
}
