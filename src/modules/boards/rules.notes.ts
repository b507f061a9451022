// The rules for notes in the collect phase (add, edit, delete their own) and the facilitators'
// moderation of a note in any phase (remove, with a reason the author is told).
import {
  accept,
  type Command,
  checkText,
  type Deciding,
  type Decision,
  LIMITS,
  type Note,
  notePayload,
  notesIn,
  type Reason,
  refuse,
} from "./rules.model.ts";

/** Whether one more note of this person would pass a cap (LIMITS): the session's first, then theirs. */
function noteCap(state: Deciding["state"], authorId: string): Reason | null {
  if (state.notes.size >= LIMITS.notesPerSession) return "board-full";
  let mine = 0;
  for (const n of state.notes.values()) if (n.authorId === authorId) mine++;
  return mine >= LIMITS.notesPerParticipant ? "too-many-notes" : null;
}

export function decideNotes(
  d: Deciding,
  cmd: Extract<Command, { type: "note.add" | "note.edit" | "note.delete" | "note.remove" }>,
): Decision {
  const { state, me, staff, ctx, noteVisibility } = d;
  switch (cmd.type) {
    case "note.add": {
      if (state.phase !== "collect") return refuse("wrong-phase");
      if (!state.columns.some((c) => c.id === cmd.columnId)) return refuse("not-found");
      const bad = checkText(cmd.text, state.settings.maxNoteLength);
      if (bad) return refuse(bad);
      const full = noteCap(state, me.id);
      if (full) return refuse(full);
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
  }
}
