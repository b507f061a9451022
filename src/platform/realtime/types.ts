// The shapes a module sees of /live: a connection, a message handler, and the server's registry.
// Apart from live.ts so the message inbox (inbox.ts) and modules can name them without the server.
import type { WebSocket } from "ws";
import type { Actor } from "../auth/index.ts";
import type { LiveGuest } from "./guest-tickets.ts";
import type { LiveHub } from "./hub.ts";
import type { LiveLimits } from "./limits.ts";
import type { ClientMessage } from "./protocol.ts";

export type LiveConnection = {
  /** The signed-in person; null for a guest. */
  readonly actor: Actor | null;
  /**
   * A guest without an account, admitted to one resource only (`guest.scope`): every handler that
   * serves a guest must check that scope, since the platform cannot know what it covers.
   */
  readonly guest: LiveGuest | null;
  readonly socket: WebSocket;
  /** Sends one server message (a JSON object with a `type`). */
  send(message: { type: string } & Record<string, unknown>): void;
};

export type LiveHandler = (conn: LiveConnection, message: ClientMessage) => void | Promise<void>;

export type Live = {
  hub: LiveHub;
  /** The limits in force (modules read `subscriptionsPerConnection` for their own streams). */
  readonly limits: LiveLimits;
  /**
   * Registers the handler for a client message type (the board adds "board.subscribe", …). `cost`
   * is how many tokens of the connection's bucket one message takes (1 unless it is expensive).
   */
  on(type: string, handler: LiveHandler, opts?: { cost?: number }): void;
  connectionCount(): number;
  close(): Promise<void>;
};
