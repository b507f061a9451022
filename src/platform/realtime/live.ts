// The /live WebSocket endpoint on the web server's own port (docs/live-protocol.md). Authentication
// happens on the HTTP upgrade request, so a refused client gets a plain HTTP status (401/403) and
// never a WebSocket. Modules add message types with `on(type, handler)` and push events with
// `hub.publish(stream, event)`.
import { type IncomingMessage, type Server, STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import type { ServerType } from "@hono/node-server";
import { type WebSocket, WebSocketServer } from "ws";
import type { Actor } from "../../modules/identity/policy.ts";
import { resolveSession } from "../../modules/identity/sessions.service.ts";
import { AppError } from "../errors.ts";
import type { Deps } from "../http/context.ts";
import { authenticateUpgrade } from "./auth.ts";
import type { LiveGuest } from "./guest-tickets.ts";
import { type LiveHub, openHub } from "./hub.ts";
import {
  type ClientMessage,
  ERROR_CODES,
  errorMessage,
  isRef,
  MAX_MESSAGE_BYTES,
  parseClientMessage,
} from "./protocol.ts";

export const LIVE_PATH = "/live";
const HEARTBEAT_MS = 30_000;
/** Close code when the browser session behind a connection has ended (signed out, expired). */
export const SESSION_ENDED = 4401;

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
  /** Registers the handler for a client message type (the board adds "subscribe", "note.add", …). */
  on(type: string, handler: LiveHandler): void;
  connectionCount(): number;
  close(): Promise<void>;
};

function refuse(socket: Duplex, status: number, code: string, detail: string) {
  const body = JSON.stringify({
    type: `/problems/${code}`,
    code,
    title: STATUS_CODES[status],
    status,
    detail,
  });
  socket.once("finish", () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
      "Connection: close\r\n" +
      "Content-Type: application/problem+json\r\n" +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

export async function attachLive(
  server: ServerType,
  deps: Deps,
  opts: { hub?: LiveHub; heartbeatMs?: number } = {},
): Promise<Live> {
  // serve() makes a node:http server unless told to make an HTTP/2 one, which Bottega never does.
  const http = server as Server;
  const hub = opts.hub ?? (await openHub(deps.config.redisUrl, deps.log));
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const handlers = new Map<string, LiveHandler>();
  const alive = new WeakMap<WebSocket, boolean>();
  // The session token behind each browser connection, checked again at every heartbeat so that
  // signing out (or "sign out everywhere") also ends the live connections of that session.
  const sessions = new Map<WebSocket, string>();

  handlers.set("ping", (conn, msg) =>
    conn.send({ type: "pong", ...(isRef(msg.ref) ? { ref: msg.ref } : {}) }),
  );

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    // A client that goes away while we look up its session must not crash the process.
    socket.on("error", () => socket.destroy());
    void upgrade(req, socket, head).catch((err) => {
      deps.log.error({ err }, "live upgrade failed");
      if (!socket.destroyed)
        refuse(socket, 503, "unavailable", "Live connections are unavailable right now.");
    });
  };

  async function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname !== LIVE_PATH) return refuse(socket, 404, "not-found", "No such endpoint.");
    if (req.headers.upgrade?.toLowerCase() !== "websocket") {
      return refuse(socket, 400, "bad-request", "Only WebSocket upgrades are served here.");
    }
    const auth = await authenticateUpgrade(deps, req, url);
    if (!auth.ok) return refuse(socket, auth.status, auth.code, auth.detail);
    if (socket.destroyed) return;
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (auth.via === "session") sessions.set(ws, auth.sessionToken);
      connected(ws, auth.actor, auth.via === "guest-ticket" ? auth.guest : null);
    });
  }

  function connected(ws: WebSocket, actor: Actor | null, guest: LiveGuest | null) {
    const conn: LiveConnection = {
      actor,
      guest,
      socket: ws,
      send(message) {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
      },
    };
    alive.set(ws, true);
    ws.on("pong", () => alive.set(ws, true));
    ws.on("error", (err) => deps.log.debug({ err }, "live socket error"));
    ws.on("close", () => {
      sessions.delete(ws);
      void hub.unsubscribeAll(ws);
    });
    ws.on("message", (data, isBinary) => {
      if (isBinary) {
        return conn.send(errorMessage(ERROR_CODES.binaryNotSupported, "Send JSON text messages."));
      }
      const parsed = parseClientMessage(data.toString());
      if (!parsed.ok) return conn.send(parsed.error);
      const msg = parsed.message;
      const handler = handlers.get(msg.type);
      if (!handler) {
        return conn.send(
          errorMessage(ERROR_CODES.unknownType, `Unknown message type: ${msg.type}.`, msg.ref),
        );
      }
      Promise.resolve()
        .then(() => handler(conn, msg))
        .catch((err: unknown) => {
          if (err instanceof AppError) return conn.send(errorMessage(err.code, err.message, msg.ref));
          deps.log.error({ err, type: msg.type }, "live handler failed");
          conn.send(errorMessage(ERROR_CODES.internal, "Internal error.", msg.ref));
        });
    });
    conn.send(
      actor
        ? { type: "hello", actor: { id: actor.id, name: actor.name } }
        : { type: "hello", actor: null, guest: { id: guest!.id, name: guest!.name, scope: guest!.scope } },
    );
  }

  let checking = false;
  async function recheckSessions() {
    if (checking) return;
    checking = true;
    try {
      for (const [ws, token] of sessions) {
        if (!(await resolveSession(deps, token))) ws.close(SESSION_ENDED, "Session ended");
      }
    } catch (err) {
      deps.log.warn({ err }, "live session check failed");
    } finally {
      checking = false;
    }
  }

  // Protocol-level pings find connections that died without a close (a laptop lid, a lost network).
  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.get(ws)) {
        ws.terminate();
        continue;
      }
      alive.set(ws, false);
      ws.ping();
    }
    void recheckSessions();
  }, opts.heartbeatMs ?? HEARTBEAT_MS);
  heartbeat.unref();

  http.on("upgrade", onUpgrade);

  return {
    hub,
    on(type, handler) {
      handlers.set(type, handler);
    },
    connectionCount: () => wss.clients.size,
    async close() {
      clearInterval(heartbeat);
      http.off("upgrade", onUpgrade);
      for (const ws of wss.clients) ws.close(1001, "Server shutting down");
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      // Clients that do not answer the close handshake in time are cut off.
      for (const ws of wss.clients) ws.terminate();
      if (!opts.hub) await hub.close();
    },
  };
}
