// The SQL that writes what one board event changes (the same transitions as rules.events.ts
// applyEvent), inside the command's transaction, which holds the session row's lock (boards.repo.ts
// lockSession; command-runner.ts).
import type { Db } from "../../platform/db/database.ts";
import type { Draft, Outcome } from "./rules.ts";
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
  // biome-ignore lint/suspicious/noExplicitAny: event data as recorded by the rules.
  const d = e.data as Record<string, any>;
  const session = () => q(trx).updateTable("board_sessions").where("id", "=", sessionId);
  switch (e.type) {
    case "note.added": {
      const n = d.note as { id: string; columnId: string; groupId: string; text: string };
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
        .set({ text: d.text, updated_at: now })
        .where("id", "=", d.noteId)
        .execute();
      return;
    case "note.deleted":
    case "note.removed":
      await q(trx).deleteFrom("board_notes").where("id", "=", d.noteId).execute();
      await dropGroup(trx, sessionId, d.removedGroupId);
      return;
    case "note.moved":
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
    case "group.named":
      await q(trx).updateTable("board_groups").set({ name: d.name }).where("id", "=", d.groupId).execute();
      return;
    case "groups.merged":
      await q(trx)
        .updateTable("board_notes")
        .set({ group_id: d.intoGroupId })
        .where("group_id", "=", d.groupId)
        .execute();
      await dropGroup(trx, sessionId, d.groupId);
      return;
    case "vote.changed": {
      const mine = (e.selfData as { mine: number }).mine;
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
          phase: d.phase,
          timer_ends_at: null,
          timer_remaining_ms: null,
          focus_group_id: null,
          ...(d.phase === "closed" ? { closed_at: now } : {}),
        })
        .execute();
      await q(trx)
        .updateTable("board_participants")
        .set({ ready: false })
        .where("session_id", "=", sessionId)
        .execute();
      return;
    case "timer.changed":
      await session()
        .set({
          timer_ends_at: d.timer.endsAt ? new Date(d.timer.endsAt) : null,
          timer_remaining_ms: d.timer.remainingMs,
        })
        .execute();
      return;
    case "participant.ready": {
      const s = e.selfData as { participantId: string; ready: boolean };
      await q(trx)
        .updateTable("board_participants")
        .set({ ready: s.ready })
        .where("id", "=", s.participantId)
        .execute();
      return;
    }
    case "group.focused":
      await session().set({ focus_group_id: d.groupId }).execute();
      return;
    case "outcome.added": {
      const o = d.outcome as Outcome;
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
      await session().set({ locked: d.locked }).execute();
      return;
    case "anonymity.changed":
      await session().set({ anonymous: d.anonymous }).execute();
      return;
    case "facilitator.changed":
      await q(trx)
        .updateTable("board_participants")
        .set({ role: "co-facilitator" })
        .where("id", "=", d.previousId)
        .execute();
      await q(trx)
        .updateTable("board_participants")
        .set({ role: "facilitator" })
        .where("id", "=", d.participantId)
        .execute();
      return;
    case "participant.joined":
      return; // the service inserts the participant (with a guest's token hash) itself
  }
  throw new Error(`No persistence for board event ${e.type}`);
}
