// What an incoming board event does to the page: the sentence announced in the live region, and the
// small changes applied in place. Anything else is redrawn from the server's markup (refresh.ts).
import { duration, type Translate } from "./i18n.ts";
import type { EventFrame } from "./protocol.ts";

/** Column id → title, for "new note in …" (data-columns on #board). */
export type Columns = Record<string, string>;

export function textOfEvent(m: EventFrame, t: Translate, columns: Columns): string {
  switch (m.type) {
    case "note.added":
      if (m.mine) return "";
      return t("boards.live.noteAdded", { column: columns[m.note.columnId] ?? "", text: m.note.text });
    case "phase.changed":
      return t("boards.live.phaseChanged", { phase: t(`boards.phase.${m.phase}`) });
    case "timer.changed": {
      const time = duration(t, m.leftMs ?? 0);
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

/** Applies an event in place when that is simple and safe; false: redraw from the server instead. */
export function patch(m: EventFrame, t: Translate): boolean {
  switch (m.type) {
    case "note.added": {
      // A note while collecting: added to its column's list. One's own comes with its edit and
      // delete forms: the page's own markup for it (views/board-columns.tsx OwnNoteTemplate).
      if (m.mine) return ownNote(m);
      const list = document.querySelector(`ul.board-notes[data-column="${m.note.columnId}"]`);
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
      // Others' votes change a total; one's own also changes buttons and the budget: redraw.
      const total = document.getElementById(`total-${m.groupId}`);
      if (m.mine !== undefined || m.total === undefined || !total) return false;
      total.textContent = t("boards.group.votes", { n: m.total });
      return true;
    }
    case "participant.joined":
    case "participant.ready":
      return patchPeople(m, t);
    default:
      return false;
  }
}

function patchPeople(
  m: Extract<EventFrame, { type: "participant.joined" | "participant.ready" }>,
  t: Translate,
) {
  const count = document.getElementById("participant-count");
  const ready = document.getElementById("ready-count");
  // One's own readiness changes one's own button: redraw.
  if (!count || !ready || (m.type === "participant.ready" && m.ready !== undefined)) return false;
  let n = Number(count.dataset.n);
  if (m.type === "participant.joined") n = "count" in m && typeof m.count === "number" ? m.count : n + 1;
  const r = m.type === "participant.ready" ? m.readyCount : Number(ready.dataset.ready);
  count.dataset.n = String(n);
  ready.dataset.ready = String(r);
  count.textContent = t("boards.participantCount", { n });
  ready.textContent = t("boards.readyCount", { ready: r, n });
  const names = document.querySelector("#session-heading ~ details ul");
  if (names && m.type === "participant.joined" && "participant" in m && m.participant) {
    const li = document.createElement("li");
    li.textContent = m.participant.name;
    names.append(li);
  }
  return true;
}

/** One's own new note, from the column's template: its id in every attribute, its text as text. */
function ownNote(m: Extract<EventFrame, { type: "note.added" }>): boolean {
  const { id, columnId, text } = m.note;
  const tpl = document.querySelector<HTMLTemplateElement>(
    `template.own-note-template[data-column="${columnId}"]`,
  );
  const list = document.querySelector(`ul.board-notes[data-column="${columnId}"]`);
  const li = tpl?.content.firstElementChild?.cloneNode(true);
  if (!(li instanceof HTMLElement) || !list || document.getElementById(`note-${id}`)) return false;
  for (const el of [li, ...li.querySelectorAll("*")]) {
    for (const a of [...el.attributes])
      if (a.value.includes("__ID__")) el.setAttribute(a.name, a.value.replaceAll("__ID__", id));
    // Never parsed as markup: the note's text goes in as text.
    if (
      (el instanceof HTMLParagraphElement || el instanceof HTMLTextAreaElement) &&
      el.textContent === "__TEXT__"
    )
      el.textContent = text;
  }
  list.append(li);
  document.getElementById(`empty-${columnId}`)?.remove();
  return true;
}
