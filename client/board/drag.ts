// Grouping by dragging, as on Parabol's board (board view, group phase): a note dropped on another
// note joins that note's group (two notes alone make a group), dropped on a group joins it, dropped
// on its column's free space leaves its group for one of its own; a group dragged by its heading
// onto another group merges into it. Every drag has its keyboard and single-pointer twin, the
// "Move…" and group menus (views/shared/columns.tsx), which post the same commands (WCAG 2.5.7).
// A drag that went wrong is undone in one step: "Undo" beside the message that says what moved.
import type { BoardView, Translate, ViewGroup } from "../../src/modules/boards/views/shared/types.ts";
import { groupName } from "../../src/modules/boards/views/shared/types.ts";
import type { Answer, Live } from "./connection.ts";
import type { CommandInput } from "./protocol.ts";

type Dragged = { kind: "note"; id: string; column: string } | { kind: "group"; id: string; column: string };
type Target = { el: HTMLElement; command: CommandInput } | null;

export type Grouping = {
  /** Null without a connection: drops post the menus' forms. */
  live: Live | null;
  lang: string;
  t: Translate;
  view(): BoardView | null;
  announce(text: string): void;
};

export function dragToGroup(g: Grouping): void {
  let dragged: Dragged | null = null;
  const undo = undoBar(g);

  const columnOf = (el: Element) => el.closest<HTMLElement>("[data-column-id]")?.dataset.columnId ?? "";
  const groupOfNote = (noteId: string) =>
    document.getElementById(`note-${noteId}`)?.closest<HTMLElement>("[data-group-id]")?.dataset.groupId ?? "";

  /** What a drop here would do, or null where it would do nothing. */
  function targetAt(at: EventTarget | null): Target {
    if (!dragged || !(at instanceof Element) || !at.closest(".board-visual")) return null;
    const column = at.closest<HTMLElement>("[data-column-id]");
    if (!column || column.dataset.columnId !== dragged.column) return null;
    const group = at.closest<HTMLElement>("[data-group-id]");
    if (dragged.kind === "group") {
      if (!group || group.dataset.groupId === dragged.id) return null;
      return {
        el: group,
        command: { type: "group.merge", groupId: dragged.id, intoGroupId: group.dataset.groupId },
      };
    }
    const from = groupOfNote(dragged.id);
    if (group) {
      if (group.dataset.groupId === from) return null;
      return {
        el: group,
        command: { type: "note.move", noteId: dragged.id, groupId: group.dataset.groupId },
      };
    }
    // The column's free space: a group of its own, unless it is alone in its group already.
    const alone = document.querySelectorAll(`[data-group-id="${from}"] [data-note-id]`).length <= 1;
    return alone ? null : { el: column, command: { type: "note.move", noteId: dragged.id, groupId: "new" } };
  }

  const clear = () => {
    for (const el of document.querySelectorAll(".board-drop")) el.classList.remove("board-drop");
  };
  document.addEventListener("dragstart", (e) => {
    const el = e.target instanceof Element ? e.target.closest<HTMLElement>("[draggable=true]") : null;
    if (!el) return;
    const note = el.dataset.noteId;
    const group = el.closest<HTMLElement>("[data-group-id]")?.dataset.groupId;
    dragged = note
      ? { kind: "note", id: note, column: columnOf(el) }
      : group
        ? { kind: "group", id: group, column: columnOf(el) }
        : null;
    if (dragged) e.dataTransfer?.setData("text/plain", dragged.id);
  });
  document.addEventListener("dragover", (e) => {
    const target = targetAt(e.target);
    clear();
    if (!target) return;
    e.preventDefault();
    target.el.classList.add("board-drop");
  });
  document.addEventListener("drop", (e) => {
    const target = targetAt(e.target);
    const what = dragged;
    clear();
    dragged = null;
    if (!target || !what) return;
    e.preventDefault();
    const before = g.view();
    const answer = g.live?.command(target.command, g.lang);
    // Not connected: the menu's own form posts the same move.
    if (!answer) return postForm(target.command);
    void answer.then((a) => {
      if (!a.ok) return g.announce(a.message);
      if (before) undo.offer(before, target.command);
    });
  });
  document.addEventListener("dragend", () => {
    dragged = null;
    clear();
  });
}

