// The SQL that writes what one board event changes (the same transitions as rules.events.ts
// applyEvent), inside the command's transaction, which holds the session row's lock (boards.repo.ts
// lockSession; command-runner.ts).
import type { Db } from "../../platform/db/database.ts";
import type { Draft } from "./rules.ts";
import type { BoardsTables } from "./tables.ts";

const q = (db: Db) => db.withTables<BoardsTables>();

async function dropGroup(trx: Db, sessionId: string, groupId: string | undefined) {
  if (!groupId) return;
  await q(trx).deleteFrom("board_groups").where("id", "=", groupId).execute();
  await q(trx)
    .updateTable("board_sessions")
    .set({ focus_group_id: null })
    .where("id", "=", sessionId)
    .where("focus_group_id", "=", groupId)
    .execute();
}

/** Writes what one event changes (the same transitions as rules.events.ts applyEvent). */
export async function persist(trx: Db, sessionId: string, e: Draft, now: Date): Promise<void> {
  const session = () => q(trx).updateTable("board_sessions").where("id", "=", sessionId);
  switch (e.type) {
    case "note.added": {
      const n = e.data.note;
      await q(trx)
        .insertInto("board_groups")
        .values({ id: n.groupId, session_id: sessionId, column_id: n.columnId, name: "", created_at: now })
        .execute();
      await q(trx)
        .insertInto("board_notes")
        .values({
          id: n.id,
          session_id: sessionId,
          column_id: n.columnId,
          group_id: n.groupId,
          author_id: e.subjectId ?? "",
          text: n.text,
          created_at: now,
          updated_at: now,
        })
        .execute();
      return;
    }
    case "note.edited":
      await q(trx)
        .updateTable("board_notes")
        .set({ text: e.data.text, updated_at: now })
        .where("id", "=", e.data.noteId)
        .execute();
      return;
    case "note.deleted":
    case "note.removed":
      await q(trx).deleteFrom("board_notes").where("id", "=", e.data.noteId).execute();
      await dropGroup(trx, sessionId, e.data.removedGroupId);
      return;
    case "note.moved": {
      const d = e.data;
      if (d.newGroup) {
        await q(trx)
          .insertInto("board_groups")
          .values({
            id: d.newGroup.id,
            session_id: sessionId,
            column_id: d.newGroup.columnId,
            name: "",
            created_at: now,
          })
          .execute();
      }
      await q(trx)
        .updateTable("board_notes")
        .set({ group_id: d.groupId, updated_at: now })
        .where("id", "=", d.noteId)
        .execute();
      await dropGroup(trx, sessionId, d.removedGroupId);
      return;
    }
    case "group.named":
      await q(trx)
        .updateTable("board_groups")
        .set({ name: e.data.name })
        .where("id", "=", e.data.groupId)
        .execute();
      return;
    case "groups.merged":
      await q(trx)
        .updateTable("board_notes")
        .set({ group_id: e.data.intoGroupId })
        .where("group_id", "=", e.data.groupId)
        .execute();
      await dropGroup(trx, sessionId, e.data.groupId);
      return;
    case "vote.changed": {
      const d = e.data;
      const mine = e.selfData.mine;
      const who = e.subjectId ?? "";
      if (mine > 0) {
        await q(trx)
          .insertInto("board_votes")
          .values({ session_id: sessionId, group_id: d.groupId, participant_id: who, count: mine })
          .onConflict((oc) => oc.columns(["group_id", "participant_id"]).doUpdateSet({ count: mine }))
          .execute();
      } else {
        await q(trx)
          .deleteFrom("board_votes")
          .where("group_id", "=", d.groupId)
          .where("participant_id", "=", who)
          .execute();
      }
      return;
    }
    case "phase.changed":
      await session()
        .set({
          phase: e.data.phase,
          timer_ends_at: null,
          timer_remaining_ms: null,
          focus_group_id: null,
          // Closing again after a reopening dates the summary from the latest close.
          ...(e.data.phase === "closed"
            ? { closed_at: now }
            : e.data.from === "closed"
              ? { closed_at: null }
              : {}),
        })
        .execute();
      await q(trx)
        .updateTable("board_participants")
        .set({ ready: false })
        .where("session_id", "=", sessionId)
        .execute();
      return;
    case "timer.changed": {
      const t = e.data.timer;
      await session()
        .set({ timer_ends_at: t.endsAt ? new Date(t.endsAt) : null, timer_remaining_ms: t.remainingMs })
        .execute();
      return;
    }
    case "participant.ready": {
      const s = e.selfData;
      await q(trx)
        .updateTable("board_participants")
        .set({ ready: s.ready })
        .where("id", "=", s.participantId)
        .execute();
      return;
    }
    case "group.focused":
      await session().set({ focus_group_id: e.data.groupId }).execute();
      return;
    case "outcome.added": {
      const o = e.data.outcome;
      await q(trx)
        .insertInto("board_outcomes")
        .values({
          id: o.id,
          session_id: sessionId,
          group_id: o.groupId,
          kind: o.kind,
          text: o.text,
          owner: o.owner,
          due: o.due,
          created_by: e.subjectId,
          created_at: now,
        })
        .execute();
      return;
    }
    case "board.locked":
      await session().set({ locked: e.data.locked }).execute();
      return;
    case "anonymity.changed":
      await session().set({ anonymous: e.data.anonymous }).execute();
      return;
    case "facilitator.changed":
      await q(trx)
        .updateTable("board_participants")
        .set({ role: "co-facilitator" })
        .where("id", "=", e.data.previousId)
        .execute();
      await q(trx)
        .updateTable("board_participants")
        .set({ role: "facilitator" })
        .where("id", "=", e.data.participantId)
        .execute();
      return;
    case "participant.joined":
      return; // the service inserts the participant (with a guest's token hash) itself
    default:
      // Every type is handled above (a new member of BoardEvent fails to compile here); an event
      // that is not one must never be stored without its changes.
      throw new Error(`No persistence for board event ${(e satisfies never as Draft).type}`);
  }
}
