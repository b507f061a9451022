// How recorded events change the state (applyEvent: the same transitions the database makes), what
// one participant may receive of an event (viewFor), and a session's empty state.
import type { Audience, BoardEvent, BoardState, Column, Settings } from "./rules.model.ts";

/** An event as applied or filtered: a draft (rules.ts), or a stored one (command-runner.ts). */
type Recorded = BoardEvent & { subjectId: string | null };

/** Applies one recorded event to the state (in place): the same transitions the database makes. */
export function applyEvent(state: BoardState, e: Recorded): void {
  const dropGroup = (id: string | undefined) => {
    if (!id) return;
    state.groups.delete(id);
    state.votes.delete(id);
  };
  switch (e.type) {
    case "note.added": {
      const n = e.data.note;
      state.groups.set(n.groupId, { id: n.groupId, columnId: n.columnId, name: "" });
      state.notes.set(n.id, { ...n, authorId: e.subjectId ?? "" });
      break;
    }
    case "note.edited": {
      const n = state.notes.get(e.data.noteId);
      if (n) n.text = e.data.text;
      break;
    }
    case "note.deleted":
    case "note.removed":
      state.notes.delete(e.data.noteId);
      dropGroup(e.data.removedGroupId);
      break;
    case "note.moved": {
      const d = e.data;
      const n = state.notes.get(d.noteId);
      if (d.newGroup) state.groups.set(d.newGroup.id, { ...d.newGroup });
      if (n) n.groupId = d.groupId;
      dropGroup(d.removedGroupId);
      break;
    }
    case "group.named": {
      const g = state.groups.get(e.data.groupId);
      if (g) g.name = e.data.name;
      break;
    }
    case "groups.merged": {
      const d = e.data;
      for (const n of state.notes.values()) if (n.groupId === d.groupId) n.groupId = d.intoGroupId;
      dropGroup(d.groupId);
      break;
    }
    case "vote.changed": {
      const mine = e.selfData.mine;
      const by = state.votes.get(e.data.groupId) ?? new Map<string, number>();
      if (mine > 0) by.set(e.subjectId ?? "", mine);
      else by.delete(e.subjectId ?? "");
      state.votes.set(e.data.groupId, by);
      break;
    }
    case "phase.changed":
      state.phase = e.data.phase;
      state.timer = { endsAt: null, remainingMs: null };
      state.focusGroupId = null;
      for (const p of state.participants.values()) p.ready = false;
      break;
    case "timer.changed": {
      const t = e.data.timer;
      state.timer = { endsAt: t.endsAt === null ? null : Date.parse(t.endsAt), remainingMs: t.remainingMs };
      break;
    }
    case "participant.ready": {
      const s = e.selfData;
      const p = state.participants.get(s.participantId);
      if (p) p.ready = s.ready;
      break;
    }
    case "participant.joined": {
      const p = e.selfData.participant;
      state.participants.set(p.id, { ...p });
      break;
    }
    case "group.focused":
      state.focusGroupId = e.data.groupId;
      break;
    case "outcome.added":
      state.outcomes.push({ ...e.data.outcome });
      break;
    case "board.locked":
      state.locked = e.data.locked;
      break;
    case "anonymity.changed":
      state.settings.anonymous = e.data.anonymous;
      break;
    case "facilitator.changed": {
      const to = state.participants.get(e.data.participantId);
      const from = state.participants.get(e.data.previousId);
      if (to) to.role = "facilitator";
      if (from) from.role = "co-facilitator";
      break;
    }
    default:
      // Every type is handled above: a new member of BoardEvent fails to compile here.
      e satisfies never;
  }
}

/** What one participant may receive of an event (null: nothing; they see a gap in `seq`). */
export function viewFor(
  e: Recorded & { audience: Audience },
  viewer: { id: string | null; staff: boolean },
): Record<string, unknown> | null {
  const isSubject = viewer.id !== null && viewer.id === e.subjectId;
  if (e.audience === "self" && !isSubject) return null;
  if (e.audience === "staff" && !isSubject && !viewer.staff) return null;
  return { type: e.type, ...e.data, ...(isSubject && e.selfData ? e.selfData : {}) };
}

export function emptyState(id: string, settings: Settings, columns: Column[]): BoardState {
  return {
    id,
    phase: "collect",
    settings: { ...settings },
    locked: false,
    focusGroupId: null,
    timer: { endsAt: null, remainingMs: null },
    seq: 0,
    columns,
    participants: new Map(),
    notes: new Map(),
    groups: new Map(),
    votes: new Map(),
    outcomes: [],
  };
}
