// The board's command rules, pure: given the session's state, who asks and what, either the events
// to record or a refusal with a reason. No I/O, no clock of its own (the caller passes `now` and an
// id generator), so every rule is unit-tested without a database (rules.test.ts).
//
// By role: rules.model.ts (state, commands, events, reasons, helpers), rules.notes.ts (collect and
// moderation), rules.grouping.ts (group and vote phases), rules.facilitation.ts (phases, timer,
// lock, anonymity, hand-over, discussion), rules.events.ts (applying events, who receives what).
// This file decides who may command at all and hands each command to its phase's rules.

import { can } from "./policy.ts";
import { decideFacilitation } from "./rules.facilitation.ts";
import { decideGrouping } from "./rules.grouping.ts";
import {
  type BoardState,
  type Command,
  type Ctx,
  type Deciding,
  type Decision,
  type Draft,
  notesPrivate,
  refuse,
} from "./rules.model.ts";
import { decideNotes } from "./rules.notes.ts";

export * from "./rules.events.ts";
export * from "./rules.model.ts";

/** Decides one command. The state is not modified: `applyEvent` does that with the events. */
export function decide(state: BoardState, actorId: string, cmd: Command, ctx: Ctx): Decision {
  const me = state.participants.get(actorId);
  if (!me) return refuse("not-joined");
  if (state.phase === "closed") return refuse("closed");
  const staff = can(me, "run-board");
  if (state.locked && !staff) return refuse("locked");
  const noteVisibility = (authorId: string): Pick<Draft, "audience" | "subjectId"> => ({
    audience: notesPrivate(state) ? "staff" : "all",
    subjectId: authorId,
  });

  const d: Deciding = { state, me, staff, ctx, noteVisibility };
  switch (cmd.type) {
    case "note.add":
    case "note.edit":
    case "note.delete":
    case "note.remove":
      return decideNotes(d, cmd);
    case "note.move":
    case "group.name":
    case "group.merge":
    case "vote":
    case "unvote":
      return decideGrouping(d, cmd);
    default:
      return decideFacilitation(d, cmd);
  }
}
