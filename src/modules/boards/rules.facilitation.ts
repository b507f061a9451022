// The facilitators' rules, whatever the phase: moving between phases and ending, the timer, lock,
// anonymity (before any note), handing over, and in the discussion the group in focus and the
// outcomes and actions; plus everyone's "I am done".
import { can } from "./policy.ts";
import {
  accept,
  type BoardState,
  type Command,
  checkText,
  type Deciding,
  type Decision,
  type Draft,
  groupTotal,
  isIsoDate,
  LIMITS,
  notePayload,
  notesPrivate,
  type Outcome,
  type Phase,
  refuse,
  type Timer,
  timerPayload,
} from "./rules.model.ts";

/** Every command that is not about notes, groups or votes. */
type FacilitationCommand = Exclude<
  Command["type"],
  | "note.add"
  | "note.edit"
  | "note.delete"
  | "note.remove"
  | "note.move"
  | "group.name"
  | "group.merge"
  | "vote"
  | "unvote"
>;

export function decideFacilitation(
  d: Deciding,
  cmd: Extract<Command, { type: FacilitationCommand }>,
): Decision {
  const { state, me, staff, ctx } = d;
  switch (cmd.type) {
    case "phase.set": {
      if (!staff) return refuse("not-facilitator");
      // Closing is "end": the same check, already passed here.
      if (cmd.phase === "closed") return accept(phaseChange(state, "closed"));
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
      if (due && !isIsoDate(due)) return refuse("bad-date");
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
      if (!can(me, "hand-over")) return refuse("not-lead-facilitator");
      const to = state.participants.get(cmd.participantId);
      if (!to) return refuse("not-found");
      if (to.id === me.id) return refuse("already-facilitator");
      if (!can(to, "lead")) return refuse("guest-cannot-facilitate");
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
  const revealNotes = notesPrivate(state);
  const revealVotes = state.phase === "vote" && state.settings.hideVotes;
  // Keys in this order (phase, from, notes, votes): the stored and sent JSON is what it always was.
  const data = {
    phase,
    from: state.phase,
    ...(revealNotes ? { notes: [...state.notes.values()].map((n) => notePayload(state, n)) } : {}),
    ...(revealVotes
      ? { votes: Object.fromEntries([...state.groups.keys()].map((g) => [g, groupTotal(state, g)])) }
      : {}),
  };
  return { type: "phase.changed", audience: "all", subjectId: null, data };
}
