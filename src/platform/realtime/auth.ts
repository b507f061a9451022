// Who is opening /live, decided from the HTTP upgrade request before the WebSocket exists:
// a browser by its session cookie (only from our own origin: a WebSocket is not bound by the
// same-origin policy, so without the Origin check any site could open one with the visitor's
// cookie), any other client by a one-use ticket from POST /api/v1/live/tickets, and a guest without
// an account by a one-use guest ticket that a module signed for one of its resources (guest-tickets.ts).
import type { IncomingMessage } from "node:http";
import type { Actor, IdentityResolvers } from "../auth/index.ts";
import type { Deps } from "../deps.ts";
import { COOKIE, wireName } from "../http/cookies.ts";
import { isGuestTicket, type LiveGuest, redeemGuestTicket } from "./guest-tickets.ts";

export type UpgradeAuth =
  | { ok: true; actor: Actor; via: "ticket" }
  | { ok: true; actor: null; guest: LiveGuest; via: "guest-ticket" }
  | { ok: true; actor: Actor; via: "session"; sessionToken: string }
  | { ok: false; status: 401 | 403; code: string; detail: string };

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

export async function authenticateUpgrade(
  deps: Deps,
  identity: IdentityResolvers,
  req: IncomingMessage,
  url: URL,
): Promise<UpgradeAuth> {
  const ticket = url.searchParams.get("ticket");
  if (ticket !== null && isGuestTicket(ticket)) {
    // Its use is counted through dbQuiet: a guest opening /live changes no page.
    const guest = await redeemGuestTicket(deps.dbQuiet, deps.config.secret, deps.clock, ticket);
    if (!guest) {
      return {
        ok: false,
        status: 401,
        code: "invalid-ticket",
        detail: "The ticket is unknown, used or expired.",
      };
    }
    return { ok: true, actor: null, guest, via: "guest-ticket" };
  }
  if (ticket !== null) {
    const actor = await identity.liveTicket(deps, ticket);
    if (!actor) {
      return {
        ok: false,
        status: 401,
        code: "invalid-ticket",
        detail: "The ticket is unknown, used or expired.",
      };
    }
    return { ok: true, actor, via: "ticket" };
  }
  const token = cookieValue(req.headers.cookie, wireName(deps.config.baseUrl, COOKIE.session));
  if (!token) {
    return {
      ok: false,
      status: 401,
      code: "unauthorized",
      detail: "Sign in, or connect with a ticket from POST /api/v1/live/tickets.",
    };
  }
  if (req.headers.origin !== new URL(deps.config.baseUrl).origin) {
    return {
      ok: false,
      status: 403,
      code: "bad-origin",
      detail: "Connections with a session must come from this site.",
    };
  }
  const session = await identity.session(deps, token);
  if (!session)
    return { ok: false, status: 401, code: "unauthorized", detail: "The session has ended: sign in again." };
  return { ok: true, actor: session.actor, via: "session", sessionToken: token };
}
