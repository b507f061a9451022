// The board in a real browser while the simulated participants load the session (`--browser`):
// Debian's Chromium through playwright-core, two participants' pages in two browser contexts. The
// first types notes and presses Enter (the board's script sends them over /live, no page load); for
// each note, the time from the keydown's `event.timeStamp` to the first frame that shows the note as
// the server stored it (the board has no optimistic placeholder: any note in the page came from the
// server), in the typist's page and in the other person's. Both pages read the same browser clock
// (`performance.timeOrigin + now`).
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../../test/e2e/support/chromium.ts";

export type BrowserFigures = {
  notes: number;
  own: number[];
  other: number[];
  missed: number;
  /** The typist's page: keydown → the command sent on /live (the page). */
  ownSend: number[];
  /** Sent → the note's event arriving on the same connection (network and server). */
  ownTrip: number[];
  /** The event arriving → the frame that shows it (the page: script, style, layout, the frame). */
  ownDraw: number[];
};

/** Records, in the page, when each note text it is told about is first drawn. */
const OBSERVE = () => {
  const w = window as unknown as {
    seen: Record<string, number>;
    keys: Record<string, number>;
    recv: Record<string, number>;
    sent: Record<string, number>;
    watch: string[];
  };
  w.recv = {};
  w.sent = {};
  w.seen = {};
  w.keys = {};
  w.watch = [];
  // The keydown that sends a note: its text and the event's own time, on the shared clock.
  document.addEventListener(
    "keydown",
    (e) => {
      const field = e.target as HTMLTextAreaElement;
      if (e.key === "Enter" && !e.shiftKey && field?.name === "text")
        w.keys[field.value] = performance.timeOrigin + e.timeStamp;
    },
    true,
  );
  // Only what a mutation added or changed is read: scanning every note of a large board on each
  // mutation would itself hold up the frame being measured.
  // When the note's command leaves and its event arrives on the page's /live connection: splits each
  // figure into the page's share and the round trip (network and server).
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener("message", (e) => {
        if (typeof e.data !== "string") return;
        const at = performance.timeOrigin + performance.now();
        for (const t of w.watch) if (w.recv[t] === undefined && e.data.includes(t)) w.recv[t] = at;
      });
    }
    override send(data: Parameters<WebSocket["send"]>[0]) {
      if (typeof data === "string") {
        const at = performance.timeOrigin + performance.now();
        for (const t of w.watch) if (w.sent[t] === undefined && data.includes(t)) w.sent[t] = at;
      }
      super.send(data);
    }
  };
  const check = (records: MutationRecord[]) => {
    const pending = w.watch.filter((text) => w.seen[text] === undefined);
    if (!pending.length) return;
    const found = new Set<string>();
    for (const r of records) {
      // Notes only (an announcement of the note elsewhere in the page is not the note drawn).
      const notes: Element[] = [];
      for (const node of r.type === "characterData" ? [r.target] : [...r.addedNodes]) {
        const el = node instanceof Element ? node : node.parentElement;
        const around = el?.closest("[data-note-id]");
        if (around) notes.push(around);
        else if (node instanceof Element) notes.push(...node.querySelectorAll("[data-note-id]"));
      }
      for (const note of notes) {
        const text = note.textContent ?? "";
        for (const t of pending) if (text.includes(t)) found.add(t);
      }
    }
    // Drawn in the next frame: the time that frame starts.
    if (found.size)
      requestAnimationFrame(() => {
        const at = performance.timeOrigin + performance.now();
        for (const text of found) w.seen[text] ??= at;
      });
  };
  // Init scripts run before the document has an element to observe.
  document.addEventListener("DOMContentLoaded", () =>
    new MutationObserver(check).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    }),
  );
};

async function boardPage(
  browser: Browser,
  baseUrl: string,
  sessionId: string,
  cookie: string,
  view: "board" | "list" = "board",
): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const [name, ...value] = cookie.split("=");
  await ctx.addCookies([{ name: name!, value: value.join("="), url: baseUrl }]);
  const page = await ctx.newPage();
  await page.addInitScript(OBSERVE);
  const res = await page.goto(`${baseUrl}/boards/${sessionId}?lang=it&view=${view}`);
  if (res?.status() !== 200) throw new Error(`board page answered ${res?.status()}`);
  await page.waitForSelector("#board[data-connected=yes]", { timeout: 15_000 });
  return page;
}

/** Two participants' pages, open in Chromium before the load starts, as people already in the room. */
export type BrowserPages = {
  /**
   * `notes` notes typed by the first page's person, one every `everyMs`; the figures in ms. Run it
   * in the collect phase of a load (each note must be accepted).
   */
  type(notes: number, everyMs: number): Promise<BrowserFigures>;
  close(): Promise<void>;
};

export async function openBrowserPages(o: {
  baseUrl: string;
  sessionId: string;
  cookies: [string, string];
  view?: "board" | "list";
}): Promise<BrowserPages> {
  const browser = await launchBrowser();
  try {
    const [typist, other] = await Promise.all(
      o.cookies.map((cookie) => boardPage(browser, o.baseUrl, o.sessionId, cookie, o.view)),
    );
    return {
      type: (notes, everyMs) => typeNotes(typist!, other!, notes, everyMs),
      close: () => browser.close(),
    };
  } catch (err) {
    await browser.close();
    throw err;
  }
}

