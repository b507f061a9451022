// SQL for live tickets (migrations/202611222330_live_tickets.sql).
import type { ColumnType } from "kysely";
import type { Db } from "../../platform/db/database.ts";

export type LiveTicketTables = {
  live_tickets: {
    id: string;
    account_id: string;
    created_at: ColumnType<Date, Date | undefined, never>;
    expires_at: Date;
    used_at: Date | null;
  };
};

const q = (db: Db) => db.withTables<LiveTicketTables>();

export async function insertLiveTicket(
  db: Db,
  t: { id: string; accountId: string; now: Date; expiresAt: Date },
): Promise<void> {
  await q(db)
    .insertInto("live_tickets")
    .values({ id: t.id, account_id: t.accountId, created_at: t.now, expires_at: t.expiresAt })
    .execute();
}

/**
 * Marks the ticket used and answers its account, in one statement: of two connections racing with
 * the same ticket only one gets a row back.
 */
export async function consumeLiveTicket(db: Db, id: string, now: Date): Promise<string | undefined> {
  const row = await q(db)
    .updateTable("live_tickets")
    .set({ used_at: now })
    .where("id", "=", id)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .returning("account_id")
    .executeTakeFirst();
  return row?.account_id;
}

/** Tickets live a minute; anything a day past expiry is only clutter. */
export async function deleteOldLiveTickets(db: Db, before: Date): Promise<void> {
  await q(db).deleteFrom("live_tickets").where("expires_at", "<", before).execute();
}
