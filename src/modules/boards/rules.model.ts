// The board's model, shared by its rules (rules.ts): the session's state, the commands and the
// events they produce, the reasons for a refusal, and the small pure helpers every phase uses.
//
// Model: every note belongs to a group (a new note starts in a group of its own, Parabol-style), so
// grouping is "move to group" and voting is always on groups. Groups live inside one column.

export const PHASES = ["collect", "group", "vote", "discuss", "closed"] as const;
export type Phase = (typeof PHASES)[number];
export const ROLES = ["facilitator", "co-facilitator", "participant", "guest"] as const;
export type BoardRole = (typeof ROLES)[number];

export type Settings = {
  privateCollect: boolean;
  anonymous: boolean;
  maxNoteLength: number;
  voteBudget: number;
  groupCap: number;
  hideVotes: boolean;
  guestsAllowed: boolean;
};

export type Participant = {
  id: string;
  accountId: string | null;
  name: string;
  role: BoardRole;
  ready: boolean;
};
export type Column = { id: string; position: number; title: string; prompt: string };
export type Note = { id: string; columnId: string; groupId: string; authorId: string; text: string };
export type Group = { id: string; columnId: string; name: string };
export type Outcome = {
  id: string;
  groupId: string | null;
  kind: "outcome" | "action";
  text: string;
  owner: string | null;
  due: string | null;
};
/** A running timer has `endsAt` (ms since epoch); a paused one `remainingMs`; none: both null. */
export type Timer = { endsAt: number | null; remainingMs: number | null };

export type BoardState = {
  id: string;
  phase: Phase;
  settings: Settings;
  locked: boolean;
  focusGroupId: string | null;
  timer: Timer;
  seq: number;
  columns: Column[];
  participants: Map<string, Participant>;
  notes: Map<string, Note>;
  groups: Map<string, Group>;
  /** groupId → participantId → number of dots. */
  votes: Map<string, Map<string, number>>;
  outcomes: Outcome[];
};

export const LIMITS = {
  groupName: 120,
  reason: 300,
  outcome: 1000,
  owner: 120,
  timerMinSeconds: 10,
  timerMaxSeconds: 4 * 3600,
  // Caps on stored notes (issue 11): one person, or a script holding a participant's place, cannot
  // grow a session without bound (every note is in every snapshot, page and summary PDF). A 2,000-note
  // session is what bench/board measures and still loads in well under 300 ms.
  notesPerParticipant: 200,
  notesPerSession: 2000,
} as const;

export type Command =
  | { type: "note.add"; columnId: string; text: string }
  | { type: "note.edit"; noteId: string; text: string }
  | { type: "note.delete"; noteId: string }
  | { type: "note.move"; noteId: string; groupId: string | "new" }
  | { type: "group.name"; groupId: string; name: string }
  | { type: "group.merge"; groupId: string; intoGroupId: string }
  | { type: "vote"; groupId: string }
  | { type: "unvote"; groupId: string }
  | { type: "phase.set"; phase: Phase }
  | { type: "timer.start"; seconds: number }
  | { type: "timer.pause" }
  | { type: "timer.extend"; seconds: number }
  | { type: "ready"; ready: boolean }
  | { type: "group.focus"; groupId: string | null }
  | {
      type: "outcome.add";
      kind: "outcome" | "action";
      text: string;
      owner?: string | null;
      due?: string | null;
      groupId?: string | null;
    }
  | { type: "lock"; locked: boolean }
  | { type: "note.remove"; noteId: string; reason: string }
  | { type: "anonymity.set"; anonymous: boolean }
  | { type: "facilitator.handover"; participantId: string }
  | { type: "end" };

export const COMMAND_TYPES = [
  "note.add",
  "note.edit",
  "note.delete",
  "note.move",
  "group.name",
  "group.merge",
  "vote",
  "unvote",
  "phase.set",
  "timer.start",
  "timer.pause",
  "timer.extend",
  "ready",
  "group.focus",
  "outcome.add",
  "lock",
  "note.remove",
  "anonymity.set",
  "facilitator.handover",
  "end",
] as const satisfies readonly Command["type"][];

/** Who receives an event: everyone; facilitators and the subject; the subject only. */
export type Audience = "all" | "staff" | "self";

/** How a note travels in events and snapshots (`notePayload`): its author only when not anonymous. */
export type NotePayload = {
  id: string;
  columnId: string;
  groupId: string;
  text: string;
  author?: { id: string; name: string };
};
export type TimerPayload = { endsAt: string | null; remainingMs: number | null };

/**
 * Every event the rules record, one member per type: `data` is what every recipient gets, `selfData`
 * the extra fields only the event's subject gets (`mine`, their own vote counts). These are the
 * stored JSON (board_events) and, spread into one object, the frames of docs/board-protocol.md, so a
 * key added or renamed here is a protocol change. Optional keys are left out, never sent as null.
 */
