// What one person may see of a session's state: the snapshot sent on /live and the data behind the
// list view are the same object, so the page and the live client can never disagree on visibility.
// Pure (no I/O), unit-tested with the rules.
import { can } from "./policy.ts";
import {
  type BoardState,
  groupTotal,
  notePayload,
  notesPrivate,
  type Participant,
  votesUsed,
} from "./rules.ts";
import type { BoardView, ViewNote } from "./views/shared/types.ts";

export type { BoardView, ViewColumn, ViewGroup, ViewNote } from "./views/shared/types.ts";
export { discussionOrder, rankGroups } from "./views/shared/types.ts";

export function viewOf(state: BoardState, viewer: Participant | null): BoardView {
  const staff = can(viewer, "run-board");
  const hideOthers = notesPrivate(state) && !staff;
  const votesHidden = state.phase === "vote" && state.settings.hideVotes;
  const byGroup = new Map<string, ViewNote[]>();
  let hiddenNotes = 0;
  for (const n of state.notes.values()) {
    const mine = viewer !== null && n.authorId === viewer.id;
    if (hideOthers && !mine) {
      hiddenNotes++;
      continue;
    }
    const list = byGroup.get(n.groupId) ?? [];
    list.push({ ...notePayload(state, n), ...(mine ? { mine: true as const } : {}) });
    byGroup.set(n.groupId, list);
  }
  const people = [...state.participants.values()];
  // Numbered over all of a column's groups (state.groups is in order of creation), seen or not.
  const numbers = new Map<string, number>();
  const perColumn = new Map<string, number>();
  for (const g of state.groups.values()) {
    const n = (perColumn.get(g.columnId) ?? 0) + 1;
    perColumn.set(g.columnId, n);
    numbers.set(g.id, n);
  }
  return {
    id: state.id,
    seq: state.seq,
    phase: state.phase,
    settings: { ...state.settings },
    locked: state.locked,
    focusGroupId: state.focusGroupId,
    timer: {
      endsAt: state.timer.endsAt === null ? null : new Date(state.timer.endsAt).toISOString(),
      remainingMs: state.timer.remainingMs,
    },
    me: viewer
      ? {
          id: viewer.id,
          name: viewer.name,
          role: viewer.role,
          ready: viewer.ready,
          votesLeft: state.settings.voteBudget - votesUsed(state, viewer.id),
        }
      : null,
    participants: state.settings.anonymous
      ? null
      : people.map((p) => ({ id: p.id, name: p.name, role: p.role, ready: p.ready })),
    participantCount: people.length,
    readyCount: people.filter((p) => p.ready).length,
    columns: state.columns.map((c) => ({
      id: c.id,
      title: c.title,
      prompt: c.prompt,
      groups: [...state.groups.values()]
        .filter((g) => g.columnId === c.id && byGroup.has(g.id))
        .map((g) => ({
          id: g.id,
          columnId: g.columnId,
          name: g.name,
          notes: byGroup.get(g.id) ?? [],
          ...(votesHidden ? {} : { total: groupTotal(state, g.id) }),
          mine: viewer ? (state.votes.get(g.id)?.get(viewer.id) ?? 0) : 0,
          number: numbers.get(g.id) ?? 0,
        })),
    })),
    hiddenNotes,
    outcomes: state.outcomes.map((o) => ({ ...o })),
  };
}

/** Participation as the viewer sees it: everyone who joined, and the notes, groups and dots shown. */
export function figuresOf(view: BoardView) {
  let notes = 0;
  let groups = 0;
  let votes = 0;
  for (const c of view.columns)
    for (const g of c.groups) {
      notes += g.notes.length;
      groups++;
      votes += g.total ?? 0;
    }
  return { participants: view.participantCount, notes, groups, votes };
}
