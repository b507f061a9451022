// The board page's script (views/board-page.tsx), bundled when the server starts
// (platform/http/client-scripts.ts). Progressive enhancement of a page that works without it:
// - a /live connection (connection.ts) keeps the page current: the board's view, from the
//   snapshot it subscribes with, is updated by each event (model.ts) and the column it changed is
//   re-rendered in place with the server's own components (island.tsx); each event is announced in
//   the page's language (events.ts); what lies outside the columns (the phase, the lock, the
//   timer) is redrawn from the server's markup without a page load (refresh.ts);
// - commands go over /live instead of posting their forms (commands.ts): no page loads;
// - the timer counts down, "who is here" follows `board.presence`, notes can be dragged to groups.
// Protocol: docs/board-protocol.md. No inline code: the CSP stays `script-src 'self'`.

import type { BoardView } from "../../src/modules/boards/views/shared/types.ts";
import { announcer } from "./announcer.ts";
import { closeInDialog } from "./close.ts";
import { sendFormsLive, showLiveHints } from "./commands.ts";
import { connectBoard } from "./connection.ts";
import { dragToGroup } from "./drag.ts";
import { type Columns, patch, textOfEvent } from "./events.ts";
import { messagesOf, translator } from "./i18n.ts";
import { islands } from "./island.tsx";
import { drawMine } from "./mine.tsx";
import { apply } from "./model.ts";
import { showPresence } from "./presence.tsx";
import type { EventFrame, PresenceFrame } from "./protocol.ts";
import { refresh } from "./refresh.ts";
import { reopenInPlace } from "./reopen.ts";
import { tickTimer } from "./timer.ts";

const root = document.getElementById("board");
if (root) {
  const lang = document.documentElement.lang || "it";
  const t = translator(messagesOf(root), lang);
  tickTimer(t);
  closeInDialog();
  if (root.dataset.live === "on" && "WebSocket" in window) live(root, lang, t);
  else dragToGroup({ live: null, lang, t, view: () => null, announce: () => {} });
}

function live(root: HTMLElement, lang: string, t: ReturnType<typeof translator>) {
  const announce = announcer(document.getElementById("board-announcer"));
  const columnsOf = (): Columns => {
    try {
      return JSON.parse(root.dataset.columns || "{}") as Columns;
    } catch {
      return {};
    }
  };
  let columns = columnsOf();
  // The last presence received: a redraw (fetched before it arrived) must not undo it.
  let presence: PresenceFrame | null = null;
  // What the page shows: every event up to `drawnSeq` is drawn (patched in place, or in a redraw
  // fetched after it arrived). Acknowledged commands wait in `acks` until their events are drawn;
  // `data-acked` counts those drawn: what a test or benchmark waits for ("the page shows what the
  // server stored"), as a person would.
  let seenSeq = Number(root.dataset.seq) || 0;
  let drawnSeq = seenSeq;
  const acks: number[] = [];
  let inFlight = 0;
  const settle = () => {
    const drawn = acks.filter((seq) => seq <= drawnSeq);
    if (!drawn.length) return;
    acks.splice(0, acks.length, ...acks.filter((seq) => seq > drawnSeq));
    root.dataset.acked = String(Number(root.dataset.acked || 0) + drawn.length);
  };
  // The board as this person sees it, from /live's snapshot and the events since (model.ts).
  let view: BoardView | null = null;
  const columnsView = islands(root, t);
  const afterRedraw = (upTo: number) => {
    drawnSeq = Math.max(drawnSeq, upTo);
    // The server's markup took the columns back; events that came while it was fetched are not in it.
    columnsView.forget();
    if (view && seenSeq > upTo) {
      columnsView.draw(view);
      drawMine(view, t);
      drawnSeq = seenSeq;
    } else if (view) columnsView.seed(view);
    if (presence) showPresence(root, presence, t);
    showLiveHints(root.dataset.connected === "yes");
    columns = columnsOf();
    settle();
  };

  // Everyone in a large session redraws after a phase change: spread over a second so the server
  // does not render hundreds of pages in the same instant. One's own change is redrawn at once.
  let timer: ReturnType<typeof setTimeout> | null = null;
  let redrawing = false;
  const spread = () =>
    250 + Math.floor(Math.random() * Math.min(1500, 5 * (Number(root.dataset.people) || 0)));
  const redraw = (soon: boolean) => {
    if (timer) {
      if (!soon) return;
      clearTimeout(timer);
    }
    timer = setTimeout(
      async () => {
        timer = null;
        redrawing = true;
        // The page fetched from here on shows every event received so far.
        const upTo = seenSeq;
        try {
          await refresh(() => afterRedraw(upTo));
        } finally {
          redrawing = false;
        }
      },
      soon ? 0 : spread(),
    );
  };

  const measuring = new URLSearchParams(location.search).has("measure");
  const onEvent = (m: EventFrame) => {
    seenSeq = m.seq;
    announce(textOfEvent(m, t, columns));
    const mine = inFlight > 0 || ("mine" in m && m.mine !== undefined);
    if (!view) {
      // No snapshot yet (it comes first on a connection): the server's markup, as before.
      if (!patch(m, t)) redraw(mine);
      return;
    }
    const next = apply(view, m);
    view = next.view;
    if (next.change.columns.size) {
      columnsView.draw(view, next.change.columns);
      drawMine(view, t);
    }
    if (m.type === "vote.changed" && m.left !== undefined) {
      const text = t("boards.votesLeft", { n: m.left, budget: view.settings.voteBudget });
      for (const el of document.querySelectorAll("[data-votes-left]")) el.textContent = text;
    }
    if (next.change.resync) conn.resync();
    // The counts of people are patched in place; anything else outside the columns is redrawn.
    const patched = patch(m, t);
    if (next.change.chrome && !patched) return redraw(mine);
    // Drawn now, unless a redraw still to come covers earlier events.
    if (!timer && !redrawing) drawnSeq = m.seq;
    settle();
  };

  const conn = connectBoard(root, {
    event(m) {
      // `?measure` (bench/board): each event's script, style and layout as a performance measure.
      const t0 = performance.now();
      onEvent(m);
      if (measuring) {
        void document.body.offsetHeight;
        performance.measure("board.event", { start: t0 });
      }
    },
    presence(m) {
      presence = m;
      showPresence(root, m, t);
    },
    snapshot(board) {
      view = board;
      // The page was rendered from this very view when it is as far as the snapshot.
      if (board.seq === drawnSeq) columnsView.seed(board);
      // The page was rendered before events it has not shown: the server's markup is drawn again.
      // (A redraw already coming covers it: after a phase change it is spread over a second.)
      if (board.seq > drawnSeq && !timer && !redrawing) redraw(true);
    },
    connected(again) {
      showLiveHints(true);
      if (again) announce(t("boards.live.reconnected"));
    },
    lost(firstTime) {
      showLiveHints(false);
      if (firstTime) announce(t("boards.live.disconnected"));
    },
  });
  dragToGroup({ live: conn, lang, t, view: () => view, announce });
  reopenInPlace(() => root.dataset.connected === "yes");
  sendFormsLive({
    session: root.dataset.session ?? "",
    live: conn,
    t,
    lang,
    announce,
    sending() {
      inFlight++;
    },
    answered() {
      inFlight--;
    },
    done(seq) {
      acks.push(seq);
      settle();
      // Its events normally arrive with it; if they have not in a while, the page is fetched.
      setTimeout(() => {
        if (acks.includes(seq)) redraw(true);
      }, 2000);
    },
  });
}
