// How the platform learns who is asking without knowing the identity module: identity implements these
// and app/ hands them to the HTTP middleware, the API and /live. A lookup that finds nothing (unknown,
// expired or revoked) answers null.
import type { Deps } from "../deps.ts";
import type { Actor } from "./actor.ts";

export type SessionLookup = { sessionId: string; actor: Actor };

export type IdentityResolvers = {
  /** A browser session from its cookie's token (sliding expiry is the resolver's business). */
  session(deps: Deps, token: string): Promise<SessionLookup | null>;
  /** An API token from `Authorization: Bearer`. */
  apiToken(deps: Deps, token: string): Promise<Actor | null>;
  /** A one-use ticket for /live, from POST /api/v1/live/tickets. */
  liveTicket(deps: Deps, ticket: string): Promise<Actor | null>;
};
