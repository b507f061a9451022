// The board as this person sees it, kept in the browser: the snapshot /live sends when the page
// subscribes (the server's `viewOf`, the same object the page was rendered from), then each event
// applied to it. Updates are immutable and touch only what changed — the column, the group, the
// note — so the island (island.tsx) re-renders one column per event and skips every group and note
// whose object is the same. What the columns cannot show by themselves (the phase, the lock, the
// people) is reported as `chrome`: the page's other parts are redrawn from the server (refresh.ts).
import type {
  BoardView,
  ViewColumn,
  ViewGroup,
  ViewNote,
} from "../../src/modules/boards/views/shared/types.ts";
import type { EventFrame } from "./protocol.ts";

export type Change = {
  /** Columns whose content changed. */
  columns: Set<string>;
  /** Something outside the columns changed: the page's other parts are redrawn. */
  chrome: boolean;
  /** The view cannot be worked out from the event (visibility changed): a fresh snapshot is needed. */
  resync: boolean;
};

const change = (): Change => ({ columns: new Set(), chrome: false, resync: false });

/** Applies one event to the view (returning a new view object when anything changed). */
export function apply(view: BoardView, m: EventFrame): { view: BoardView; change: Change } {
  const ch = change();
  let v: BoardView = { ...view, seq: m.seq };
  const edit = (columnId: string, f: (col: ViewColumn) => ViewColumn) => {
    v = { ...v, columns: v.columns.map((c) => (c.id === columnId ? f(c) : c)) };
    ch.columns.add(columnId);
  };
  const where = whereIs(v);
  switch (m.type) {
    case "note.added": {
      const note: ViewNote = m.mine ? { ...m.note, mine: true } : m.note;
      edit(m.note.columnId, (col) =>
        col.groups.some((g) => g.id === note.groupId)
          ? mapGroup(col, note.groupId, (g) => ({ ...g, notes: [...g.notes, note] }))
          : renumber({ ...col, groups: [...col.groups, newGroup(v, note.groupId, col.id, "", [note])] }),
      );
      break;
    }
    case "note.edited": {
      const at = where.note(m.noteId);
      if (at) edit(at.column, (col) => mapNote(col, at.group, m.noteId, (n) => ({ ...n, text: m.text })));
      break;
    }
    case "note.deleted":
    case "note.removed": {
      const at = where.note(m.noteId);
      if (at)
        edit(at.column, (col) =>
          renumber(
            dropEmpty(
              mapGroup(col, at.group, (g) => ({ ...g, notes: g.notes.filter((n) => n.id !== m.noteId) })),
            ),
          ),
        );
      break;
    }
    case "note.moved": {
      const at = where.note(m.noteId);
      if (!at) break;
      edit(at.column, (col) => {
        const note = col.groups.find((g) => g.id === at.group)?.notes.find((n) => n.id === m.noteId);
        if (!note) return col;
        const moved = { ...note, groupId: m.groupId };
        let next = mapGroup(col, at.group, (g) => ({
          ...g,
          notes: g.notes.filter((n) => n.id !== m.noteId),
        }));
        if (m.newGroup)
          next = {
            ...next,
            groups: [...next.groups, newGroup(v, m.newGroup.id, col.id, m.newGroup.name, [])],
          };
        next = mapGroup(next, m.groupId, (g) => ({ ...g, notes: byAge([...g.notes, moved]) }));
        return renumber(dropEmpty(next));
      });
      break;
    }
    case "group.named": {
      const column = where.group(m.groupId);
      if (column) edit(column, (col) => mapGroup(col, m.groupId, (g) => ({ ...g, name: m.name })));
      break;
    }
    case "groups.merged": {
      const column = where.group(m.groupId);
      if (!column) break;
      edit(column, (col) => {
        const from = col.groups.find((g) => g.id === m.groupId);
        const notes = (from?.notes ?? []).map((n) => ({ ...n, groupId: m.intoGroupId }));
        const next = mapGroup(col, m.intoGroupId, (g) => ({ ...g, notes: byAge([...g.notes, ...notes]) }));
        return renumber({ ...next, groups: next.groups.filter((g) => g.id !== m.groupId) });
      });
      break;
    }
    case "vote.changed": {
      const column = where.group(m.groupId);
      if (column)
        edit(column, (col) =>
          mapGroup(col, m.groupId, (g) => ({
            ...g,
            ...(m.total === undefined ? {} : { total: m.total }),
            ...(m.mine === undefined ? {} : { mine: m.mine }),
          })),
        );
      if (m.left !== undefined && v.me) {
        v = { ...v, me: { ...v.me, votesLeft: m.left } };
        // The budget is shown on every group's "+" and in the toolbar.
        for (const c of v.columns) ch.columns.add(c.id);
      }
      break;
    }
    case "group.focused": {
      for (const id of [v.focusGroupId, m.groupId]) {
        const column = id ? where.group(id) : undefined;
        if (column) ch.columns.add(column);
      }
      v = { ...v, focusGroupId: m.groupId };
      break;
    }
    case "participant.joined":
    case "participant.ready":
      // Counts are patched in place (events.ts); one's own readiness changes one's own button.
      if (m.type === "participant.ready" && m.ready !== undefined) ch.chrome = true;
      break;
    case "phase.changed":
    case "board.locked":
    case "anonymity.changed":
    case "facilitator.changed":
      // Who may see and do what has changed everywhere: the server says it again.
      ch.chrome = true;
      ch.resync = true;
      break;
    default:
      ch.chrome = true;
  }
  return { view: v, change: ch };
}

