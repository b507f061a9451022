// The only SQL for calendar feeds: the hash of each person's secret feed token (the token itself is
// never stored), and the meetings a person is registered for.
import type { Db } from "../../../platform/db/database.ts";
import type { LabsTables } from "../tables.ts";

const q = (db: Db) => db.withTables<LabsTables>();

/** When the account's current feed address was made; null when it has none. */
export const feedCreatedAt = async (db: Db, accountId: string) =>
  (
    await q(db)
      .selectFrom("calendar_feeds")
      .select("created_at")
      .where("account_id", "=", accountId)
      .executeTakeFirst()
  )?.created_at ?? null;

export const accountOfFeedTokenHash = async (db: Db, tokenHash: string) =>
  (
    await q(db)
      .selectFrom("calendar_feeds")
      .select("account_id")
      .where("token_hash", "=", tokenHash)
      .executeTakeFirst()
  )?.account_id ?? null;

/** Sets (or replaces) the hash of the account's token: the old URL stops working at once. */
export async function setFeedTokenHash(db: Db, accountId: string, tokenHash: string, now: Date) {
  await q(db)
    .insertInto("calendar_feeds")
    .values({ account_id: accountId, token_hash: tokenHash, created_at: now })
    .onConflict((oc) => oc.column("account_id").doUpdateSet({ token_hash: tokenHash, created_at: now }))
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
