// How recorded events change the state (applyEvent: the same transitions the database makes), what
// one participant may receive of an event (viewFor), and a session's empty state.
import type { Audience, BoardState, Column, Group, Outcome, Participant, Settings } from "./rules.model.ts";

/** Applies one recorded event to the state (in place): the same transitions the database makes. */
export function applyEvent(
  state: BoardState,
  e: {
    type: string;
    subjectId: string | null;
    data: Record<string, unknown>;
    selfData?: Record<string, unknown> | null;
  },
): void {
  // biome-ignore lint/suspicious/noExplicitAny: event data as recorded by decide() (rules.ts).
  const d = e.data as Record<string, any>;
  const dropGroup = (id: string | undefined) => {
    if (!id) return;
    state.groups.delete(id);
    state.votes.delete(id);
  };
  switch (e.type) {
    case "note.added": {
      const n = d.note as unknown as { id: string; columnId: string; groupId: string; text: string };
      state.groups.set(n.groupId, { id: n.groupId, columnId: n.columnId, name: "" });
      state.notes.set(n.id, { ...n, authorId: e.subjectId ?? "" });
      break;
    }
    case "note.edited": {
      const n = state.notes.get(d.noteId);
      if (n) n.text = d.text;
      break;
    }
    case "note.deleted":
    case "note.removed":
      state.notes.delete(d.noteId);
      dropGroup(d.removedGroupId);
      break;
    case "note.moved": {
      const n = state.notes.get(d.noteId);
      const g = d.newGroup as unknown as Group | undefined;
      if (g) state.groups.set(g.id, { ...g });
      if (n) n.groupId = d.groupId;
      dropGroup(d.removedGroupId);
      break;
    }
    case "group.named": {
      const g = state.groups.get(d.groupId);
      if (g) g.name = d.name;
      break;
    }
    case "groups.merged":
      for (const n of state.notes.values()) if (n.groupId === d.groupId) n.groupId = d.intoGroupId;
      dropGroup(d.groupId);
      break;
    case "vote.changed": {
      const mine = (e.selfData as { mine: number }).mine;
      const by = state.votes.get(d.groupId) ?? new Map<string, number>();
      if (mine > 0) by.set(e.subjectId ?? "", mine);
      else by.delete(e.subjectId ?? "");
      state.votes.set(d.groupId, by);
      break;
    }
    case "phase.changed":
      state.phase = d.phase;
      state.timer = { endsAt: null, remainingMs: null };
      state.focusGroupId = null;
      for (const p of state.participants.values()) p.ready = false;
      break;
    case "timer.changed": {
      const t = d.timer as unknown as { endsAt: string | null; remainingMs: number | null };
      state.timer = { endsAt: t.endsAt === null ? null : Date.parse(t.endsAt), remainingMs: t.remainingMs };
      break;
    }
    case "participant.ready": {
      const s = e.selfData as { participantId: string; ready: boolean };
      const p = state.participants.get(s.participantId);
      if (p) p.ready = s.ready;
      break;
    }
    case "participant.joined": {
      const p = (e.selfData as { participant: Participant }).participant;
      state.participants.set(p.id, { ...p });
      break;
    }
    case "group.focused":
      state.focusGroupId = d.groupId;
      break;
    case "outcome.added":
      state.outcomes.push({ ...(d.outcome as unknown as Outcome) });
      break;
    case "board.locked":
      state.locked = d.locked;
      break;
    case "anonymity.changed":
      state.settings.anonymous = d.anonymous;
      break;
    case "facilitator.changed": {
      const to = state.participants.get(d.participantId);
      const from = state.participants.get(d.previousId);
      if (to) to.role = "facilitator";
      if (from) from.role = "co-facilitator";
      break;
    }
  }
}

/** What one participant may receive of an event (null: nothing; they see a gap in `seq`). */
export function viewFor(
  e: {
    type: string;
    audience: Audience;
    subjectId: string | null;
    data: Record<string, unknown>;
    selfData?: Record<string, unknown> | null;
  },
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
