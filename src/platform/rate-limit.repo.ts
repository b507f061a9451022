// SQL for rate-limit counters.
import { sql } from "kysely";
import type { Db } from "./db/database.ts";

type Tables = { rate_limits: { key: string; window_start: Date; hits: number } };

export async function rateLimitHit(db: Db, key: string, windowStart: Date): Promise<number> {
  const row = await db
    .withTables<Tables>()
    .insertInto("rate_limits")
    .values({ key, window_start: windowStart, hits: 1 })
    .onConflict((oc) => oc.columns(["key", "window_start"]).doUpdateSet({ hits: sql`rate_limits.hits + 1` }))
    .returning("hits")
    .executeTakeFirstOrThrow();
  // Old windows are useless; trimming them here keeps the table small without a scheduled job.
  if (Math.random() < 0.01) {
    await db
      .withTables<Tables>()
      .deleteFrom("rate_limits")
      .where("window_start", "<", sql<Date>`now() - interval '1 day'`)
      .execute();
  }
  return row.hits;
}