/** Where each note and group is, read from the view when needed. */
function whereIs(v: BoardView) {
  return {
    note(noteId: string): { column: string; group: string } | undefined {
      for (const c of v.columns)
        for (const g of c.groups)
          if (g.notes.some((n) => n.id === noteId)) return { column: c.id, group: g.id };
      return undefined;
    },
    group(groupId: string): string | undefined {
      return v.columns.find((c) => c.groups.some((g) => g.id === groupId))?.id;
    },
  };
}

function newGroup(v: BoardView, id: string, columnId: string, name: string, notes: ViewNote[]): ViewGroup {
  const votesHidden = v.phase === "vote" && v.settings.hideVotes;
  return { id, columnId, name, notes, ...(votesHidden ? {} : { total: 0 }), mine: 0, number: 0 };
}

const mapGroup = (col: ViewColumn, groupId: string, f: (g: ViewGroup) => ViewGroup): ViewColumn => ({
  ...col,
  groups: col.groups.map((g) => (g.id === groupId ? f(g) : g)),
});

const mapNote = (col: ViewColumn, groupId: string, noteId: string, f: (n: ViewNote) => ViewNote) =>
  mapGroup(col, groupId, (g) => ({ ...g, notes: g.notes.map((n) => (n.id === noteId ? f(n) : n)) }));

/** A group left without notes is gone, as on the server (`removedGroupId`). */
const dropEmpty = (col: ViewColumn): ViewColumn => ({
  ...col,
  groups: col.groups.filter((g) => g.notes.length),
});

/**
 * Groups are numbered by their place in the column in order of creation ("Gruppo 2"), over all of
 * the column's groups: after a group comes or goes the numbers follow, as the server's do. (In a
 * private collect a participant does not see every group; numbers are not shown then, and the
 * phase change brings a fresh snapshot.)
 */
function renumber(col: ViewColumn): ViewColumn {
  let changed = false;
  const groups = col.groups.map((g, i) => {
    if (g.number === i + 1) return g;
    changed = true;
    return { ...g, number: i + 1 };
  });
  return changed ? { ...col, groups } : col;
}

/**
 * A group's notes in order of creation, as the server lists them: ids are UUIDv7, which sort by the
 * time they were made.
 */
const byAge = (notes: ViewNote[]) => notes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
