// The rules of the group phase (move a note to a group or a new one, name and merge groups) and the
// vote phase (dots on groups within the budget and the per-group cap; hidden totals when asked).
import {
  accept,
  type Command,
  type Deciding,
  type Decision,
  type Group,
  groupTotal,
  LIMITS,
  notesIn,
  refuse,
  votesUsed,
} from "./rules.model.ts";

export function decideGrouping(
  d: Deciding,
  cmd: Extract<Command, { type: "note.move" | "group.name" | "group.merge" | "vote" | "unvote" }>,
): Decision {
  const { state, me, ctx } = d;
  switch (cmd.type) {
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
  }
}
