// The board's /live connection: subscribes to the session (from the last seq the page shows, so
// nothing between the page load and the connection is missed), reconnects after a drop with
// backoff, and sends commands, each answered by `board.ack` or `board.refused` with its `ref`.
import type { BoardView } from "../../src/modules/boards/views/shared/types.ts";
import type { CommandInput, ControlFrame, EventFrame, LiveFrame, PresenceFrame } from "./protocol.ts";

const CONTROL = new Set<string>([
  "board.subscribed",
  "board.snapshot",
  "board.ack",
  "board.refused",
  "error",
]);

export type Answer = { ok: true; seq: number } | { ok: false; reason: string; message: string };

export type Handlers = {
  event(m: EventFrame): void;
  presence(m: PresenceFrame): void;
  /** The board as this person may see it now (on the first subscription, and when far behind). */
  snapshot(board: BoardView): void;
  connected(again: boolean): void;
  lost(firstTime: boolean): void;
};

export type Live = {
  /** Sends a command; undefined when not connected (the caller posts the form instead). */
  command(input: CommandInput, lang: string): Promise<Answer> | undefined;
  /** Asks for a fresh snapshot (what this person may see has changed in a way events do not say). */
  resync(): void;
};

export function connectBoard(root: HTMLElement, h: Handlers): Live {
  const session = root.dataset.session ?? "";
  const stream = `board:${session}`;
  let lastSeq = Number(root.dataset.seq) || 0;
  let socket: WebSocket | null = null;
  let subscribed = false;
  let attempts = 0;
  let lostSaid = false;
  let nextRef = 1;
  // The first subscription asks for a snapshot (no `since`): the page keeps the board's view in the
  // browser from it (model.ts). Later ones catch up from the last event seen.
  let fresh = true;
  const waiting = new Map<number, (a: Answer) => void>();

  // A guest (no account, so no session cookie /live knows) first gets a one-use ticket for this
  // session; null when the server says the guest is no longer in it (nothing to retry then).
  async function liveUrl(): Promise<string | null> {
    const base = `${location.protocol === "https:" ? "wss:" : "ws:"}//${location.host}/live`;
    if (!root.dataset.ticketUrl) return base;
    const res = await fetch(root.dataset.ticketUrl, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
      body: new URLSearchParams({ _csrf: root.dataset.csrf || "" }),
      credentials: "same-origin",
    });
    if (res.status === 404 || res.status === 403) return null;
    if (!res.ok) throw new Error(`ticket: ${res.status}`);
    const { ticket } = (await res.json()) as { ticket: string };
    return `${base}?ticket=${encodeURIComponent(ticket)}`;
  }

  function dropped() {
    subscribed = false;
    root.dataset.connected = "no";
    // Commands in flight may or may not have been stored: the page is redrawn on reconnecting.
    for (const [ref, done] of waiting) {
      waiting.delete(ref);
      done({ ok: false, reason: "disconnected", message: "" });
    }
    h.lost(!lostSaid);
    lostSaid = true;
    attempts++;
    const delay = Math.min(30_000, 500 * 2 ** Math.min(attempts, 6)) * (0.5 + Math.random());
    setTimeout(connect, delay);
  }

  function onControl(m: ControlFrame) {
    if (m.type === "error" && m.code === "rate-limited" && m.ref === undefined) {
      // Many tabs of one person reconnecting at once can go over the account's message rate
      // (docs/live-protocol.md, "Limits"): the subscription is what was sent, so try it again.
      setTimeout(subscribe, 1000 + Math.random() * 2000);
      return;
    }
    if (m.type === "board.subscribed") {
      attempts = 0;
      subscribed = true;
      lastSeq = Math.max(lastSeq, m.seq);
      root.dataset.connected = "yes";
      h.connected(lostSaid);
      lostSaid = false;
      return;
    }
    if (m.type === "board.snapshot") {
      lastSeq = m.seq;
      fresh = false;
      h.snapshot(m.board);
      return;
    }
    const ref = "ref" in m ? m.ref : undefined;
    const done = ref === undefined ? undefined : waiting.get(ref);
    if (!done || ref === undefined) return;
    waiting.delete(ref);
    if (m.type === "board.ack") done({ ok: true, seq: m.seq });
    else if (m.type === "board.refused") done({ ok: false, reason: m.reason, message: m.message });
    else if (m.type === "error") done({ ok: false, reason: m.code, message: m.message ?? "" });
  }

  function subscribe() {
    if (socket?.readyState === WebSocket.OPEN)
      socket.send(JSON.stringify({ type: "board.subscribe", session, ...(fresh ? {} : { since: lastSeq }) }));
  }

  async function connect() {
    let url: string | null;
    try {
      url = await liveUrl();
    } catch {
      return dropped();
    }
    if (url === null) return;
    const ws = new WebSocket(url);
    socket = ws;
    ws.addEventListener("open", subscribe);
    ws.addEventListener("message", (e) => {
      let m: LiveFrame;
      try {
        m = JSON.parse(String(e.data)) as LiveFrame;
      } catch {
        return;
      }
      if (m.type === "board.presence") {
        if (m.session === session) h.presence(m);
        return;
      }
      if (CONTROL.has(m.type)) return onControl(m as ControlFrame);
      if (!("stream" in m) || m.stream !== stream || typeof m.seq !== "number") return;
      if (m.seq <= lastSeq) return; // already shown (the page or an earlier delivery)
      lastSeq = m.seq;
      h.event(m as EventFrame);
    });
    ws.addEventListener("close", (e) => {
      subscribed = false;
      root.dataset.connected = "no";
      if (e.code === 4401) return; // signed out: a reload shows the sign-in
      dropped();
    });
  }

  void connect();

  return {
    command(input, lang) {
      if (!subscribed || socket?.readyState !== WebSocket.OPEN) return undefined;
      const ref = nextRef++;
      const answer = new Promise<Answer>((resolve) => waiting.set(ref, resolve));
      socket.send(JSON.stringify({ type: "board.command", session, command: input, lang, ref }));
      return answer;
    },
    resync() {
      fresh = true;
      if (!subscribed || socket?.readyState !== WebSocket.OPEN) return; // the next connection asks
      socket.send(JSON.stringify({ type: "board.unsubscribe", session }));
      subscribe();
    },
  };
}
