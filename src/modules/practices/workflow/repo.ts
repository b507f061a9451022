// The SQL of the catalogue's workflow: submission meta, status moves with their history, the
// moderation queue, comments and flags. Status changes here take a transaction from the caller so the
// history row, the audit entry and the change commit together.
import type { Insertable, Selectable, Updateable } from "kysely";
import type { Db } from "../../../platform/db/database.ts";
import { newId } from "../../../platform/ids.ts";
import type { PracticeStatus } from "../tables.ts";
import type { FlagStatus, WorkflowTables } from "./tables.ts";

const q = (db: Db) => db.withTables<WorkflowTables>();

export type SubmissionRow = Selectable<WorkflowTables["practice_submissions"]>;
export type NewSubmissionRow = Insertable<WorkflowTables["practice_submissions"]>;
export type SubmissionPatch = Updateable<WorkflowTables["practice_submissions"]>;
export type EventRow = Selectable<WorkflowTables["practice_moderation_events"]>;
export type CommentRow = Selectable<WorkflowTables["practice_comments"]>;
export type FlagRow = Selectable<WorkflowTables["practice_flags"]>;

// ── submission meta ────────────────────────────────────────────────────────────────────────────

export async function upsertSubmission(db: Db, row: NewSubmissionRow): Promise<void> {
  const { practice_id: _id, ...rest } = row;
  await q(db)
    .insertInto("practice_submissions")
    .values(row)
    .onConflict((oc) => oc.column("practice_id").doUpdateSet(rest))
    .execute();
}

export async function updateSubmission(db: Db, practiceId: string, patch: SubmissionPatch): Promise<void> {
  await q(db).updateTable("practice_submissions").set(patch).where("practice_id", "=", practiceId).execute();
}

export const findSubmission = (db: Db, practiceId: string) =>
  q(db)
    .selectFrom("practice_submissions")
    .selectAll()
    .where("practice_id", "=", practiceId)
    .executeTakeFirst();

export const findSubmissionByTokenHash = (db: Db, hash: string) =>
  q(db).selectFrom("practice_submissions").selectAll().where("edit_token_hash", "=", hash).executeTakeFirst();

export const findSubmissionByFormId = (db: Db, formId: string) =>
  q(db).selectFrom("practice_submissions").selectAll().where("form_id", "=", formId).executeTakeFirst();

export const findSubmissionByReference = (db: Db, reference: string) =>
  q(db).selectFrom("practice_submissions").selectAll().where("reference", "=", reference).executeTakeFirst();

/** A signed-in person's drafts, newest first. */
export async function draftsOf(db: Db, accountId: string) {
  return q(db)
    .selectFrom("practices")
    .select(["id", "title", "updated_at"])
    .where("created_by", "=", accountId)
    .where("status", "=", "draft")
    .orderBy("updated_at", "desc")
    .limit(20)
    .execute();
}

/** A signed-in person's reports beyond drafts, newest first, with the moderators' last reason. */
export async function reportsOf(db: Db, accountId: string) {
  return q(db)
    .selectFrom("practices as p")
    .innerJoin("practice_submissions as s", "s.practice_id", "p.id")
    .select(["p.id", "p.slug", "p.title", "p.status", "p.updated_at", "s.reason"])
    .where("s.submitter_account_id", "=", accountId)
    .where("p.status", "!=", "draft")
    .orderBy("p.updated_at", "desc")
    .limit(50)
    .execute();
}

// ── status moves and history ───────────────────────────────────────────────────────────────────

/**
 * Moves a practice from `from` to `to`, only if it is still in `from` (two moderators deciding at
 * once: the second finds nothing to move). Publishing stamps `published_at` once. Returns whether it moved.
 */