export type BoardEvent =
  | { type: "note.added"; data: { note: NotePayload }; selfData: { mine: true } }
  | { type: "note.edited"; data: { noteId: string; text: string }; selfData?: null }
  | { type: "note.deleted"; data: { noteId: string; removedGroupId?: string }; selfData?: null }
  | {
      type: "note.removed";
      data: { noteId: string; reason: string; removedGroupId?: string };
      selfData?: null;
    }
  | {
      type: "note.moved";
      /** `newGroup` when moved to a new group of its own; `removedGroupId` when it left its group empty. */
      data: {
        noteId: string;
        groupId: string;
        fromGroupId: string;
        newGroup?: Group;
        removedGroupId?: string;
      };
      selfData?: null;
    }
  | { type: "group.named"; data: { groupId: string; name: string }; selfData?: null }
  | {
      type: "groups.merged";
      data: { groupId: string; intoGroupId: string; noteIds: string[] };
      selfData?: null;
    }
  | {
      type: "vote.changed";
      /** No `total` while votes are hidden. */
      data: { groupId: string; total?: number };
      selfData: { mine: number; left: number };
    }
  | {
      type: "phase.changed";
      /** `notes` when leaving a private collect, `votes` (group → total) when leaving a hidden vote. */
      data: { phase: Phase; from: Phase; notes?: NotePayload[]; votes?: Record<string, number> };
      selfData?: null;
    }
  | {
      type: "timer.changed";
      data: { timer: TimerPayload; action: "started" | "paused" | "extended"; leftMs: number };
      selfData?: null;
    }
  | {
      type: "participant.ready";
      /** No `participantId` for the others in an anonymous session. */
      data: { participantId?: string; readyCount: number };
      selfData: { participantId: string; ready: boolean };
    }
  | {
      type: "participant.joined";
      /** Only the count in an anonymous session. */
      data:
        | { count: number }
        | { participant: { id: string; name: string; role: BoardRole; ready: boolean } };
      selfData: { participant: Participant };
    }
  | { type: "group.focused"; data: { groupId: string | null }; selfData?: null }
  | { type: "outcome.added"; data: { outcome: Outcome }; selfData?: null }
  | { type: "board.locked"; data: { locked: boolean }; selfData?: null }
  | { type: "anonymity.changed"; data: { anonymous: boolean }; selfData?: null }
  | {
      type: "facilitator.changed";
      data: { participantId: string; previousId: string; previousRole: "co-facilitator" };
      selfData?: null;
    };
export type BoardEventType = BoardEvent["type"];

/** An event as the rules produce it, before it gets its `seq`. */
export type Draft = BoardEvent & {
  audience: Audience;
  /** The participant the event is about (the author, the voter), for `staff`/`self` and `selfData`. */
  subjectId: string | null;
};

export const REASONS = [
  "malformed",
  "not-joined",
  "closed",
  "locked",
  "wrong-phase",
  "not-facilitator",
  "not-lead-facilitator",
  "not-found",
  "not-yours",
  "empty",
  "too-long",
  "other-column",
  "same-group",
  "no-votes-left",
  "group-cap",
  "no-vote-here",
  "same-phase",
  "timer-range",
  "timer-not-running",
  "no-timer",
  "notes-exist",
  "guest-cannot-facilitate",
  "already-facilitator",
  "bad-date",
  "unchanged",
  "rate-limited",
  "too-many-notes",
  "board-full",
  "guests-full",
  "not-closed",
  "reopen-too-late",
] as const;
export type Reason = (typeof REASONS)[number];

export type Decision = { ok: true; events: Draft[] } | { ok: false; reason: Reason };

export type Ctx = { now: number; newId: () => string };

export const refuse = (reason: Reason): Decision => ({ ok: false, reason });
export const accept = (...events: Draft[]): Decision => ({ ok: true, events });

/** Dots a participant has placed in the whole session. */
export function votesUsed(state: BoardState, participantId: string): number {
  let n = 0;
  for (const byPerson of state.votes.values()) n += byPerson.get(participantId) ?? 0;
  return n;
}

export const groupTotal = (state: BoardState, groupId: string): number => {
  let n = 0;
  for (const c of state.votes.get(groupId)?.values() ?? []) n += c;
  return n;
};

export const notesIn = (state: BoardState, groupId: string) =>
  [...state.notes.values()].filter((n) => n.groupId === groupId);

/** Whether notes are shown only to their author (and facilitators) right now. */
export const notesPrivate = (state: Pick<BoardState, "phase" | "settings">): boolean =>
  state.phase === "collect" && state.settings.privateCollect;

/** How a note travels in events and snapshots: the author only when the session is not anonymous. */
export function notePayload(state: BoardState, n: Note): NotePayload {
  const author = state.participants.get(n.authorId);
  return {
    id: n.id,
    columnId: n.columnId,
    groupId: n.groupId,
    text: n.text,
    ...(state.settings.anonymous || !author ? {} : { author: { id: author.id, name: author.name } }),
  };
}

export const timerPayload = (t: Timer): TimerPayload => ({
  endsAt: t.endsAt === null ? null : new Date(t.endsAt).toISOString(),
  remainingMs: t.remainingMs,
});

/**
 * A calendar date as `<input type=date>` sends it (YYYY-MM-DD) that exists: "2026-02-30" is refused,
 * not rolled over to March. Due dates are days, not moments: no time and no zone are attached.
 */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function checkText(text: string, max: number): Reason | null {
  const trimmed = text.trim();
  if (!trimmed) return "empty";
  if ([...trimmed].length > max) return "too-long";
  return null;
}

/** What every phase's rules get: the state, who asks (already known to be a participant) and how. */
export type Deciding = {
  state: BoardState;
  me: Participant;
  staff: boolean;
  ctx: Ctx;
  /** Who receives a note's event: everyone, or only its author and the facilitators in a private collect. */
  noteVisibility: (authorId: string) => Pick<Draft, "audience" | "subjectId">;
};