/** The no-connection path: the command's own form (the "Move…" or group menu) with the choice made. */
function postForm(cmd: CommandInput) {
  const [formId, selectId, value] =
    cmd.type === "group.merge"
      ? [`merge-form-${cmd.groupId}`, `merge-${cmd.groupId}`, String(cmd.intoGroupId)]
      : [`move-form-${cmd.noteId}`, `move-${cmd.noteId}`, String(cmd.groupId)];
  const form = document.getElementById(formId);
  const select = document.getElementById(selectId);
  if (!(form instanceof HTMLFormElement) || !(select instanceof HTMLSelectElement)) return;
  select.value = value;
  form.requestSubmit();
}

/**
 * The message after a drag, with "Undo": the commands that put things back as they were — the note
 * back in its group (or alone again), or the merged group's notes back in a group of their own
 * with its name. Offered for the last drag only, for a short while.
 */
function undoBar(g: Grouping) {
  let bar: HTMLElement | null = null;
  let hide: ReturnType<typeof setTimeout> | undefined;
  const close = () => {
    bar?.remove();
    bar = null;
  };
  const send = (cmd: CommandInput): Promise<Answer> =>
    g.live?.command(cmd, g.lang) ?? Promise.resolve({ ok: false, reason: "disconnected", message: "" });

  async function undoMerge(from: ViewGroup): Promise<boolean> {
    const [first, ...rest] = from.notes;
    if (!first) return false;
    const a = await send({ type: "note.move", noteId: first.id, groupId: "new" });
    if (!a.ok) return false;
    const home = findGroupOf(g.view(), first.id);
    if (!home) return false;
    for (const n of rest)
      if (!(await send({ type: "note.move", noteId: n.id, groupId: home })).ok) return false;
    if (from.name) await send({ type: "group.name", groupId: home, name: from.name });
    return true;
  }

  async function undoMove(before: BoardView, noteId: string): Promise<boolean> {
    const fromId = findGroupOf(before, noteId);
    const from = fromId ? findGroup(before, fromId) : undefined;
    if (!from) return false;
    const stillThere = fromId ? findGroup(g.view(), fromId) : undefined;
    const a = await send({ type: "note.move", noteId, groupId: stillThere ? from.id : "new" });
    if (!a.ok || stillThere || !from.name) return a.ok;
    const home = findGroupOf(g.view(), noteId);
    return home ? (await send({ type: "group.name", groupId: home, name: from.name })).ok : true;
  }

  return {
    offer(before: BoardView, cmd: CommandInput) {
      close();
      clearTimeout(hide);
      const { t } = g;
      const now = g.view();
      let text: string;
      if (cmd.type === "group.merge") {
        const into = findGroup(now, String(cmd.intoGroupId));
        text = t("boards.drag.merged", { name: into ? groupName(t, into) : "" });
      } else if (cmd.groupId === "new") text = t("boards.drag.newGroup");
      else {
        const into = findGroup(now, String(cmd.groupId));
        text = t("boards.drag.moved", { name: into ? groupName(t, into) : "" });
      }
      bar = document.createElement("div");
      bar.className = "board-undo";
      bar.setAttribute("role", "status");
      const p = document.createElement("p");
      p.textContent = text;
      const button = document.createElement("button");
      button.type = "button";
      button.className = "btn btn-sm btn-outline-primary";
      button.textContent = t("boards.drag.undo");
      button.addEventListener("click", async () => {
        button.disabled = true;
        const ok =
          cmd.type === "group.merge"
            ? await (async () => {
                const from = findGroup(before, String(cmd.groupId));
                return from ? undoMerge(from) : false;
              })()
            : await undoMove(before, String(cmd.noteId));
        close();
        if (ok) g.announce(t("boards.drag.undone"));
      });
      p.append(" ", button);
      bar.append(p);
      document.getElementById("board-content")?.append(bar);
      hide = setTimeout(close, 15_000);
    },
  };
}

function findGroup(view: BoardView | null, groupId: string): ViewGroup | undefined {
  for (const c of view?.columns ?? []) for (const g of c.groups) if (g.id === groupId) return g;
  return undefined;
}

function findGroupOf(view: BoardView | null, noteId: string): string | undefined {
  for (const c of view?.columns ?? [])
    for (const g of c.groups) if (g.notes.some((n) => n.id === noteId)) return g.id;
  return undefined;
}
