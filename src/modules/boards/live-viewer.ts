// One board subscription on /live (live.ts): a small filter that the hub sees as a socket. The hub
// hands it each stored event of the session (all of them, in every process), and it forwards to the
// real WebSocket only what that participant may see (rules.ts viewFor), numbered with the session's
// own `seq`. So the person sees gaps where events were not meant for them, and nothing else. The
// filter also puts events back in order (two processes may publish 7 before 6), fills a real gap
// from the database, gives a command's `clientId` back to its sender only, and tells the command
// handler when the sender's own events have gone out (`reached`), so `board.ack` comes after them.
import type { WebSocket } from "ws";
import type { Deps } from "../../platform/deps.ts";
import { eventsSince, snapshotFor } from "./boards.service.ts";
import { FANOUT, streamOf, type WireEvent } from "./command-runner.ts";
import { can } from "./policy.ts";
import { PRESENCE_NOTICE, type Presence } from "./presence.ts";
import { type BoardRole, viewFor } from "./rules.ts";

/** A client further behind than this gets a snapshot instead of the missed events. */
export const MAX_CATCH_UP = 500;
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

/** `ref` as the client sent it, when it is one (live-protocol.md: a short string or a number). */
export const refOf = (ref: unknown) =>
  (typeof ref === "string" && ref.length <= 100) || (typeof ref === "number" && Number.isFinite(ref))
    ? { ref }
    : {};

function send(ws: WebSocket, message: Record<string, unknown>) {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
}

export class BoardViewer {
  lastSeq = 0;
  syncing = true;
  private buffer = new Map<number, WireEvent>();
  private timer: NodeJS.Timeout | null = null;
  private filling = false;
  private confirmed = false;
  private heldPresence: string | null = null;
  /** Commands of this connection waiting for their events to go out (`reached`). */
  private waiting: { seq: number; done: () => void }[] = [];

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
    let parsed: Fanout;
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
    // The command's sender gets its `clientId` back; nobody else (it could tell who wrote a note in
    // an anonymous session).
    const own = Boolean(e.clientId) && e.actorId === this.participantId;
    // Kinds of recipient get different text (the subject, staff, the sender); an invisible event is
    // null. Cached per event across the session's viewers.
    const key = `${subject ? "s" : "o"}${staff ? "f" : "p"}${own ? "c" : ""}`;
    let frame = frames?.get(key);
    if (frame === undefined) {
      const view = viewFor(e, { id: this.participantId, staff });
      frame = view
        ? JSON.stringify({
            ...view,
            ...(own ? { clientId: e.clientId } : {}),
            stream: streamOf(this.sessionId),
            seq: e.seq,
          })
        : null;
      frames?.set(key, frame);
    }
    if (frame !== null && this.ws.readyState === this.ws.OPEN) this.ws.send(frame);
    if (this.waiting.length) this.release();
  }

  /**
   * Resolves once every event up to `seq` has been handled here: sent on this connection if this
   * person may see it, skipped if not. The command handler waits for it before `board.ack`, so the
   * sender's own events always come first (board-protocol.md). They arrive through the hub at once
   * in one process, within milliseconds through Redis; after GAP_WAIT_MS they are read from the
   * database instead, as for any gap.
   */
  async reached(seq: number): Promise<void> {
    if (this.lastSeq >= seq || this.ws.readyState !== this.ws.OPEN) return;
    let timer: NodeJS.Timeout | undefined;
    const arrived = await new Promise<boolean>((resolve) => {
      this.waiting.push({ seq, done: () => resolve(true) });
      timer = setTimeout(() => resolve(false), GAP_WAIT_MS);
      timer.unref();
    });
    clearTimeout(timer);
    if (arrived) return;
    this.waiting = this.waiting.filter((w) => w.seq !== seq);
    if (!this.filling) await this.fill(true);
  }

  private release() {
    const due = this.waiting.filter((w) => w.seq <= this.lastSeq);
    if (!due.length) return;
    this.waiting = this.waiting.filter((w) => w.seq > this.lastSeq);
    for (const w of due) w.done();
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

  /** Reads what is missing from the database: when a later event is buffered, or when `force`d. */
  private async fill(force = false) {
    if ((!this.buffer.size && !force) || this.ws.readyState !== this.ws.OPEN) return;
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

  /** Too far behind, or a new subscription without `since`: a fresh snapshot (with the request's `ref`). */
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
    if (this.waiting.length) this.release();
  }

  close() {
    if (this.timer) clearTimeout(this.timer);
    this.buffer.clear();
    const waiting = this.waiting;
    this.waiting = [];
    for (const w of waiting) w.done();
  }
}
