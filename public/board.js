// Progressive enhancement of a board session's list view (src/modules/boards/views/board-page.tsx).
// Without this file every command is a form post and the page is current after each one. With it:
// - a /live connection subscribes to the session (sending the last seq the page shows, so nothing
//   between the page load and the connection is missed) and reconnects after a drop;
// - each event is announced in the page's language in the polite live region (#board-announcer):
//   new notes, phase changes, timer changes, the group in discussion, locking;
// - the list view is refreshed from the server (the same markup, same visibility rules), keeping
//   focus and whatever the person is typing;
// - the timer counts down every second;
// - "who is here" (#board-presence) is redrawn from each `board.presence` message.
// Protocol: docs/board-protocol.md. No dependencies; strict CSP friendly (no inline code).

const root = document.getElementById("board");

if (root && root.dataset.live === "on" && "WebSocket" in window) start(root);
if (root) tickTimer(root);
if (root) dragToGroup();

// Board view, group phase: dragging a note onto a group submits that note's own "move to group"
// form (the same one keyboard users use), so both ways share one path to the server.
function dragToGroup() {
  let dragged = "";
  const groupAt = (target) => target?.closest?.(".board-visual [data-group-id]");
  document.addEventListener("dragstart", (e) => {
    const li = e.target?.closest?.("[data-note-id][draggable=true]");
    if (!li) return;
    dragged = li.dataset.noteId;
    e.dataTransfer?.setData("text/plain", dragged);
  });
  document.addEventListener("dragover", (e) => {
    const g = groupAt(e.target);
    if (!g || !dragged) return;
    const select = document.getElementById(`move-${dragged}`);
    if (!select?.querySelector(`option[value="${g.dataset.groupId}"]`)) return;
    e.preventDefault();
    g.classList.add("board-drop");
  });
  document.addEventListener("dragleave", (e) => groupAt(e.target)?.classList.remove("board-drop"));
  document.addEventListener("drop", (e) => {
    const g = groupAt(e.target);
    if (!g || !dragged) return;
    e.preventDefault();
    g.classList.remove("board-drop");
    const select = document.getElementById(`move-${dragged}`);
    const form = document.getElementById(`move-form-${dragged}`);
    dragged = "";
    if (!select || !form) return;
    select.value = g.dataset.groupId;
    form.requestSubmit();
  });
  document.addEventListener("dragend", () => {
    dragged = "";
    for (const el of document.querySelectorAll(".board-drop")) el.classList.remove("board-drop");
  });
}

function messagesOf(el) {
  try {
    return JSON.parse(el.dataset.messages || "{}");
  } catch {
    return {};
  }
}

const plural = new Intl.PluralRules(document.documentElement.lang || "it");

/** As the server's translator: a count of one takes the key's ".one" form when there is one. */
function translate(messages, key, params) {
  const count = params && (params.count ?? params.n);
  const one =
    typeof count === "number" && plural.select(count) === "one" ? messages[`${key}.one`] : undefined;
  const text = one ?? messages[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, k) => (params && params[k] !== undefined ? String(params[k]) : ""));
}

/** "4 min 30 s", as the server writes it (views/board-ui.tsx formatDuration). */
function duration(messages, ms) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  if (m && s) return translate(messages, "boards.duration.minSec", { m, s });
  if (m) return translate(messages, "boards.duration.min", { m });
  return translate(messages, "boards.duration.sec", { s });
}

function tickTimer(el) {
  const messages = messagesOf(el);
  setInterval(() => {
    const timer = document.getElementById("board-timer");
    const endsAt = timer?.dataset.endsAt;
    if (!timer || !endsAt) return;
    const left = Date.parse(endsAt) - Date.now();
    const text =
      left > 0
        ? translate(messages, "boards.timer.running", { time: duration(messages, left) })
        : translate(messages, "boards.timer.over");
    if (timer.textContent !== text) timer.textContent = text;
  }, 1000);
}

