// The board on /live (docs/board-protocol.md): `board.subscribe` (with the last `seq` seen, to catch
// up), `board.unsubscribe` and `board.command`; every subscription also counts as presence
// (presence.ts), which answers with `board.presence`. A guest's connection (a guest ticket) reaches
// only the session its ticket was signed for (guest-live.service.ts), as that guest's place.
//
// Every subscription is a filter the hub sees as a socket (live-viewer.ts): it forwards to the
// WebSocket only what that participant may see, in `seq` order, filling gaps from the database.
// Answers to a request carry its `ref`; a command's answer comes after the sender's own events
// (`reached`), and a command's `clientId` comes back on its events (to the sender) and its answer.
//
// What a subscription may cost: a new one takes SUBSCRIBE_COST tokens of the connection's bucket (it
// reads a snapshot or the missed events), one connection holds at most `live.limits.
// subscriptionsPerConnection` sessions, and subscribing again to a session the connection is already
// current on answers at once without reading the database.
import type { WebSocket } from "ws";
import type { Deps } from "../../platform/deps.ts";
import { AppError } from "../../platform/errors.ts";
import { isLang, translator } from "../../platform/i18n/index.ts";
import { isUuid } from "../../platform/ids.ts";
import type { Live, LiveConnection } from "../../platform/realtime/live.ts";
import { accessSession, eventsSince } from "./boards.service.ts";
import { flooding, runCommand, setBoardHub, streamOf } from "./command-runner.ts";
import { CLIENT_ID, parseCommandWithId } from "./commands.ts";
import { liveVisitor } from "./guest-live.service.ts";
import { BoardViewer, MAX_CATCH_UP, refOf } from "./live-viewer.ts";
import { presenceFor } from "./presence.ts";
import "./messages.ts";

export { MAX_CATCH_UP };

/**
 * Tokens of the connection's bucket (platform/realtime/limits.ts) one `board.subscribe` takes: a new
 * subscription reads a snapshot or the missed events, so it costs what several small messages do.
 */
export const SUBSCRIBE_COST = 5;

const subscribed = (sessionId: string, seq: number, ref: unknown) => ({
  type: "board.subscribed",
  stream: streamOf(sessionId),
  session: sessionId,
  seq,
  ...refOf(ref),
});

function sessionIdOf(msg: Record<string, unknown>): string {
  const id = msg.session;
  if (typeof id !== "string" || !isUuid(id)) {
    throw new AppError(422, "invalid-message", "`session` must be a session id.");
  }
  return id;
}

