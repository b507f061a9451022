// The board on /live (docs/board-protocol.md): `board.subscribe` (with the last `seq` seen, to catch
// up), `board.unsubscribe` and `board.command`; every subscription also counts as presence
// (presence.ts), which answers with `board.presence`. A guest's connection (a guest ticket) reaches
// only the session its ticket was signed for (guest-live.service.ts), as that guest's place.
//
// Every subscription is a small filter that the hub sees as a socket: the hub hands it each stored
// event of the session (all of them, in every process), and it forwards to the real WebSocket only
// what that participant may see (rules.ts viewFor), numbered with the session's own `seq`. So the
// person sees gaps where events were not meant for them, and nothing else. The filter also puts
// events back in order (two processes may publish 7 before 6) and fills a real gap from the database.
//
// What a subscription may cost: a new one takes SUBSCRIBE_COST tokens of the connection's bucket (it
// reads a snapshot or the missed events), one connection holds at most `live.limits.
// subscriptionsPerConnection` sessions, and subscribing again to a session the connection is already
// current on answers at once without reading the database.
import type { WebSocket } from "ws";
import type { Deps } from "../../platform/deps.ts";
import { AppError } from "../../platform/errors.ts";
import { isLang, translator } from "../../platform/i18n/index.ts";
import type { Live, LiveConnection } from "../../platform/realtime/live.ts";
import { accessSession, eventsSince, snapshotFor } from "./boards.service.ts";
import { FANOUT, flooding, runCommand, setBoardHub, streamOf, type WireEvent } from "./command-runner.ts";
import { parseCommand } from "./commands.ts";
import { liveVisitor } from "./guest-live.service.ts";
import { can } from "./policy.ts";
import { PRESENCE_NOTICE, type Presence, presenceFor } from "./presence.ts";
import { type BoardRole, viewFor } from "./rules.ts";
import "./messages.ts";
import { isUuid } from "../../platform/ids.ts";

/** A client further behind than this gets a snapshot instead of the missed events. */
export const MAX_CATCH_UP = 500;
/**
 * Tokens of the connection's bucket (platform/realtime/limits.ts) one `board.subscribe` takes: a new
 * subscription reads a snapshot or the missed events, so it costs what several small messages do.
 */
export const SUBSCRIBE_COST = 5;
/** How long an out-of-order event waits for the ones before it before they are read from the database. */
const GAP_WAIT_MS = 300;

// The hub sends the same string to every subscriber of a stream: parse it once.
type Fanout = { e: WireEvent; frames: Map<string, string | null> } | "presence" | null;
let lastData = "";
let lastParsed: Fanout = null;
function parseFanout(data: string): Fanout {
  if (data === lastData && lastParsed) return lastParsed;
  // Only this module publishes on a board's stream (command-runner.ts, presence.ts), each event a
  // WireEvent it built from a typed draft, so the message is taken as that, not parsed again.
  const msg = JSON.parse(data) as { type: string; e?: WireEvent };
  lastData = data;
  lastParsed =
    msg.type === FANOUT && msg.e
      ? { e: msg.e, frames: new Map() }
      : msg.type === PRESENCE_NOTICE
        ? "presence"
        : null;
  return lastParsed;
}

class BoardViewer {
  lastSeq = 0;
  syncing = true;
  private buffer = new Map<number, WireEvent>();
  private timer: NodeJS.Timeout | null = null;
  private filling = false;
  private confirmed = false;
  private heldPresence: string | null = null;

  constructor(
    private readonly deps: Deps,
    readonly sessionId: string,
    readonly ws: WebSocket,
    readonly participantId: string,
    public role: BoardRole,
    private readonly presence: Presence,
  ) {}

  get readyState() {
    return this.ws.readyState;
  }

  /** Called by the hub with the wire form of a published event. */
  send(data: string) {
    let parsed: ReturnType<typeof parseFanout>;
    try {
      parsed = parseFanout(data);
    } catch {
      return;
    }
    if (parsed === "presence") this.presence.noticed(this.sessionId);
    else if (parsed) this.receive(parsed.e, parsed.frames);
  }

  /** Who is here (presence.ts): not a stored event, so it has no `seq`. */
  sendPresence(frame: string) {
    // Held until `board.subscribed` has gone out (board-protocol.md: a new subscription gets the list
    // soon after it): a slow catch-up (Redis, a large board) must not put the list before it.
    if (!this.confirmed) this.heldPresence = frame;
    else if (this.ws.readyState === this.ws.OPEN) this.ws.send(frame);
  }

