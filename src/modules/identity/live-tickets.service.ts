// Live tickets: how a client without a browser session (a script, a mobile app, a bot) opens the
// /live WebSocket. It trades its personal access token for a ticket valid 60 seconds and usable once,
// then connects to /live?ticket=…; the API token itself never travels in a URL (URLs end up in logs).
//
// Stored hashed in the database rather than HMAC-signed and stateless: single use needs a record of
// used tickets that every process sees, and the database is the store all processes already share.
import type { Deps } from "../../platform/deps.ts";
import { hashToken, newToken } from "../../platform/ids.ts";
import { consumeLiveTicket, deleteOldLiveTickets, insertLiveTicket } from "./live-tickets.repo.ts";
import type { Actor } from "./policy.ts";
import { loadActor } from "./sessions.service.ts";

export const LIVE_TICKET_SECONDS = 60;
const PREFIX = "lt_";

export async function createLiveTicket(
  deps: Deps,
  accountId: string,
): Promise<{ ticket: string; expiresAt: Date }> {
  const ticket = PREFIX + newToken(24);
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + LIVE_TICKET_SECONDS * 1000);
  // Tickets show on no page: through dbQuiet, they leave the anonymous render cache full.
  await deleteOldLiveTickets(deps.dbQuiet, new Date(now.getTime() - 86_400_000));
  await insertLiveTicket(deps.dbQuiet, { id: hashToken(ticket), accountId, now, expiresAt });
  return { ticket, expiresAt };
}

/** The ticket's actor, or null when it is unknown, expired or already used. Uses the ticket up. */
export async function redeemLiveTicket(deps: Deps, ticket: string): Promise<Actor | null> {
  if (!ticket.startsWith(PREFIX) || ticket.length > 100) return null;
  const accountId = await consumeLiveTicket(deps.dbQuiet, hashToken(ticket), deps.clock.now());
  return accountId ? loadActor(deps, accountId) : null;
}