/** Registers the board's message types on /live and lets commands from forms publish on its hub. */
export function attachBoards(live: Live, deps: Deps) {
  setBoardHub(deps, live.hub);
  const presence = presenceFor(deps, live.hub);
  const subscriptions = new WeakMap<WebSocket, Map<string, BoardViewer>>();

  const viewersOf = (ws: WebSocket) => {
    let m = subscriptions.get(ws);
    if (!m) {
      m = new Map();
      subscriptions.set(ws, m);
      ws.once("close", () => {
        for (const v of m!.values()) {
          v.close();
          presence.leave(v);
          void live.hub.unsubscribe(streamOf(v.sessionId), v);
        }
        m!.clear();
      });
    }
    return m;
  };

  async function participantFor(conn: LiveConnection, sessionId: string) {
    const v = subscriptions.get(conn.socket)?.get(sessionId);
    if (v) return { id: v.participantId };
    const access = await accessSession(deps, liveVisitor(conn, sessionId), sessionId);
    if (!access.participant)
      throw new AppError(403, "not-joined", "Join the session first (its page has a Join button).");
    return access.participant;
  }

  live.on(
    "board.subscribe",
    async (conn, msg) => {
      const sessionId = sessionIdOf(msg);
      const current = subscriptions.get(conn.socket)?.get(sessionId);
      // Already subscribed on this connection and caught up: every event since went out on it, so
      // the answer is where it stands, read from nothing (a flood of re-subscriptions costs nothing).
      if (current && !current.syncing) {
        liveVisitor(conn, sessionId);
        return conn.send(subscribed(sessionId, current.lastSeq, msg.ref));
      }
      const cap = live.limits.subscriptionsPerConnection;
      if (!current && (subscriptions.get(conn.socket)?.size ?? 0) >= cap) {
        throw new AppError(
          429,
          "too-many-subscriptions",
          `At most ${cap} sessions on one connection: unsubscribe from one first.`,
        );
      }
      await subscribe(conn, msg, sessionId);
    },
    { cost: SUBSCRIBE_COST },
  );

  async function subscribe(conn: LiveConnection, msg: Record<string, unknown>, sessionId: string) {
    const access = await accessSession(deps, liveVisitor(conn, sessionId), sessionId);
    const p = access.participant;
    if (!p) throw new AppError(403, "not-joined", "Join the session first (its page has a Join button).");
    const mine = viewersOf(conn.socket);
    const old = mine.get(sessionId);
    const viewer = new BoardViewer(deps, sessionId, conn.socket, p.id, p.role, presence);
    mine.set(sessionId, viewer);
    // The new subscription is present before the old one leaves, so a re-subscription is no change.
    presence.enter(viewer);
    if (old) {
      old.close();
      presence.leave(old);
      await live.hub.unsubscribe(streamOf(sessionId), old);
    }
    // Subscribe first (events buffer meanwhile), then catch up from the database: nothing falls between.
    await live.hub.subscribe(streamOf(sessionId), viewer);
    const since =
      typeof msg.since === "number" && Number.isInteger(msg.since) && msg.since >= 0 ? msg.since : null;
    const missed =
      since !== null && since <= Number(access.session.seq)
        ? await eventsSince(deps, sessionId, since, MAX_CATCH_UP)
        : null;
    if (missed) {
      viewer.lastSeq = since!;
      for (const e of missed) viewer.deliver(e);
    } else {
      // The snapshot answers this request: it carries the request's `ref`, as `board.subscribed` does.
      await viewer.resync(msg.ref);
    }
    viewer.drain();
    conn.send(subscribed(sessionId, viewer.lastSeq, msg.ref));
    viewer.confirm();
  }

  live.on("board.unsubscribe", async (conn, msg) => {
    const sessionId = sessionIdOf(msg);
    const v = subscriptions.get(conn.socket)?.get(sessionId);
    if (v) {
      v.close();
      presence.leave(v);
      subscriptions.get(conn.socket)?.delete(sessionId);
      await live.hub.unsubscribe(streamOf(sessionId), v);
    }
    conn.send({ type: "board.unsubscribed", session: sessionId, ...refOf(msg.ref) });
  });

  live.on("board.command", async (conn, msg) => {
    const sessionId = sessionIdOf(msg);
    const lang = isLang(msg.lang) ? msg.lang : isLang(conn.actor?.language) ? conn.actor.language : "it";
    const t = translator(lang);
    // Echoed on the answer whenever it is well-formed, refusals included (even `malformed`).
    const given = (msg.command as { clientId?: unknown } | null | undefined)?.clientId;
    const clientId = typeof given === "string" && CLIENT_ID.test(given) ? { clientId: given } : {};
    const refuse = (reason: string) =>
      conn.send({
        type: "board.refused",
        session: sessionId,
        reason,
        message: t(`boards.refused.${reason}`),
        ...clientId,
        ...refOf(msg.ref),
      });
    const p = await participantFor(conn, sessionId);
    if (flooding(sessionId, p.id)) return refuse("rate-limited");
    const parsed = parseCommandWithId(msg.command);
    if (!parsed) return refuse("malformed");
    const viewer = subscriptions.get(conn.socket)?.get(sessionId);
    const r = await runCommand(deps, sessionId, p.id, parsed.cmd, parsed.clientId, viewer);
    if (!r.ok) return refuse(r.reason);
    // On a connection subscribed to the session, the command's own events go out before its answer.
    await subscriptions.get(conn.socket)?.get(sessionId)?.reached(r.seq);
    conn.send({ type: "board.ack", session: sessionId, seq: r.seq, ...clientId, ...refOf(msg.ref) });
  });
}
