// One participant of the hundred-participant run: REST calls with its token and one `/live`
// connection, written from docs/api-clients.md, docs/live-protocol.md and docs/board-protocol.md
// alone (nothing from src/). It keeps every board event it receives, with the moment it arrived.
import { performance } from "node:perf_hooks";
import WebSocket from "ws";

// biome-ignore lint/suspicious/noExplicitAny: messages are read field by field as the documents describe them, as in docs/api-clients.md
export type Json = Record<string, any>;

/** One REST call (docs/api-clients.md, "With TypeScript and ws"); a 429 is waited out and sent again. */
export async function api(
  base: string,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<Json> {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = await res.json();
    if (res.status === 429 && attempt < 5) {
      await sleep(1000 * Number(res.headers.get("retry-after") ?? 1));
      continue;
    }
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${json.code}: ${json.detail}`);
    return json;
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A note as its author sent it (`at`: when), and what came back. */
export type Sent = {
  author: number;
  text: string;
  clientId: string;
  at: number;
  ackMs?: number;
  rest?: boolean;
  seq?: number;
  refused?: string;
};

/** An event as this client received it: its `seq`, when, and whether through a `since` catch-up. */
export type Received = { seq: number; at: number; message: Json; catchUp: boolean };

export class Participant {
  /** The connection commands go to: set once its subscription is answered, null while away. */
  ws: WebSocket | null = null;
  /** The connection whose messages are applied. */
  private socket: WebSocket | null = null;
  /** Every event of the session received, across connections, in arrival order. */
  readonly events: Received[] = [];
  /** The `seq` the first subscription was current to (its snapshot's). */
  startSeq = 0;
  /** The last `seq` applied (what `since` says after a reconnection). */
  lastSeq = 0;
  /** Set while a `since` subscription is answering: its events are the catch-up. */
  private catchingUp = false;
  private waiting: { test: (m: Json) => boolean; done: (m: Json) => void }[] = [];
  /** Answers (`board.ack`/`board.refused`) by `ref`. */
  private answers = new Map<number, (m: Json) => void>();

  readonly base: string;
  readonly token: string;
  readonly session: string;

  constructor(base: string, token: string, session: string) {
    this.base = base;
    this.token = token;
    this.session = session;
  }

  /** A ticket, the connection, `hello`, then `board.subscribe` (with `since` when reconnecting). */
  async connect(since?: number): Promise<Json> {
    const { url } = await api(this.base, this.token, "POST", "/live/tickets");
    const ws = new WebSocket(url);
    this.socket = ws;
    ws.on("message", (data) => this.receive(ws, JSON.parse(String(data))));
    const hello = this.next((m) => m.type === "hello", 15_000);
    await new Promise((resolve, reject) => {
      ws.once("open", resolve);
      ws.once("error", reject);
    });
    await hello;
    const ref = since === undefined ? "sub" : "resub";
    this.catchingUp = since !== undefined;
    const answered = this.next(
      (m) => (m.type === "board.subscribed" || m.type === "error") && m.ref === ref,
      30_000,
    );
    ws.send(JSON.stringify({ type: "board.subscribe", session: this.session, ref, since }));
    const answer = await answered;
    if (answer.type === "error") throw new Error(`subscribe: ${answer.code} ${answer.message}`);
    this.ws = ws;
    return answer;
  }

  /** Closes the connection; whatever it still delivers is not applied (as after a network cut). */
  disconnect() {
    const ws = this.socket;
    this.ws = this.socket = null;
    ws?.removeAllListeners("message");
    ws?.close();
  }

  /** A `board.command`; resolves with its `board.ack` or `board.refused`. */
  command(ref: number, command: Json): Promise<Json> {
    const ws = this.ws;
    if (!ws) throw new Error("not connected");
    return new Promise((resolve) => {
      this.answers.set(ref, resolve);
      ws.send(JSON.stringify({ type: "board.command", session: this.session, ref, command }));
    });
  }

  /** Resolves with the next message that passes `test` (messages arriving from now on). */
  next(test: (m: Json) => boolean, ms = 10_000): Promise<Json> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("no answer in time")), ms);
      this.waiting.push({
        test,
        done: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      });
    });
  }

  /** Commands sent and not answered yet. */
  get pending() {
    return this.answers.size;
  }

  private receive(ws: WebSocket, m: Json) {
    if (ws !== this.socket) return;
    const at = performance.now();
    // Set here, not after the await: later messages of the same read must not count as catch-up.
    if (m.type === "board.subscribed" || m.type === "error") this.catchingUp = false;
    if (m.type === "board.snapshot") {
      // Only the first subscription asks for one; an unasked snapshot (more than 500 events behind)
      // means events were skipped, which the checks count as lost.
      if (m.ref === "sub") this.startSeq = this.lastSeq = m.seq;
    } else if (typeof m.seq === "number" && m.stream && m.type !== "board.subscribed") {
      this.events.push({ seq: m.seq, at, message: m, catchUp: this.catchingUp });
      this.lastSeq = Math.max(this.lastSeq, m.seq);
    }
    if ((m.type === "board.ack" || m.type === "board.refused") && typeof m.ref === "number") {
      this.answers.get(m.ref)?.(m);
      this.answers.delete(m.ref);
    }
    const w = this.waiting.find((w) => w.test(m));
    if (w) {
      this.waiting.splice(this.waiting.indexOf(w), 1);
      w.done(m);
    }
  }
}
