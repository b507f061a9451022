// The only SQL for reminder bookkeeping: one row per reminder mailed, whose primary key
// (meeting, person, kind, start) lets exactly one worker claim each reminder.
import type { Db } from "../../../platform/db/database.ts";
import type { LabsTables, ReminderKind } from "../tables.ts";

const q = (db: Db) => db.withTables<LabsTables>();

type Key = { meetingId: string; accountId: string; kind: ReminderKind; startsAt: Date };

/** True when this call claimed the reminder (no one had); false when it was already claimed. */
export async function claimReminder(db: Db, k: Key, now: Date): Promise<boolean> {
  const r = await q(db)
    .insertInto("meeting_reminders_sent")
    .values({
      meeting_id: k.meetingId,
      account_id: k.accountId,
      kind: k.kind,
      starts_at: k.startsAt,
      sent_at: now,
    })
    .onConflict((oc) => oc.doNothing())
    .returning("meeting_id")
    .executeTakeFirst();
  return Boolean(r);
}

/** Gives a claim back (the mail could not be sent), so the job's retry sends it. */
export async function releaseReminder(db: Db, k: Key): Promise<void> {
  await q(db)
    .deleteFrom("meeting_reminders_sent")
    .where("meeting_id", "=", k.meetingId)
    .where("account_id", "=", k.accountId)
    .where("kind", "=", k.kind)
    .where("starts_at", "=", k.startsAt)
    .execute();
}
