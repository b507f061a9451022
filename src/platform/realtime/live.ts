// The /live WebSocket endpoint on the web server's own port (docs/live-protocol.md). Authentication
// happens on the HTTP upgrade request, so a refused client gets a plain HTTP status (401/403) and
// never a WebSocket. Modules add message types with `on(type, handler)` and push events with
// `hub.publish(stream, event)`.
//
// One client cannot take the process down (limits.ts, inbox.ts): a connection's messages are handled
// one at a time, in the order they came, through a token bucket shared by all the connections of
// its account (or guest); messages over the rate are answered `rate-limited` and not handled, a
// connection that keeps going is closed with 1008, and the number of connections of one account or
// guest is capped at the upgrade (429).
import { type IncomingMessage, type Server, STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import type { ServerType } from "@hono/node-server";
import { type WebSocket, WebSocketServer } from "ws";
import type { Actor, IdentityResolvers } from "../auth/index.ts";
import type { Deps } from "../deps.ts";
import { authenticateUpgrade } from "./auth.ts";
import type { LiveGuest } from "./guest-tickets.ts";
import { type LiveHub, openHub } from "./hub.ts";
import { type HandlerEntry, inbox } from "./inbox.ts";
import { DEFAULT_LIVE_LIMITS, type LiveLimits, TokenBucket } from "./limits.ts";
import { isRef, MAX_MESSAGE_BYTES } from "./protocol.ts";
import type { Live, LiveConnection } from "./types.ts";

export const LIVE_PATH = "/live";
const HEARTBEAT_MS = 30_000;
/** Close code when the browser session behind a connection has ended (signed out, expired). */
export const SESSION_ENDED = 4401;
/** Close code for a connection that kept sending over its message rate (RFC 6455 policy violation). */
export const POLICY_VIOLATION = 1008;

export type { Live, LiveConnection, LiveHandler } from "./types.ts";

function refuse(
  socket: Duplex,
  status: number,
  code: string,
  detail: string,
  headers: Record<string, string> = {},
) {
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
      Object.entries(headers)
        .map(([k, v]) => `${k}: ${v}\r\n`)
        .join("") +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

export async function attachLive(
  server: ServerType,
  deps: Deps,
  resolvers: IdentityResolvers,
  opts: { hub?: LiveHub; heartbeatMs?: number; limits?: Partial<LiveLimits> } = {},
): Promise<Live> {
  // Only tests pass limits (test/helpers/live.ts); the server (server.ts) always runs the defaults.
  const limits: LiveLimits = { ...DEFAULT_LIVE_LIMITS, ...opts.limits };
  // serve() makes a node:http server unless told to make an HTTP/2 one, which Bottega never does.
  const http = server as Server;
  const hub = opts.hub ?? (await openHub(deps.config.redisUrl, deps.log));
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const handlers = new Map<string, HandlerEntry>();
  // Per account or guest: its open connections (and upgrades under way), for the caps, and the
  // token bucket all of them share. An entry outlives the last connection until its bucket is full
  // again (swept at each heartbeat), so closing and reopening connections gives no tokens back.
  const identities = new Map<string, { open: number; bucket: TokenBucket }>();
  const alive = new WeakMap<WebSocket, boolean>();
  // The session token behind each browser connection, checked again at every heartbeat so that
  // signing out (or "sign out everywhere") also ends the live connections of that session.
  const sessions = new Map<WebSocket, string>();

  handlers.set("ping", {
    handler: (conn, msg) => conn.send({ type: "pong", ...(isRef(msg.ref) ? { ref: msg.ref } : {}) }),
    cost: 1,
  });

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
    const auth = await authenticateUpgrade(deps, resolvers, req, url);
    if (!auth.ok) return refuse(socket, auth.status, auth.code, auth.detail);
    if (socket.destroyed) return;
    // Counted from here until the TCP socket closes, whether or not the upgrade completes, so a
    // failed handshake cannot leave a count behind. Nothing is awaited between check and count.
    const who =
      auth.via === "guest-ticket" ? `guest:${auth.guest.scope}:${auth.guest.id}` : `account:${auth.actor.id}`;
    const cap = auth.via === "guest-ticket" ? limits.connectionsPerGuest : limits.connectionsPerAccount;
    let identity = identities.get(who);
    if ((identity?.open ?? 0) >= cap) {
      return refuse(
        socket,
        429,
        "too-many-connections",
        `At most ${cap} live connections at once: close one (another tab or device) first.`,
        { "Retry-After": "30" },
      );
    }
    if (!identity) {
      identity = { open: 0, bucket: new TokenBucket(limits.messages) };
      identities.set(who, identity);
    }
    const mine = identity;
    mine.open++;
    socket.once("close", () => {
      mine.open--;
    });
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (auth.via === "session") sessions.set(ws, auth.sessionToken);
      connected(ws, auth.actor, auth.via === "guest-ticket" ? auth.guest : null, mine.bucket);
    });
  }

  function connected(ws: WebSocket, actor: Actor | null, guest: LiveGuest | null, bucket: TokenBucket) {
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
    // Messages go through the connection's inbox (inbox.ts): in order, one at a time, rate limited.
    const box = inbox({
      conn,
      limits,
      bucket,
      handlers,
      log: deps.log,
      onAbuse: () => ws.close(POLICY_VIOLATION, "Too many messages"),
    });
    ws.on("close", () => {
      box.end();
      sessions.delete(ws);
      void hub.unsubscribeAll(ws);
    });
    ws.on("message", (data, isBinary) => box.receive(data as Buffer, isBinary));
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
        if (!(await resolvers.session(deps, token))) ws.close(SESSION_ENDED, "Session ended");
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
    for (const [who, identity] of identities) {
      if (identity.open === 0 && identity.bucket.full()) identities.delete(who);
    }
  }, opts.heartbeatMs ?? HEARTBEAT_MS);
  heartbeat.unref();

  http.on("upgrade", onUpgrade);

  return {
    hub,
    limits,
    on(type, handler, o = {}) {
      handlers.set(type, { handler, cost: Math.max(1, o.cost ?? 1) });
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
