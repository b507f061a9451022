// The board's columns in the browser: the same components the server renders
// (views/shared/columns.tsx), rendered with hono/jsx/dom from the view the page keeps (model.ts).
// Each column is its own root with its own state, so an event re-renders the one column it changed,
// and inside it only the groups and notes whose data changed (memo). A column is taken over from
// the server's markup the first time it is drawn here: that first render replaces the server's
// nodes, so what the person was doing there — focus, selection, typed text, open menus — is kept
// across it (keep.ts).
import { flushSync, render, useState } from "hono/jsx/dom";
import { Column } from "../../src/modules/boards/views/shared/columns.tsx";
import type { ColumnsUi } from "../../src/modules/boards/views/shared/kit.tsx";
import type { BoardView, Translate, ViewColumn } from "../../src/modules/boards/views/shared/types.ts";
import { keep } from "./keep.ts";

type Entry = { ui: ColumnsUi; col: ViewColumn };

export type Islands = {
  /** Draws these columns of `view` (all when none are named); taking over any not drawn here yet. */
  draw(view: BoardView, columns?: Iterable<string>): void;
  /** The server's markup replaced the columns (a redraw of the page): take them over again when next drawn. */
  forget(): void;
};

export function islands(root: HTMLElement, t: Translate, taken: (section: HTMLElement) => void): Islands {
  const entries = new Map<string, Entry>();
  const listeners = new Map<string, () => void>();
  const mounted = new Set<string>();
  let ui: ColumnsUi | null = null;

  const uiOf = (view: BoardView): ColumnsUi => {
    const v = ui?.view;
    // The same object while nothing the columns read has changed: memo skips unchanged groups.
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

  function ColumnIsland({ id }: { id: string }) {
    // Registered while rendering (not in an effect): the next event can re-render it at once.
    const [, setVersion] = useState(0);
    listeners.set(id, () => setVersion((n) => n + 1));
    const entry = entries.get(id);
    return entry ? <Column ui={entry.ui} col={entry.col} /> : null;
  }

  return {
    draw(view, columns) {
      const next = uiOf(view);
      const wanted = columns ? new Set(columns) : null;
      for (const col of view.columns) {
        if (wanted && !wanted.has(col.id)) continue;
        const before = entries.get(col.id);
        if (before && before.col === col && before.ui === next && mounted.has(col.id)) continue;
        entries.set(col.id, { ui: next, col });
        const section = document.getElementById(`column-${col.id}`);
        if (!section) continue;
        if (!mounted.has(col.id) || !section.hasAttribute("data-island")) {
          const restore = keep(section);
          render(<ColumnIsland id={col.id} />, section);
          section.setAttribute("data-island", "");
          mounted.add(col.id);
          restore();
          taken(section);
          continue;
        }
        // Groups may be reordered (the discussion follows the votes): moving a node drops its focus.
        const restore = keep(section, { fields: false });
        flushSync(() => listeners.get(col.id)?.());
        restore();
      }
    },
    forget() {
      mounted.clear();
    },
  };
}
