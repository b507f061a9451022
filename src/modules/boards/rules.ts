// The board's command rules, pure: given the session's state, who asks and what, either the events
// to record or a refusal with a reason. No I/O, no clock of its own (the caller passes `now` and an
// id generator), so every rule is unit-tested without a database (rules.test.ts).
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

/** An event as the rules produce it, before it gets its `seq`. */
export type Draft = {
  type: string;
  audience: Audience;
  /** The participant the event is about (the author, the voter), for `staff`/`self` and `selfData`. */
  subjectId: string | null;
  data: Record<string, unknown>;
  /** Extra fields only the subject receives (`mine`, own vote counts). */
  selfData?: Record<string, unknown>;
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
] as const;
export type Reason = (typeof REASONS)[number];

export type Decision = { ok: true; events: Draft[] } | { ok: false; reason: Reason };

export type Ctx = { now: number; newId: () => string };

const refuse = (reason: Reason): Decision => ({ ok: false, reason });
const accept = (...events: Draft[]): Decision => ({ ok: true, events });

export const isStaff = (p: Participant | undefined): boolean =>
  p?.role === "facilitator" || p?.role === "co-facilitator";

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

const notesIn = (state: BoardState, groupId: string) =>
  [...state.notes.values()].filter((n) => n.groupId === groupId);

/** Whether notes are shown only to their author (and facilitators) right now. */
export const notesPrivate = (state: Pick<BoardState, "phase" | "settings">): boolean =>
  state.phase === "collect" && state.settings.privateCollect;

/** How a note travels in events and snapshots: the author only when the session is not anonymous. */
export function notePayload(state: BoardState, n: Note) {
  const author = state.participants.get(n.authorId);
  return {
    id: n.id,
    columnId: n.columnId,
    groupId: n.groupId,
    text: n.text,
    ...(state.settings.anonymous || !author ? {} : { author: { id: author.id, name: author.name } }),
  };
}

const timerPayload = (t: Timer) => ({
  endsAt: t.endsAt === null ? null : new Date(t.endsAt).toISOString(),
  remainingMs: t.remainingMs,
});

function checkText(text: string, max: number): Reason | null {
  const trimmed = text.trim();
  if (!trimmed) return "empty";
  if ([...trimmed].length > max) return "too-long";
  return null;
}