  /** `board.subscribed` went out: from now on the list goes at once, and a held one now. */
  confirm() {
    this.confirmed = true;
    const held = this.heldPresence;
    this.heldPresence = null;
    if (held !== null) this.sendPresence(held);
  }

  receive(e: WireEvent, frames?: Map<string, string | null>) {
    if (this.syncing || e.seq > this.lastSeq + 1) {
      if (e.seq > this.lastSeq) this.buffer.set(e.seq, e);
      if (!this.syncing) this.scheduleFill();
      return;
    }
    if (e.seq <= this.lastSeq) return;
    this.deliver(e, frames);
    this.drain();
  }

  /** After catching up: what arrived meanwhile, in order. */
  drain() {
    this.syncing = false;
    for (const seq of [...this.buffer.keys()]) if (seq <= this.lastSeq) this.buffer.delete(seq);
    for (let next = this.buffer.get(this.lastSeq + 1); next; next = this.buffer.get(this.lastSeq + 1)) {
      this.buffer.delete(next.seq);
      this.deliver(next);
    }
    if (this.buffer.size) this.scheduleFill();
  }

  deliver(e: WireEvent, frames?: Map<string, string | null>) {
    this.lastSeq = e.seq;
    if (e.type === "facilitator.changed") {
      if (e.data.participantId === this.participantId) this.role = "facilitator";
      else if (e.data.previousId === this.participantId) this.role = e.data.previousRole;
    }
    const subject = e.subjectId === this.participantId;
    const staff = can(this, "run-board");
    // Two kinds of recipient get different text (the subject, everyone else); an invisible event
    // is null. Cached per event across the session's viewers.
    const key = `${subject ? "s" : "o"}${staff ? "f" : "p"}`;
    let frame = frames?.get(key);
    if (frame === undefined) {
      const view = viewFor(e, { id: this.participantId, staff });
      frame = view ? JSON.stringify({ ...view, stream: streamOf(this.sessionId), seq: e.seq }) : null;
      frames?.set(key, frame);
    }
    if (frame !== null && this.ws.readyState === this.ws.OPEN) this.ws.send(frame);
  }

  /** Events missing before a buffered one: read them from the database after a short wait. */
  private scheduleFill() {
    if (this.timer || this.filling) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.fill();
    }, GAP_WAIT_MS);
    this.timer.unref();
  }

  private async fill() {
    if (!this.buffer.size || this.ws.readyState !== this.ws.OPEN) return;
    this.filling = true;
    try {
      const missing = await eventsSince(this.deps, this.sessionId, this.lastSeq, MAX_CATCH_UP);
      if (missing === null) {
        await this.resync();
      } else {
        for (const e of missing) if (e.seq === this.lastSeq + 1) this.deliver(e);
      }
      this.drain();
    } catch (err) {
      this.deps.log.warn({ err, sessionId: this.sessionId }, "board gap fill failed");
    } finally {
      this.filling = false;
    }
  }

  /** Too far behind: a fresh snapshot. */
  async resync(ref?: unknown) {
    const board = await snapshotFor(this.deps, this.sessionId, {
      id: this.participantId,
      accountId: null,
      name: "",
      role: this.role,
      ready: false,
    });
    if (board.me) this.role = board.me.role;
    this.lastSeq = board.seq;
    send(this.ws, {
      type: "board.snapshot",
      stream: streamOf(this.sessionId),
      seq: board.seq,
      board,
      ...refOf(ref),
    });
  }

  close() {
    if (this.timer) clearTimeout(this.timer);
    this.buffer.clear();
  }
}

const refOf = (ref: unknown) =>
  (typeof ref === "string" && ref.length <= 100) || (typeof ref === "number" && Number.isFinite(ref))
    ? { ref }
    : {};

function send(ws: WebSocket, message: Record<string, unknown>) {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
}

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
      await viewer.resync();
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
    const refuse = (reason: string) =>
      conn.send({
        type: "board.refused",
        session: sessionId,
        reason,
        message: t(`boards.refused.${reason}`),
        ...refOf(msg.ref),
      });
    const p = await participantFor(conn, sessionId);
    if (flooding(sessionId, p.id)) return refuse("rate-limited");
    const cmd = parseCommand(msg.command);
    if (!cmd) return refuse("malformed");
    const r = await runCommand(deps, sessionId, p.id, cmd);
    if (!r.ok) return refuse(r.reason);
    conn.send({ type: "board.ack", session: sessionId, seq: r.seq, ...refOf(msg.ref) });
  });
}
