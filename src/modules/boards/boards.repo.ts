// The SQL of board sessions, participants, state and events (what one event writes is in
// persist.repo.ts). Commands run in a transaction that first locks the session row
// (`lockSession`), so the state a command is decided on, its writes and its events' numbers cannot
// interleave with another command of the same session, in this process or another.
import { type Insertable, type Selectable, sql } from "kysely";
import type { Db } from "../../platform/db/database.ts";
import type { BoardRole, BoardState, Draft, Outcome, Participant, Phase } from "./rules.ts";
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

export type SessionFilter = {
  networkId: string;
  labId?: string | undefined;
  meetingId?: string | undefined;
  phase?: Phase | undefined;
};

/** One page of a network's sessions matching `f`, newest first, and how many match in all (the API). */
export async function sessionsPage(db: Db, f: SessionFilter, offset: number, limit: number) {
  let base = q(db).selectFrom("board_sessions").where("network_id", "=", f.networkId);
  if (f.labId) base = base.where("lab_id", "=", f.labId);
  if (f.meetingId) base = base.where("meeting_id", "=", f.meetingId);
  if (f.phase) base = base.where("phase", "=", f.phase);
  const [rows, count] = await Promise.all([
    base
      .select([
        "id",
        "network_id",
        "lab_id",
        "meeting_id",
        "title",
        "template",
        "phase",
        "created_at",
        "closed_at",
      ])
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .offset(offset)
      .limit(limit)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export const sessionsOfLab = (db: Db, labId: string) =>
  q(db)
    .selectFrom("board_sessions")
    .select(["id", "title", "phase", "template", "created_at", "network_id"])
    .where("lab_id", "=", labId)
    .orderBy("created_at", "desc")
    .execute();

/** Sessions of a lab (or of one of its meetings) not closed yet, newest first. */
export const openSessionsOf = (db: Db, where: { labId: string } | { meetingId: string }) =>
  q(db)
    .selectFrom("board_sessions")
    .select(["id", "title", "phase"])
    .where("phase", "!=", "closed")
    .where("labId" in where ? "lab_id" : "meeting_id", "=", "labId" in where ? where.labId : where.meetingId)
    .orderBy("created_at", "desc")
    .limit(20)
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

export async function insertEvent(
  trx: Db,
  sessionId: string,
  seq: number,
  e: Draft,
  actorId: string | null,
  now: Date,
  clientId: string | null = null,
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
      client_id: clientId,
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