/** Decides one command. The state is not modified: `applyEvent` does that with the events. */
export function decide(state: BoardState, actorId: string, cmd: Command, ctx: Ctx): Decision {
  const me = state.participants.get(actorId);
  if (!me) return refuse("not-joined");
  if (state.phase === "closed") return refuse("closed");
  const staff = isStaff(me);
  if (state.locked && !staff) return refuse("locked");
  const noteVisibility = (authorId: string): Pick<Draft, "audience" | "subjectId"> => ({
    audience: notesPrivate(state) ? "staff" : "all",
    subjectId: authorId,
  });

  switch (cmd.type) {
    case "note.add": {
      if (state.phase !== "collect") return refuse("wrong-phase");
      if (!state.columns.some((c) => c.id === cmd.columnId)) return refuse("not-found");
      const bad = checkText(cmd.text, state.settings.maxNoteLength);
      if (bad) return refuse(bad);
      const note: Note = {
        id: ctx.newId(),
        columnId: cmd.columnId,
        groupId: ctx.newId(),
        authorId: me.id,
        text: cmd.text.trim(),
      };
      return accept({
        type: "note.added",
        ...noteVisibility(me.id),
        data: { note: notePayload(state, note) },
        selfData: { mine: true },
      });
    }
    case "note.edit": {
      if (state.phase !== "collect") return refuse("wrong-phase");
      const note = state.notes.get(cmd.noteId);
      if (!note) return refuse("not-found");
      if (note.authorId !== me.id) return refuse("not-yours");
      const bad = checkText(cmd.text, state.settings.maxNoteLength);
      if (bad) return refuse(bad);
      if (cmd.text.trim() === note.text) return refuse("unchanged");
      return accept({
        type: "note.edited",
        ...noteVisibility(me.id),
        data: { noteId: note.id, text: cmd.text.trim() },
      });
    }
    case "note.delete": {
      if (state.phase !== "collect") return refuse("wrong-phase");
      const note = state.notes.get(cmd.noteId);
      if (!note) return refuse("not-found");
      if (note.authorId !== me.id) return refuse("not-yours");
      const emptied = notesIn(state, note.groupId).length === 1;
      return accept({
        type: "note.deleted",
        ...noteVisibility(me.id),
        data: { noteId: note.id, ...(emptied ? { removedGroupId: note.groupId } : {}) },
      });
    }
    case "note.move": {
      if (state.phase !== "group") return refuse("wrong-phase");
      const note = state.notes.get(cmd.noteId);
      if (!note) return refuse("not-found");
      const emptied = notesIn(state, note.groupId).length === 1;
      if (cmd.groupId === "new") {
        if (emptied) return refuse("same-group");
        const group: Group = { id: ctx.newId(), columnId: note.columnId, name: "" };
        return accept({
          type: "note.moved",
          audience: "all",
          subjectId: null,
          data: { noteId: note.id, groupId: group.id, fromGroupId: note.groupId, newGroup: group },
        });
      }
      const target = state.groups.get(cmd.groupId);
      if (!target) return refuse("not-found");
      if (target.columnId !== note.columnId) return refuse("other-column");
      if (target.id === note.groupId) return refuse("same-group");
      return accept({
        type: "note.moved",
        audience: "all",
        subjectId: null,
        data: {
          noteId: note.id,
          groupId: target.id,
          fromGroupId: note.groupId,
          ...(emptied ? { removedGroupId: note.groupId } : {}),
        },
      });
    }
    case "group.name": {
      if (state.phase !== "group") return refuse("wrong-phase");
      const g = state.groups.get(cmd.groupId);
      if (!g) return refuse("not-found");
      const name = cmd.name.trim();
      if ([...name].length > LIMITS.groupName) return refuse("too-long");
      if (name === g.name) return refuse("unchanged");
      return accept({ type: "group.named", audience: "all", subjectId: null, data: { groupId: g.id, name } });
    }
    case "group.merge": {
      if (state.phase !== "group") return refuse("wrong-phase");
      const from = state.groups.get(cmd.groupId);
      const into = state.groups.get(cmd.intoGroupId);
      if (!from || !into) return refuse("not-found");
      if (from.id === into.id) return refuse("same-group");
      if (from.columnId !== into.columnId) return refuse("other-column");
      return accept({
        type: "groups.merged",
        audience: "all",
        subjectId: null,
        data: { groupId: from.id, intoGroupId: into.id, noteIds: notesIn(state, from.id).map((n) => n.id) },
      });
    }
    case "vote":
    case "unvote": {
      if (state.phase !== "vote") return refuse("wrong-phase");
      const g = state.groups.get(cmd.groupId);
      if (!g) return refuse("not-found");
      const mineHere = state.votes.get(g.id)?.get(me.id) ?? 0;
      const used = votesUsed(state, me.id);
      if (cmd.type === "vote") {
        if (used >= state.settings.voteBudget) return refuse("no-votes-left");
        if (mineHere >= state.settings.groupCap) return refuse("group-cap");
      } else if (mineHere === 0) return refuse("no-vote-here");
      const delta = cmd.type === "vote" ? 1 : -1;
      const hidden = state.settings.hideVotes;
      return accept({
        type: "vote.changed",
        audience: hidden ? "self" : "all",
        subjectId: me.id,
        data: { groupId: g.id, ...(hidden ? {} : { total: groupTotal(state, g.id) + delta }) },
        selfData: { mine: mineHere + delta, left: state.settings.voteBudget - used - delta },
      });
    }
    case "phase.set": {
      if (!staff) return refuse("not-facilitator");
      if (cmd.phase === "closed") return decide(state, actorId, { type: "end" }, ctx);
      if (cmd.phase === state.phase) return refuse("same-phase");
      return accept(phaseChange(state, cmd.phase));
    }
    case "end": {
      if (!staff) return refuse("not-facilitator");
      return accept(phaseChange(state, "closed"));
    }
    case "timer.start": {
      if (!staff) return refuse("not-facilitator");
      if (!inTimerRange(cmd.seconds)) return refuse("timer-range");
      const timer: Timer = { endsAt: ctx.now + cmd.seconds * 1000, remainingMs: null };
      return accept(timerEvent(timer, "started", ctx.now));
    }
    case "timer.pause": {
      if (!staff) return refuse("not-facilitator");
      if (state.timer.endsAt === null) return refuse("timer-not-running");
      const timer: Timer = { endsAt: null, remainingMs: Math.max(0, state.timer.endsAt - ctx.now) };
      return accept(timerEvent(timer, "paused", ctx.now));
    }
    case "timer.extend": {
      if (!staff) return refuse("not-facilitator");
      if (!inTimerRange(cmd.seconds)) return refuse("timer-range");
      const { endsAt, remainingMs } = state.timer;
      // Extending a paused timer keeps it paused; a running one (even one that reached zero) runs on.
      if (endsAt !== null) {
        return accept(
          timerEvent(
            { endsAt: Math.max(endsAt, ctx.now) + cmd.seconds * 1000, remainingMs: null },
            "extended",
            ctx.now,
          ),
        );
      }
      if (remainingMs !== null)
        return accept(
          timerEvent({ endsAt: null, remainingMs: remainingMs + cmd.seconds * 1000 }, "extended", ctx.now),
        );
      return refuse("no-timer");
    }
    case "ready": {
      if (me.ready === cmd.ready) return refuse("unchanged");
      const readyCount =
        [...state.participants.values()].filter((p) => p.ready).length + (cmd.ready ? 1 : -1);
      return accept({
        type: "participant.ready",
        audience: "all",
        subjectId: me.id,
        data: { ...(state.settings.anonymous ? {} : { participantId: me.id }), readyCount },
        selfData: { participantId: me.id, ready: cmd.ready },
      });
    }
    case "group.focus": {
      if (!staff) return refuse("not-facilitator");
      if (state.phase !== "discuss") return refuse("wrong-phase");
      if (cmd.groupId !== null && !state.groups.has(cmd.groupId)) return refuse("not-found");
      if (cmd.groupId === state.focusGroupId) return refuse("unchanged");
      return accept({
        type: "group.focused",
        audience: "all",
        subjectId: null,
        data: { groupId: cmd.groupId },
      });
    }
    case "outcome.add": {
      if (!staff) return refuse("not-facilitator");
      if (state.phase !== "discuss") return refuse("wrong-phase");
      const bad = checkText(cmd.text, LIMITS.outcome);
      if (bad) return refuse(bad);
      const owner = cmd.owner?.trim() || null;
      if (owner && [...owner].length > LIMITS.owner) return refuse("too-long");
      const due = cmd.due?.trim() || null;
      if (due && !isDate(due)) return refuse("bad-date");
      const groupId = cmd.groupId || null;
      if (groupId && !state.groups.has(groupId)) return refuse("not-found");
      const outcome: Outcome = {
        id: ctx.newId(),
        groupId,
        kind: cmd.kind,
        text: cmd.text.trim(),
        owner,
        due,
      };
      return accept({ type: "outcome.added", audience: "all", subjectId: me.id, data: { outcome } });
    }
    case "lock": {
      if (!staff) return refuse("not-facilitator");
      if (state.locked === cmd.locked) return refuse("unchanged");
      return accept({ type: "board.locked", audience: "all", subjectId: null, data: { locked: cmd.locked } });
    }
    case "note.remove": {
      if (!staff) return refuse("not-facilitator");
      const note = state.notes.get(cmd.noteId);
      if (!note) return refuse("not-found");
      const bad = checkText(cmd.reason, LIMITS.reason);
      if (bad) return refuse(bad);
      const emptied = notesIn(state, note.groupId).length === 1;
      return accept({
        type: "note.removed",
        ...noteVisibility(note.authorId),
        data: {
          noteId: note.id,
          reason: cmd.reason.trim(),
          ...(emptied ? { removedGroupId: note.groupId } : {}),
        },
      });
    }
    case "anonymity.set": {
      if (!staff) return refuse("not-facilitator");
      // On only before any note exists, and never off once notes exist (their authors were promised).
      if (state.notes.size > 0) return refuse("notes-exist");
      if (state.settings.anonymous === cmd.anonymous) return refuse("unchanged");
      return accept({
        type: "anonymity.changed",
        audience: "all",
        subjectId: null,
        data: { anonymous: cmd.anonymous },
      });
    }
    case "facilitator.handover": {
      if (me.role !== "facilitator") return refuse("not-lead-facilitator");
      const to = state.participants.get(cmd.participantId);
      if (!to) return refuse("not-found");
      if (to.id === me.id) return refuse("already-facilitator");
      if (to.accountId === null) return refuse("guest-cannot-facilitate");
      return accept({
        type: "facilitator.changed",
        audience: "all",
        subjectId: null,
        data: { participantId: to.id, previousId: me.id, previousRole: "co-facilitator" },
      });
    }
  }
}