export async function moveStatus(
  db: Db,
  id: string,
  from: readonly PracticeStatus[],
  to: PracticeStatus,
  now: Date,
): Promise<boolean> {
  const r = await q(db)
    .updateTable("practices")
    .set((eb) => ({
      status: to,
      updated_at: now,
      ...(to === "published" ? { published_at: eb.fn.coalesce("published_at", eb.val(now)) } : {}),
    }))
    .where("id", "=", id)
    .where("status", "in", [...from])
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertEvent(
  db: Db,
  e: Omit<Insertable<WorkflowTables["practice_moderation_events"]>, "id">,
): Promise<void> {
  await q(db)
    .insertInto("practice_moderation_events")
    .values({ id: newId(), ...e })
    .execute();
}

export const eventsOf = (db: Db, practiceId: string) =>
  q(db)
    .selectFrom("practice_moderation_events")
    .selectAll()
    .where("practice_id", "=", practiceId)
    .orderBy("at")
    .orderBy("id")
    .execute();

// ── the queue ──────────────────────────────────────────────────────────────────────────────────

export type QueueScope = { all: true } | { all: false; networkIds: string[] };

/** Practices waiting for moderation (or for their submitter) in the scope, oldest first. */
export async function queueRows(db: Db, scope: QueueScope, statuses: readonly PracticeStatus[]) {
  if (!scope.all && scope.networkIds.length === 0) return [];
  let query = q(db)
    .selectFrom("practices as p")
    .leftJoin("practice_submissions as s", "s.practice_id", "p.id")
    .select([
      "p.id",
      "p.slug",
      "p.title",
      "p.status",
      "p.network_id",
      "p.updated_at",
      "s.submitter_name",
      "s.submitted_at",
      "s.organisation_name",
    ])
    .where("p.status", "in", [...statuses]);
  if (!scope.all) query = query.where("p.network_id", "in", scope.networkIds);
  return query.orderBy("p.updated_at").limit(200).execute();
}

/** Reports waiting for a moderator (submitted or in review) since before `before`, oldest first. */
export async function waitingSince(db: Db, before: Date) {
  return q(db)
    .selectFrom("practices as p")
    .leftJoin("practice_submissions as s", "s.practice_id", "p.id")
    .select(["p.id", "p.title", "p.network_id", "p.updated_at", "s.submitted_at"])
    .where("p.status", "in", ["submitted", "in-review"])
    .where((eb) => eb(eb.fn.coalesce("s.submitted_at", "p.updated_at"), "<", before))
    .orderBy("p.updated_at")
    .limit(1000)
    .execute();
}

/** Of these reports, those still waiting for a moderator, oldest first (the reminder's notice). */
export async function stillWaitingOf(db: Db, ids: readonly string[]) {
  if (!ids.length) return [];
  return q(db)
    .selectFrom("practices")
    .select(["id", "title"])
    .where("id", "in", ids)
    .where("status", "in", ["submitted", "in-review"])
    .orderBy("updated_at")
    .execute();
}

/** Open flags in the scope, oldest first, with what they point at. */
export async function openFlagRows(db: Db, scope: QueueScope) {
  if (!scope.all && scope.networkIds.length === 0) return [];
  let query = q(db)
    .selectFrom("practice_flags as f")
    .innerJoin("practices as p", "p.id", "f.practice_id")
    .leftJoin("practice_comments as c", "c.id", "f.comment_id")
    .select([
      "f.id",
      "f.reason",
      "f.created_at",
      "f.comment_id",
      "f.practice_id",
      "p.slug",
      "p.title",
      "p.network_id",
      "p.status as practice_status",
      "c.body as comment_body",
      "c.hidden_at as comment_hidden_at",
    ])
    .where("f.status", "=", "open");
  if (!scope.all) query = query.where("p.network_id", "in", scope.networkIds);
  return query.orderBy("f.created_at").limit(200).execute();
}

// ── comments ───────────────────────────────────────────────────────────────────────────────────

export async function insertComment(
  db: Db,
  c: { id: string; practiceId: string; authorId: string; body: string; now: Date },
): Promise<void> {
  await q(db)
    .insertInto("practice_comments")
    .values({ id: c.id, practice_id: c.practiceId, author_id: c.authorId, body: c.body, created_at: c.now })
    .execute();
}

export const visibleComments = (db: Db, practiceId: string) =>
  q(db)
    .selectFrom("practice_comments")
    .selectAll()
    .where("practice_id", "=", practiceId)
    .where("hidden_at", "is", null)
    .orderBy("created_at")
    .orderBy("id")
    .limit(500)
    .execute();

export const findComment = (db: Db, id: string) =>
  q(db).selectFrom("practice_comments").selectAll().where("id", "=", id).executeTakeFirst();

export async function hideComment(db: Db, id: string, by: string, now: Date): Promise<void> {
  await q(db)
    .updateTable("practice_comments")
    .set({ hidden_at: now, hidden_by: by })
    .where("id", "=", id)
    .execute();
}

// ── flags ──────────────────────────────────────────────────────────────────────────────────────

export async function insertFlag(
  db: Db,
  f: { practiceId: string; commentId: string | null; reporterId: string | null; reason: string; now: Date },
): Promise<string> {
  const id = newId();
  await q(db)
    .insertInto("practice_flags")
    .values({
      id,
      practice_id: f.practiceId,
      comment_id: f.commentId,
      reporter_id: f.reporterId,
      reason: f.reason,
      created_at: f.now,
    })
    .execute();
  return id;
}

export const findFlag = (db: Db, id: string) =>
  q(db).selectFrom("practice_flags").selectAll().where("id", "=", id).executeTakeFirst();

/** Closes an open flag (and the other open flags on the same thing); false if it was already closed. */
export async function resolveFlags(
  db: Db,
  flag: FlagRow,
  status: Exclude<FlagStatus, "open">,
  by: string,
  now: Date,
): Promise<boolean> {
  let query = q(db)
    .updateTable("practice_flags")
    .set({ status, resolved_by: by, resolved_at: now })
    .where("status", "=", "open")
    .where("practice_id", "=", flag.practice_id);
  query = flag.comment_id
    ? query.where("comment_id", "=", flag.comment_id)
    : query.where("comment_id", "is", null);
  const r = await query.executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Removes a practice that never made it past its first write (a submission whose meta failed). */
export async function deletePractice(db: Db, id: string): Promise<void> {
  await q(db).deleteFrom("practices").where("id", "=", id).where("status", "=", "draft").execute();
}