async function typeNotes(typist: Page, other: Page, notes: number, everyMs: number): Promise<BrowserFigures> {
  const texts: string[] = [];
  for (let i = 0; i < notes; i++) {
    const text = `Nota dal browser ${i + 1} ${Math.random().toString(36).slice(2, 8)}`;
    texts.push(text);
    for (const p of [typist, other])
      await p.evaluate((t) => (window as unknown as { watch: string[] }).watch.push(t), text);
    // The first column's field in the board view (the page's default for participants).
    const field = typist.locator("main [data-column-id] textarea[name=text]").first();
    await field.fill(text);
    await field.press("Enter");
    await new Promise((r) => setTimeout(r, everyMs));
  }
  // Late frames: a few seconds for the last notes to be drawn.
  const read = (p: Page) =>
    p.evaluate(() => {
      const w = window as unknown as {
        seen: Record<string, number>;
        keys: Record<string, number>;
        recv: Record<string, number>;
        sent: Record<string, number>;
      };
      return { seen: w.seen, keys: w.keys, recv: w.recv, sent: w.sent };
    });
  let a = await read(typist);
  let b = await read(other);
  for (let i = 0; i < 50 && texts.some((t) => a.seen[t] === undefined || b.seen[t] === undefined); i++) {
    await new Promise((r) => setTimeout(r, 100));
    a = await read(typist);
    b = await read(other);
  }
  const own: number[] = [];
  const otherMs: number[] = [];
  const ownSend: number[] = [];
  const ownTrip: number[] = [];
  const ownDraw: number[] = [];
  let missed = 0;
  for (const t of texts) {
    const key = a.keys[t];
    if (key === undefined || a.seen[t] === undefined || b.seen[t] === undefined) {
      missed++;
      continue;
    }
    own.push(a.seen[t]! - key);
    otherMs.push(b.seen[t]! - key);
    const sent = a.sent[t];
    const recv = a.recv[t];
    if (sent !== undefined && recv !== undefined) {
      ownSend.push(sent - key);
      ownTrip.push(recv - sent);
      ownDraw.push(a.seen[t]! - recv);
    }
  }
  const sorted = (xs: number[]) => xs.sort((x, y) => x - y);
  return {
    notes: texts.length,
    own: sorted(own),
    other: sorted(otherMs),
    missed,
    ownSend: sorted(ownSend),
    ownTrip: sorted(ownTrip),
    ownDraw: sorted(ownDraw),
  };
}

export type BigSessionFigures = {
  /** Navigation start → the board's script connected and subscribed (the page fully usable). */
  readyMs: number;
  /** Navigation start → DOMContentLoaded (the server's page parsed). */
  parsedMs: number;
  /** Each incoming event's script + style + layout (the client's `board.event` measures). */
  eventMs: number[];
};

/**
 * A newcomer opens a large session in Chromium (`?measure`: the board's script measures each event's
 * script, style and layout); then `events` incoming events are sent by `send(i)`, one every 50 ms.
 */
export async function measureBigSession(o: {
  baseUrl: string;
  sessionId: string;
  cookie: string;
  events: number;
  send(i: number): Promise<void>;
}): Promise<BigSessionFigures> {
  const browser = await launchBrowser();
  try {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const [name, ...value] = o.cookie.split("=");
    await ctx.addCookies([{ name: name!, value: value.join("="), url: o.baseUrl }]);
    const page = await ctx.newPage();
    // When #board says it is connected, on the page's own clock.
    await page.addInitScript(() => {
      document.addEventListener("DOMContentLoaded", () => {
        const board = document.getElementById("board");
        if (!board) return;
        new MutationObserver(() => {
          const w = window as unknown as { readyAt?: number };
          if (board.dataset.connected === "yes") w.readyAt ??= performance.now();
        }).observe(board, { attributes: true, attributeFilter: ["data-connected"] });
      });
    });
    const open = async () => {
      const res = await page.goto(`${o.baseUrl}/boards/${o.sessionId}?lang=it&measure`);
      if (res?.status() !== 200) throw new Error(`board page answered ${res?.status()}`);
      await page.waitForSelector("#board[data-connected=yes]", { timeout: 30_000 });
      return page.evaluate(() => {
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
        return {
          readyMs: (window as unknown as { readyAt: number }).readyAt,
          parsedMs: nav.domContentLoadedEventEnd,
        };
      });
    };
    await open();
    for (let i = 0; i < o.events; i++) {
      await o.send(i);
      await new Promise((r) => setTimeout(r, 50));
    }
    await new Promise((r) => setTimeout(r, 1000));
    const eventMs = await page.evaluate(() =>
      performance.getEntriesByName("board.event").map((e) => e.duration),
    );
    // The first render is measured again on the whole session, the notes that arrived included.
    const { readyMs, parsedMs } = await open();
    return { readyMs, parsedMs, eventMs: eventMs.sort((a, b) => a - b) };
  } finally {
    await browser.close();
  }
}
