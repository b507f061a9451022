// SQL for rate-limit counters.
import { sql } from "kysely";
import type { Db } from "./db/database.ts";

type Tables = { rate_limits: { key: string; window_start: Date; hits: number } };

/** The largest count a window holds (the column is an integer): a weighted counter stops there. */
const MAX_HITS = 2_147_483_647;

/** Adds `weight` (1 a request, or e.g. the bytes of an upload) to the window's count; returns the count. */
export async function rateLimitHit(db: Db, key: string, windowStart: Date, weight = 1): Promise<number> {
  const row = await db
    .withTables<Tables>()
    .insertInto("rate_limits")
    .values({ key, window_start: windowStart, hits: Math.min(weight, MAX_HITS) })
    .onConflict((oc) =>
      oc
        .columns(["key", "window_start"])
        // bigint, then capped: bytes pushed past the limit must not overflow into a 500.
        .doUpdateSet({ hits: sql`least(rate_limits.hits::bigint + ${weight}, ${MAX_HITS})::integer` }),
    )
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