const inTimerRange = (s: number) =>
  Number.isInteger(s) && s >= LIMITS.timerMinSeconds && s <= LIMITS.timerMaxSeconds;

function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** `leftMs`: what is left at the moment of the change (so every client announces the same time). */
function timerEvent(timer: Timer, action: "started" | "paused" | "extended", now: number): Draft {
  const leftMs = timer.endsAt === null ? (timer.remainingMs ?? 0) : Math.max(0, timer.endsAt - now);
  return {
    type: "timer.changed",
    audience: "all",
    subjectId: null,
    data: { timer: timerPayload(timer), action, leftMs },
  };
}

/**
 * Moving to another phase stops the timer and clears "ready". Leaving a private collect reveals every
 * note to everyone; leaving a vote with hidden votes reveals the totals.
 */
function phaseChange(state: BoardState, phase: Phase): Draft {
  const data: Record<string, unknown> = { phase, from: state.phase };
  if (notesPrivate(state)) data.notes = [...state.notes.values()].map((n) => notePayload(state, n));
  if (state.phase === "vote" && state.settings.hideVotes) {
    data.votes = Object.fromEntries([...state.groups.keys()].map((g) => [g, groupTotal(state, g)]));
  }
  return { type: "phase.changed", audience: "all", subjectId: null, data };
}

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
  // biome-ignore lint/suspicious/noExplicitAny: event data as recorded by decide() above.
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
