// Guest tickets: how someone without an account (a board session's guest, who joined with only a
// name) opens /live. A module that admits guests signs a ticket naming the one resource the guest
// belongs to (`scope`, e.g. "board:<session id>") and their id there; the module checks the scope
// again on every message, so the ticket opens that resource and nothing else.
//
// Signed with the instance secret rather than stored: the module that issues them (boards) owns no
// table for them and every process shares the secret. Single use is still kept across processes,
// by counting the ticket's redemptions in the shared rate-limit counters (one row per ticket,
// trimmed a day later with the other old counters), so a ticket that leaks through a URL in a log cannot be replayed.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Clock } from "../clock.ts";
import type { Db } from "../db/database.ts";
import { rateLimitHit } from "../rate-limit.repo.ts";

export const GUEST_TICKET_SECONDS = 60;
const PREFIX = "gt_";

/** A guest on /live: `id` is their place in the resource named by `scope`. */
export type LiveGuest = { scope: string; id: string; name: string };

const sign = (secret: string, payload: string) =>
  createHmac("sha256", secret).update(`live-guest:${payload}`).digest("base64url");

export function signGuestTicket(
  secret: string,
  clock: Clock,
  guest: LiveGuest,
): { ticket: string; expiresAt: Date } {
  const expiresAt = new Date(clock.now().getTime() + GUEST_TICKET_SECONDS * 1000);
  // A random part makes every ticket distinct, so single use is per ticket, not per guest and second.
  const nonce = randomBytes(9).toString("base64url");
  const payload = Buffer.from(
    JSON.stringify({ s: guest.scope, i: guest.id, n: guest.name, e: expiresAt.getTime(), r: nonce }),
  ).toString("base64url");
  return { ticket: `${PREFIX}${payload}.${sign(secret, payload)}`, expiresAt };
}

export const isGuestTicket = (ticket: string) => ticket.startsWith(PREFIX);

/** The guest a ticket names, or null when it is forged, expired or already used. Uses it up. */
export async function redeemGuestTicket(
  db: Db,
  secret: string,
  clock: Clock,
  ticket: string,
): Promise<LiveGuest | null> {
  if (!isGuestTicket(ticket) || ticket.length > 1000) return null;
  const [payload, mac] = ticket.slice(PREFIX.length).split(".");
  if (!payload || !mac) return null;
  const want = Buffer.from(sign(secret, payload));
  const got = Buffer.from(mac);
  if (want.length !== got.length || !timingSafeEqual(want, got)) return null;
  let body: { s?: unknown; i?: unknown; n?: unknown; e?: unknown };
  try {
    body = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const { s, i, n, e } = body;
  if (typeof s !== "string" || typeof i !== "string" || typeof n !== "string" || typeof e !== "number")
    return null;
  if (e <= clock.now().getTime()) return null;
  // The counter's window is the ticket's own expiry, so every redemption lands on the same row.
  const uses = await rateLimitHit(db, `live-guest-ticket:${mac}`, new Date(e));
  return uses === 1 ? { scope: s, id: i, name: n } : null;
}
