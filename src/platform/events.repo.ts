// SQL for event receipts (events.ts): which handler has acted on which event.
import type { Db } from "./db/database.ts";

type Tables = { event_receipts: { handler: string; event_id: string; handled_at: Date } };

/** Whether `handler` has acted on the event already (a read before the work, to skip it). */
export async function hasReceipt(db: Db, handler: string, eventId: string): Promise<boolean> {
  const row = await db
    .withTables<Tables>()
    .selectFrom("event_receipts")
    .select("handler")
    .where("handler", "=", handler)
    .where("event_id", "=", eventId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Records the receipt inside the effect's transaction; false when it exists already (another
 * delivery committed it first: on PostgreSQL a concurrent one waits here for that commit).
 */
export async function insertReceipt(trx: Db, handler: string, eventId: string, at: Date): Promise<boolean> {
  const row = await trx
    .withTables<Tables>()
    .insertInto("event_receipts")
    .values({ handler, event_id: eventId, handled_at: at })
    .onConflict((oc) => oc.columns(["handler", "event_id"]).doNothing())
    .returning("handler")
    .executeTakeFirst();
  return row !== undefined;
}

/** Deletes receipts handled before `before`; answers how many. */
export async function deleteReceiptsBefore(db: Db, before: Date): Promise<number> {
  const result = await db
    .withTables<Tables>()
    .deleteFrom("event_receipts")
    .where("handled_at", "<", before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
