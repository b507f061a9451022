// The only SQL for calendar feeds: each person's secret feed token, and the meetings a person is
// registered for.
import type { Db } from "../../platform/db/database.ts";
import type { LabsTables } from "./tables.ts";

const q = (db: Db) => db.withTables<LabsTables>();

export const feedTokenOf = async (db: Db, accountId: string) =>
  (
    await q(db)
      .selectFrom("calendar_feeds")
      .select("token")
      .where("account_id", "=", accountId)
      .executeTakeFirst()
  )?.token ?? null;

export const accountOfFeedToken = async (db: Db, token: string) =>
  (
    await q(db)
      .selectFrom("calendar_feeds")
      .select("account_id")
      .where("token", "=", token)
      .executeTakeFirst()
  )?.account_id ?? null;

/** Sets (or replaces) the account's token: the old URL stops working at once. */
export async function setFeedToken(db: Db, accountId: string, token: string, now: Date): Promise<void> {
  await q(db)
    .insertInto("calendar_feeds")
    .values({ account_id: accountId, token, created_at: now })
    .onConflict((oc) => oc.column("account_id").doUpdateSet({ token }))
    .execute();
}

/** Meetings with a live registration (confirmed or waiting) of the account, soonest first. */
export const registeredMeetings = (db: Db, accountId: string) =>
  q(db)
    .selectFrom("meetings")
    .innerJoin("registrations", "registrations.meeting_id", "meetings.id")
    .selectAll("meetings")
    .select(["registrations.status as registration_status", "registrations.code as registration_code"])
    .where("registrations.account_id", "=", accountId)
    .where("registrations.status", "<>", "cancelled")
    .orderBy("meetings.starts_at")
    .orderBy("meetings.id")
    .execute();
