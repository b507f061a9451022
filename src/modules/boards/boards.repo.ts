// The only SQL of the board. Commands run in a transaction that first locks the session row
// (`lockSession`), so the state a command is decided on, its writes and its events' numbers cannot
// interleave with another command of the same session, in this process or another.
import { type Insertable, type Selectable, sql } from "kysely";
import type { Db } from "../../platform/db/database.ts";
import type { BoardRole, BoardState, Draft, Outcome, Participant } from "./rules.ts";
import type { BoardsTables } from "./tables.ts";

const q = (db: Db) => db.withTables<BoardsTables>();

export type SessionRow = Selectable<BoardsTables["board_sessions"]>;
export type EventRow = Selectable<BoardsTables["board_events"]>;

export async function insertSession(
  db: Db,
  row: Insertable<BoardsTables["board_sessions"]>,
  columns: { id: string; title: string; prompt: string }[],
) {
  await q(db).insertInto("board_sessions").values(row).execute();
  if (columns.length) {
    await q(db)
      .insertInto("board_columns")
      .values(
        columns.map((c, i) => ({
          id: c.id,
          session_id: row.id,
          position: i,
          title: c.title,
          prompt: c.prompt,
        })),
      )
      .execute();
  }
}

export const sessionById = (db: Db, id: string) =>
  q(db).selectFrom("board_sessions").selectAll().where("id", "=", id).executeTakeFirst();

export const sessionByJoinCode = (db: Db, code: string) =>
  q(db).selectFrom("board_sessions").selectAll().where("join_code", "=", code).executeTakeFirst();

export const lockSession = (trx: Db, id: string) =>
  q(trx).selectFrom("board_sessions").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();

export const sessionsOfNetwork = (db: Db, networkId: string) =>
  q(db)
    .selectFrom("board_sessions")
    .select(["id", "title", "phase", "template", "created_at", "lab_id"])
    .where("network_id", "=", networkId)
    .orderBy("created_at", "desc")
    .limit(200)
    .execute();

export const sessionsOfLab = (db: Db, labId: string) =>
  q(db)
    .selectFrom("board_sessions")
    .select(["id", "title", "phase", "template", "created_at", "network_id"])
    .where("lab_id", "=", labId)
    .orderBy("created_at", "desc")
    .execute();

export const columnsOf = (db: Db, sessionId: string) =>
  q(db)
    .selectFrom("board_columns")
    .select(["id", "position", "title", "prompt"])
    .where("session_id", "=", sessionId)
    .orderBy("position")
    .execute();

const toParticipant = (r: {
  id: string;
  account_id: string | null;
  name: string;
  role: BoardRole;
  ready: boolean;
}): Participant => ({ id: r.id, accountId: r.account_id, name: r.name, role: r.role, ready: r.ready });

export async function participantByAccount(db: Db, sessionId: string, accountId: string) {
  const r = await q(db)
    .selectFrom("board_participants")
    .select(["id", "account_id", "name", "role", "ready"])
    .where("session_id", "=", sessionId)
    .where("account_id", "=", accountId)
    .executeTakeFirst();
  return r ? toParticipant(r) : undefined;
}

export async function participantByGuestToken(db: Db, sessionId: string, tokenHash: string) {
  const r = await q(db)
    .selectFrom("board_participants")
    .select(["id", "account_id", "name", "role", "ready"])
    .where("session_id", "=", sessionId)
    .where("guest_token_hash", "=", tokenHash)
    .executeTakeFirst();
  return r ? toParticipant(r) : undefined;
}

/** A guest's place, by its id (from a signed /live guest ticket): never an account's place. */
export async function guestParticipantById(db: Db, sessionId: string, participantId: string) {
  const r = await q(db)
    .selectFrom("board_participants")
    .select(["id", "account_id", "name", "role", "ready"])
    .where("session_id", "=", sessionId)
    .where("id", "=", participantId)
    .where("account_id", "is", null)
    .executeTakeFirst();
  return r ? toParticipant(r) : undefined;
}

export async function insertParticipant(
  db: Db,
  sessionId: string,
  p: Participant & { guestTokenHash: string | null },
  now: Date,
) {
  await q(db)
    .insertInto("board_participants")
    .values({
      id: p.id,
      session_id: sessionId,
      account_id: p.accountId,
      name: p.name,
      role: p.role,
      guest_token_hash: p.guestTokenHash,
      joined_at: now,
    })
    .execute();
}

