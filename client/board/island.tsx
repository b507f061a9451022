// The board's columns in the browser: the same components the server renders
// (views/shared/columns.tsx), rendered with hono/jsx/dom from the view the page keeps (model.ts).
// The view is immutable and shares every object an event did not touch, so what changed is found
// by identity: only the notes (while collecting) or the groups (afterwards) whose objects are new
// are rendered again, each on its own, and put in their place; the rest of the column's nodes are
// not touched. An event costs one note or one group, not the column: with 2,000 notes in one
// column, re-rendering and diffing the whole column for each of 30 notes a second would take the
// CPU the server needs. Focus and what is being typed are kept across a replaced node (keep.ts).
import { render } from "hono/jsx/dom";
import { GroupBlock, NoteItem } from "../../src/modules/boards/views/shared/columns.tsx";
import type { ColumnsUi } from "../../src/modules/boards/views/shared/kit.tsx";
import {
  type BoardView,
  groupName,
  groupsShown,
  type Translate,
  type ViewColumn,
  type ViewGroup,
} from "../../src/modules/boards/views/shared/types.ts";
import { keep } from "./keep.ts";

export type Islands = {
  /** Draws what changed in these columns of `view` since the last draw (all columns when none are named). */
  draw(view: BoardView, columns?: Iterable<string>): void;
  /** The columns show `view` (the page was rendered from it): later draws compare with it. */
  seed(view: BoardView): void;
  /** The server's markup replaced the columns (a redraw of the page): nothing drawn here is on the page now. */
  forget(): void;
};

const NONE: ViewGroup[] = [];

/** One component rendered on its own, as a detached element. */
function element(node: unknown): HTMLElement | null {
  const box = document.createElement("div");
  render(node as Parameters<typeof render>[0], box);
  return box.firstElementChild as HTMLElement | null;
}

/** Puts `fresh` where `old` is, keeping what the person was doing there; or appends it. */
function place(parent: Element, old: Element | null, fresh: HTMLElement) {
  if (!old) return parent.append(fresh);
  const restore = keep(old);
  old.replaceWith(fresh);
  restore();
}

export function islands(root: HTMLElement, t: Translate): Islands {
  // What each column showed when last drawn here (the server's view at first: the page was rendered from it).
  const shown = new Map<string, ViewColumn>();
  let ui: ColumnsUi | null = null;

  const uiOf = (view: BoardView): ColumnsUi => {
    const v = ui?.view;
    if (
      ui &&
      v &&
      v.phase === view.phase &&
      v.settings === view.settings &&
      v.locked === view.locked &&
      v.focusGroupId === view.focusGroupId &&
      v.me === view.me
    )
      return ui;
    const role = view.me?.role;
    ui = {
      t,
      view: {
        phase: view.phase,
        settings: view.settings,
        locked: view.locked,
        focusGroupId: view.focusGroupId,
        me: view.me,
      },
      csrf: root.dataset.csrf ?? "",
      action: `/boards/${root.dataset.session ?? ""}/commands`,
      staff: role === "facilitator" || role === "co-facilitator",
      open: view.phase !== "closed",
      visual: !!document.querySelector("#board-content.board-visual"),
    };
    return ui;
  };

  /** While collecting: one list item per note, in order of arrival. */
  function drawNotes(u: ColumnsUi, col: ViewColumn, before: ViewColumn | undefined, all: boolean) {
    const list = document.querySelector(`ul.board-notes[data-column="${col.id}"]`);
    if (!list) return;
    const old = new Map((before?.groups ?? []).map((g) => [g.id, g]));
    const keepIds = new Set<string>();
    for (const g of col.groups) {
      for (const n of g.notes) keepIds.add(n.id);
      if (!all && old.get(g.id) === g) continue;
      for (const n of g.notes) {
        const fresh = element(<NoteItem ui={u} note={n} groups={NONE} />);
        if (fresh) place(list, document.getElementById(`note-${n.id}`), fresh);
      }
    }
    for (const li of [...list.querySelectorAll<HTMLElement>(":scope > li[data-note-id]")])
      if (!keepIds.has(li.dataset.noteId ?? "")) li.remove();
  }

  /** After collecting: one block per group, in the order this phase shows them. */
  function drawGroups(u: ColumnsUi, col: ViewColumn, before: ViewColumn | undefined, all: boolean) {
    const box = document.querySelector(`#column-${CSS.escape(col.id)} .board-groups`);
    if (!box) return;
    const groups = groupsShown(u.view.phase, col.groups);
    // In the group phase every note's "Move…" lists the column's groups: a group come, gone or
    // renamed changes them all.
    const label = (c: ViewColumn | undefined) =>
      (c?.groups ?? []).map((g) => `${g.id}:${groupName(t, g)}`).join("|");
    const everyGroup = all || (u.view.phase === "group" && label(before) !== label(col));
    const targets = u.view.phase === "group" ? groups : NONE;
    const old = new Map((before?.groups ?? []).map((g) => [g.id, g]));
    const blocks = new Map<string, HTMLElement>();
    for (const el of box.querySelectorAll<HTMLElement>(":scope > [data-group-id]"))
      blocks.set(el.dataset.groupId ?? "", el);
    for (const g of groups) {
      let el = blocks.get(g.id);
      if (everyGroup || !el || old.get(g.id) !== g) {
        const fresh = element(<GroupBlock ui={u} group={g} groups={targets} />);
        if (!fresh) continue;
        place(box, el ?? null, fresh);
        el = fresh;
      }
      blocks.delete(g.id);
      blocks.set(g.id, el);
    }
    const wanted = new Set(groups.map((g) => g.id));
    for (const [id, el] of blocks) if (!wanted.has(id)) el.remove();
    // The order this phase shows (the discussion follows the votes): moved only where it differs.
    let at: Element | null = box.firstElementChild;
    for (const g of groups) {
      const el = blocks.get(g.id);
      if (!el) continue;
      if (el !== at) {
        const restore = keep(el, { fields: false });
        box.insertBefore(el, at);
        restore();
      } else at = at.nextElementSibling;
    }
  }

  function drawEmpty(col: ViewColumn) {
    const empty = document.getElementById(`empty-${col.id}`);
    if (col.groups.length && empty) empty.remove();
    if (!col.groups.length && !empty) {
      const p = document.createElement("p");
      p.id = `empty-${col.id}`;
      p.textContent = t("boards.column.noNotes");
      document
        .getElementById(`col-${col.id}`)
        ?.parentElement?.querySelector(".board-notes, .board-groups")
        ?.before(p);
    }
  }

  return {
    draw(view, columns) {
      const before = ui;
      const u = uiOf(view);
      // Something every note or group shows has changed (one's votes left): each is drawn again.
      const all = before !== null && before !== u;
      const wanted = columns ? new Set(columns) : null;
      for (const col of view.columns) {
        if (wanted && !wanted.has(col.id)) continue;
        const last = shown.get(col.id);
        if (last === col && !all) continue;
        if (view.phase === "collect") drawNotes(u, col, last, all);
        else drawGroups(u, col, last, all);
        drawEmpty(col);
        shown.set(col.id, col);
      }
    },
    seed(view) {
      for (const col of view.columns) shown.set(col.id, col);
      uiOf(view);
    },
    forget() {
      shown.clear();
      ui = null;
    },
  };
}
