// The only SQL for meetings and their agenda items.
import type { Insertable, Selectable } from "kysely";
import type { Db } from "../../../platform/db/database.ts";
import type { LabsTables } from "../tables.ts";

const q = (db: Db) => db.withTables<LabsTables>();

export type MeetingRow = Selectable<LabsTables["meetings"]>;
export type NewMeetingRow = Insertable<LabsTables["meetings"]>;
export type AgendaRow = Selectable<LabsTables["agenda_items"]>;
export type NewAgendaRow = Insertable<LabsTables["agenda_items"]>;
export type QuestionRow = Selectable<LabsTables["meeting_questions"]>;
export type NewQuestionRow = Insertable<LabsTables["meeting_questions"]>;

export async function insertMeeting(
  db: Db,
  row: NewMeetingRow,
  agenda: NewAgendaRow[],
  questions: NewQuestionRow[] = [],
): Promise<void> {
  await q(db).insertInto("meetings").values(row).execute();
  if (agenda.length) await q(db).insertInto("agenda_items").values(agenda).execute();
  if (questions.length) await q(db).insertInto("meeting_questions").values(questions).execute();
}

export const questionsOf = (db: Db, meetingIds: string[]) =>
  meetingIds.length
    ? q(db)
        .selectFrom("meeting_questions")
        .selectAll()
        .where("meeting_id", "in", meetingIds)
        .orderBy("meeting_id")
        .orderBy("position")
        .execute()
    : Promise.resolve([]);

export const findMeetingById = (db: Db, id: string) =>
  q(db).selectFrom("meetings").selectAll().where("id", "=", id).executeTakeFirst();

export const findMeetingBySlug = (db: Db, labId: string, slug: string) =>
  q(db)
    .selectFrom("meetings")
    .selectAll()
    .where("lab_id", "=", labId)
    .where("slug", "=", slug)
    .executeTakeFirst();

/** The meeting row, locked until the transaction ends: registrations for one meeting queue here. */
export const lockMeeting = (trx: Db, id: string) =>
  q(trx).selectFrom("meetings").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();

export const meetingsOfLabs = (db: Db, labIds: string[]) =>
  labIds.length
    ? q(db)
        .selectFrom("meetings")
        .selectAll()
        .where("lab_id", "in", labIds)
        .orderBy("position")
        .orderBy("starts_at")
        .execute()
    : Promise.resolve([]);

/** Meetings overlapping [from, to) (either end open), soonest first. */
export function meetingsBetween(db: Db, o: { from: Date | null; to: Date | null; labIds?: string[] }) {
  let query = q(db).selectFrom("meetings").selectAll();
  if (o.from) query = query.where("ends_at", ">", o.from);
  if (o.to) query = query.where("starts_at", "<", o.to);
  if (o.labIds) {
    if (!o.labIds.length) return Promise.resolve([]);
    query = query.where("lab_id", "in", o.labIds);
  }
  return query.orderBy("starts_at").orderBy("id").execute();
}

export async function maxPosition(db: Db, labId: string): Promise<number> {
  const r = await q(db)
    .selectFrom("meetings")
    .select((eb) => eb.fn.max("position").as("max"))
    .where("lab_id", "=", labId)
    .executeTakeFirst();
  return r?.max ?? -1;
}

export async function meetingSlugs(db: Db, labId: string): Promise<string[]> {
  const rows = await q(db).selectFrom("meetings").select("slug").where("lab_id", "=", labId).execute();
  return rows.map((r) => r.slug);
}

export const agendaOf = (db: Db, meetingIds: string[]) =>
  meetingIds.length
    ? q(db)
        .selectFrom("agenda_items")
        .selectAll()
        .where("meeting_id", "in", meetingIds)
        .orderBy("meeting_id")
        .orderBy("position")
        .execute()
    : Promise.resolve([]);

export type MeetingChanges = Partial<Omit<NewMeetingRow, "id" | "lab_id" | "created_at" | "created_by">>;

export async function updateMeetingRow(db: Db, id: string, changes: MeetingChanges): Promise<void> {
  await q(db).updateTable("meetings").set(changes).where("id", "=", id).execute();
}

export async function replaceAgenda(db: Db, meetingId: string, agenda: NewAgendaRow[]): Promise<void> {
  await q(db).deleteFrom("agenda_items").where("meeting_id", "=", meetingId).execute();
  if (agenda.length) await q(db).insertInto("agenda_items").values(agenda).execute();
}

/**
 * Makes the meeting's questions the given list, keeping the id (and so the answers) of a question
 * whose label is unchanged; questions no longer listed go, with their answers.
 */
export async function syncQuestions(
  db: Db,
  meetingId: string,
  wanted: { id: string; label: string; required: boolean }[],
): Promise<void> {
  const existing = await questionsOf(db, [meetingId]);
  const keep = new Map(existing.map((e) => [e.label, e]));
  const kept = new Set<string>();
  for (const [position, w] of wanted.entries()) {
    const old = keep.get(w.label);
    if (old && !kept.has(old.id)) {
      kept.add(old.id);
      await q(db)
        .updateTable("meeting_questions")
        .set({ position, required: w.required })
        .where("id", "=", old.id)
        .execute();
    } else {
      await q(db)
        .insertInto("meeting_questions")
        .values({ id: w.id, meeting_id: meetingId, position, label: w.label, required: w.required })
        .execute();
    }
  }
  const gone = existing.filter((e) => !kept.has(e.id)).map((e) => e.id);
  if (gone.length) await q(db).deleteFrom("meeting_questions").where("id", "in", gone).execute();
}

/**
 * Saves the minutes only if their version is still `baseVersion`; returns the new version, or null
 * when someone saved in between (nothing is written then).
 */
export async function saveMinutesIfVersion(
  db: Db,
  id: string,
  o: { minutes: string; baseVersion: number; by: string; now: Date },
): Promise<number | null> {
  const r = await q(db)
    .updateTable("meetings")
    .set({
      minutes: o.minutes,
      minutes_version: o.baseVersion + 1,
      minutes_updated_at: o.now,
      minutes_updated_by: o.by,
    })
    .where("id", "=", id)
    .where("minutes_version", "=", o.baseVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0 ? o.baseVersion + 1 : null;
}