/** The whole state of a session, as the rules see it (one query per table). */
export async function loadState(db: Db, s: SessionRow): Promise<BoardState> {
  const [columns, people, groups, notes, votes, outcomes] = await Promise.all([
    columnsOf(db, s.id),
    q(db)
      .selectFrom("board_participants")
      .select(["id", "account_id", "name", "role", "ready"])
      .where("session_id", "=", s.id)
      .orderBy("joined_at")
      .orderBy("id")
      .execute(),
    q(db)
      .selectFrom("board_groups")
      .select(["id", "column_id", "name"])
      .where("session_id", "=", s.id)
      .orderBy("created_at")
      .orderBy("id")
      .execute(),
    q(db)
      .selectFrom("board_notes")
      .select(["id", "column_id", "group_id", "author_id", "text"])
      .where("session_id", "=", s.id)
      .orderBy("created_at")
      .orderBy("id")
      .execute(),
    q(db)
      .selectFrom("board_votes")
      .select(["group_id", "participant_id", "count"])
      .where("session_id", "=", s.id)
      .execute(),
    q(db)
      .selectFrom("board_outcomes")
      .select([
        "id",
        "group_id",
        "kind",
        "text",
        "owner",
        sql<string | null>`to_char(due, 'YYYY-MM-DD')`.as("due"),
      ])
      .where("session_id", "=", s.id)
      .orderBy("created_at")
      .orderBy("id")
      .execute(),
  ]);
  const voteMap = new Map<string, Map<string, number>>();
  for (const v of votes) {
    const m = voteMap.get(v.group_id) ?? new Map<string, number>();
    m.set(v.participant_id, v.count);
    voteMap.set(v.group_id, m);
  }
  return {
    id: s.id,
    phase: s.phase,
    settings: settingsOf(s),
    locked: s.locked,
    focusGroupId: s.focus_group_id,
    timer: { endsAt: s.timer_ends_at ? s.timer_ends_at.getTime() : null, remainingMs: s.timer_remaining_ms },
    seq: Number(s.seq),
    columns,
    participants: new Map(people.map((p) => [p.id, toParticipant(p)])),
    groups: new Map(groups.map((g) => [g.id, { id: g.id, columnId: g.column_id, name: g.name }])),
    notes: new Map(
      notes.map((n) => [
        n.id,
        { id: n.id, columnId: n.column_id, groupId: n.group_id, authorId: n.author_id, text: n.text },
      ]),
    ),
    votes: voteMap,
    outcomes: outcomes.map(
      (o): Outcome => ({
        id: o.id,
        groupId: o.group_id,
        kind: o.kind,
        text: o.text,
        owner: o.owner,
        due: o.due ?? null,
      }),
    ),
  };
}

export const settingsOf = (s: SessionRow) => ({
  privateCollect: s.private_collect,
  anonymous: s.anonymous,
  maxNoteLength: s.max_note_length,
  voteBudget: s.vote_budget,
  groupCap: s.group_cap,
  hideVotes: s.hide_votes,
  guestsAllowed: s.guests_allowed,
});

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

export async function insertEvent(
  trx: Db,
  sessionId: string,
  seq: number,
  e: Draft,
  actorId: string | null,
  now: Date,
) {
  await q(trx)
    .insertInto("board_events")
    .values({
      session_id: sessionId,
      seq,
      type: e.type,
      audience: e.audience,
      subject_id: e.subjectId,
      data: JSON.stringify(e.data),
      self_data: e.selfData ? JSON.stringify(e.selfData) : null,
      actor_id: actorId,
      created_at: now,
    })
    .execute();
}

export async function setSeq(trx: Db, sessionId: string, seq: number, now: Date) {
  await q(trx)
    .updateTable("board_sessions")
    .set({ seq, updated_at: now })
    .where("id", "=", sessionId)
    .execute();
}

export const eventsAfter = (db: Db, sessionId: string, after: number, limit: number) =>
  q(db)
    .selectFrom("board_events")
    .selectAll()
    .where("session_id", "=", sessionId)
    .where("seq", ">", after)
    .orderBy("seq")
    .limit(limit)
    .execute();

export async function participantCount(db: Db, sessionId: string): Promise<number> {
  const r = await q(db)
    .selectFrom("board_participants")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("session_id", "=", sessionId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