function start(el) {
  const sessionId = el.dataset.session;
  const stream = `board:${sessionId}`;
  const messages = messagesOf(el);
  const t = (key, params) => translate(messages, key, params);
  let columns = {};
  try {
    columns = JSON.parse(el.dataset.columns || "{}");
  } catch {}
  const announcer = document.getElementById("board-announcer");
  let lastSeq = Number(el.dataset.seq) || 0;
  let socket = null;
  let attempts = 0;
  let lostSaid = false;
  let refreshTimer = null;
  const queue = [];
  let speaking = false;

  // One message at a time, each long enough in the region for screen readers to pick it up.
  function announce(text) {
    if (!announcer || !text) return;
    queue.push(text);
    if (!speaking) speakNext();
  }
  function speakNext() {
    const text = queue.shift();
    if (text === undefined) {
      speaking = false;
      return;
    }
    speaking = true;
    announcer.textContent = text;
    announcer.dataset.last = text;
    setTimeout(speakNext, 1200);
  }

  function textOfEvent(m) {
    switch (m.type) {
      case "note.added":
        if (m.mine) return "";
        return t("boards.live.noteAdded", { column: columns[m.note.columnId] ?? "", text: m.note.text });
      case "phase.changed":
        return t("boards.live.phaseChanged", { phase: t(`boards.phase.${m.phase}`) });
      case "timer.changed": {
        const time = duration(messages, m.leftMs ?? 0);
        if (m.action === "started") return t("boards.live.timerStarted", { time });
        if (m.action === "paused") return t("boards.live.timerPaused", { time });
        return t("boards.live.timerExtended", { time });
      }
      case "group.focused": {
        if (!m.groupId) return "";
        const heading = document.getElementById(`group-${m.groupId}`);
        const name = heading?.firstChild?.textContent?.trim() ?? "";
        return name ? t("boards.live.focused", { name }) : "";
      }
      case "board.locked":
        return m.locked ? t("boards.live.locked") : t("boards.live.unlocked");
      default:
        return "";
    }
  }

  /** Applies an event to the page directly when that is simple and safe; false: reload instead. */
  function patch(m) {
    switch (m.type) {
      case "note.added": {
        // Someone else's note while collecting: add it to its column's list.
        const list = m.mine
          ? null
          : document.querySelector(`ul.board-notes[data-column="${m.note.columnId}"]`);
        if (!list || document.getElementById(`note-${m.note.id}`)) return false;
        const li = document.createElement("li");
        li.id = `note-${m.note.id}`;
        li.className = "mb-2";
        li.dataset.noteId = m.note.id;
        const text = document.createElement("p");
        text.className = "mb-0 text-pre-line";
        text.textContent = m.note.text;
        const by = document.createElement("p");
        by.className = "small text-muted mb-1";
        by.textContent = m.note.author ? t("boards.note.by", { name: m.note.author.name }) : "";
        li.append(text, by);
        list.append(li);
        document.getElementById(`empty-${m.note.columnId}`)?.remove();
        return true;
      }
      case "vote.changed": {
        // Others' votes change a total; one's own also changes buttons and the budget: reload.
        const total = document.getElementById(`total-${m.groupId}`);
        if (m.mine !== undefined || m.total === undefined || !total) return false;
        total.textContent = t("boards.group.votes", { n: m.total });
        return true;
      }
      case "participant.joined":
      case "participant.ready": {
        const count = document.getElementById("participant-count");
        const ready = document.getElementById("ready-count");
        if (!count || !ready || m.ready !== undefined) return false;
        let n = Number(count.dataset.n);
        if (m.type === "participant.joined") n = typeof m.count === "number" ? m.count : n + 1;
        const r = m.type === "participant.ready" ? m.readyCount : Number(ready.dataset.ready);
        count.dataset.n = String(n);
        ready.dataset.ready = String(r);
        count.textContent = t("boards.participantCount", { n });
        ready.textContent = t("boards.readyCount", { ready: r, n });
        const names = document.querySelector("#session-heading ~ details ul");
        if (names && m.participant) {
          const li = document.createElement("li");
          li.textContent = m.participant.name;
          names.append(li);
        }
        return true;
      }
      default:
        return false;
    }
  }

  // The last presence received: a list-view refresh (fetched before it arrived) must not undo it.
  let presence = null;
  function showPresence(m) {
    presence = m;
    const heading = document.getElementById("presence-heading");
    const box = document.getElementById("presence-people");
    if (!heading || !box) return;
    // Hidden by the server where it could not tell who is here: shown once we know.
    document.getElementById("board-presence")?.removeAttribute("hidden");
    heading.textContent = t("boards.presence.title", { n: m.count });
    let content;
    if (!Array.isArray(m.people) || m.people.length === 0) {
      content = document.createElement("p");
      content.textContent = t(
        Array.isArray(m.people) ? "boards.presence.nobody" : "boards.presence.anonymous",
      );
    } else {
      content = document.createElement("ul");
      content.className = "mb-1";
      for (const person of m.people) {
        const li = document.createElement("li");
        li.textContent = person.name;
        content.append(li);
      }
    }
    box.replaceChildren(content);
    el.dataset.present = String(m.count);
  }

  // A guest (no account, so no session cookie /live knows) first gets a one-use ticket for this
  // session; null when the server says the guest is no longer in it (then there is nothing to retry).
  async function liveUrl() {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    const base = `${scheme}//${location.host}/live`;
    if (!el.dataset.ticketUrl) return base;
    const res = await fetch(el.dataset.ticketUrl, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
      body: new URLSearchParams({ _csrf: el.dataset.csrf || "" }),
      credentials: "same-origin",
    });
    if (res.status === 404 || res.status === 403) return null;
    if (!res.ok) throw new Error(`ticket: ${res.status}`);
    const { ticket } = await res.json();
    return `${base}?ticket=${encodeURIComponent(ticket)}`;
  }

  function lost() {
    el.dataset.connected = "no";
    if (!lostSaid) announce(t("boards.live.disconnected"));
    lostSaid = true;
    attempts++;
    const delay = Math.min(30_000, 500 * 2 ** Math.min(attempts, 6)) * (0.5 + Math.random());
    setTimeout(connect, delay);
  }

  async function connect() {
    let url;
    try {
      url = await liveUrl();
    } catch {
      return lost();
    }
    if (url === null) return;
    const ws = new WebSocket(url);
    socket = ws;
    const subscribe = () => {
      if (ws.readyState === WebSocket.OPEN)
        ws.send(JSON.stringify({ type: "board.subscribe", session: sessionId, since: lastSeq }));
    };
    socket.addEventListener("open", subscribe);
    socket.addEventListener("message", (e) => {
      let m;
      try {
        m = JSON.parse(e.data);
      } catch {
        return;
      }
      // Many tabs of one person reconnecting at once can go over the account's message rate
      // (docs/live-protocol.md, "Limits"): the subscription is the only thing sent, so try it again.
      if (m.type === "error" && m.code === "rate-limited") {
        setTimeout(subscribe, 1000 + Math.random() * 2000);
        return;
      }
      if (m.type === "board.subscribed") {
        attempts = 0;
        if (lostSaid) announce(t("boards.live.reconnected"));
        lostSaid = false;
        lastSeq = Math.max(lastSeq, m.seq);
        el.dataset.connected = "yes";
        return;
      }
      if (m.type === "board.presence") {
        if (m.session === sessionId) showPresence(m);
        return;
      }
      if (m.type === "board.snapshot") {
        lastSeq = m.seq;
        scheduleRefresh();
        return;
      }
      if (m.stream !== stream || typeof m.seq !== "number") return;
      if (m.seq <= lastSeq) return; // already shown (the page or an earlier delivery)
      lastSeq = m.seq;
      announce(textOfEvent(m));
      // The frequent events are applied in place; anything else reloads the list view's markup.
      if (!patch(m)) scheduleRefresh();
    });
    socket.addEventListener("close", (e) => {
      el.dataset.connected = "no";
      if (e.code === 4401) return; // signed out: a reload shows the sign-in
      lost();
    });
  }

  // Everyone in a large session reloads after a phase change: spread the reloads over a second so
  // the server does not render hundreds of pages in the same instant.
  const spread = () => 250 + Math.floor(Math.random() * Math.min(1500, 5 * (Number(el.dataset.people) || 0)));

  function scheduleRefresh() {
    if (refreshTimer) return;
    refreshTimer = setTimeout(() => {
      refreshTimer = null;
      void refresh();
    }, spread());
  }

  /** Reloads the list view's markup, keeping focus, selection and what is being typed. */
  async function refresh() {
    const content = document.getElementById("board-content");
    if (!content) return;
    let html;
    try {
      const res = await fetch(location.pathname + location.search, {
        credentials: "same-origin",
        headers: { accept: "text/html" },
      });
      if (!res.ok) return;
      html = await res.text();
    } catch {
      return;
    }
    const fresh = new DOMParser().parseFromString(html, "text/html").getElementById("board-content");
    if (!fresh) return;
    const active = document.activeElement;
    const activeId = active && content.contains(active) ? active.id : "";
    const selection =
      active && "selectionStart" in active ? [active.selectionStart, active.selectionEnd] : null;
    const typed = new Map();
    for (const field of content.querySelectorAll("textarea[id], input[id]:not([type=hidden])")) {
      if (field.value !== field.defaultValue) typed.set(field.id, field.value);
    }
    const open = new Set(
      [...content.querySelectorAll("details[open]")].map((d) => d.querySelector("form")?.id),
    );
    content.replaceWith(fresh);
    if (presence) showPresence(presence);
    for (const [id, value] of typed) {
      const field = document.getElementById(id);
      if (field) field.value = value;
    }
    for (const d of fresh.querySelectorAll("details")) {
      if (open.has(d.querySelector("form")?.id)) d.open = true;
    }
    if (activeId) {
      const again = document.getElementById(activeId);
      if (again) {
        again.focus({ preventScroll: true });
        if (selection && "setSelectionRange" in again) {
          try {
            again.setSelectionRange(selection[0], selection[1]);
          } catch {}
        }
      }
    }
    try {
      columns = JSON.parse(el.dataset.columns || "{}");
    } catch {}
  }

  void connect();
}
