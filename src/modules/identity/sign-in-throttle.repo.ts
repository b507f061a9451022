// SQL for the progressive delay on sign-in attempts (sign_in_throttle).
import { sql } from "kysely";
import type { Db } from "../../platform/db/database.ts";
import type { IdentityTables } from "./tables.ts";

const q = (db: Db) => db.withTables<IdentityTables>();

export type ThrottlePolicy = {
  /** Attempts allowed without waiting. */
  free: number;
  /** After this long without an attempt the count starts over. */
  quietSeconds: number;
  /** The wait after the first attempt past `free`; it doubles with each further one, up to `capSeconds`. */
  baseSeconds: number;
  capSeconds: number;
};

/** How long to wait after the `attempts`-th attempt before the next one is taken. */
export function waitAfter(p: ThrottlePolicy, attempts: number): number {
  if (attempts < p.free) return 0;
  return Math.min(p.capSeconds, p.baseSeconds * 2 ** Math.min(attempts - p.free, 20));
}

/**
 * Counts an attempt for `email` if one may be made now, in one statement, so that attempts arriving
 * together cannot all slip through the same gap. Returns the count including this attempt, or the
 * time the next attempt may be made.
 */
export async function claimAttempt(
  db: Db,
  email: string,
  now: Date,
  p: ThrottlePolicy,
): Promise<{ ok: true; attempts: number } | { ok: false; retryAt: Date }> {
  const quietSince = new Date(now.getTime() - p.quietSeconds * 1000);
  const row = await q(db)
    .insertInto("sign_in_throttle")
    .values({ email, attempts: 1, last_attempt_at: now })
    .onConflict((oc) =>
      oc
        .column("email")
        .doUpdateSet({
          attempts: sql`case when sign_in_throttle.last_attempt_at <= ${quietSince} then 1
            else sign_in_throttle.attempts + 1 end`,
          last_attempt_at: now,
        })
        .where((eb) =>
          eb.or([
            eb("sign_in_throttle.last_attempt_at", "<=", quietSince),
            eb("sign_in_throttle.attempts", "<", p.free),
            eb(
              sql<Date>`sign_in_throttle.last_attempt_at + make_interval(secs => least(${p.capSeconds}::float8,
                ${p.baseSeconds}::float8 * power(2, least(sign_in_throttle.attempts - ${p.free}, 20))))`,
              "<=",
              now,
            ),
          ]),
        ),
    )
    .returning("attempts")
    .executeTakeFirst();
  // Rows quiet for a day count for nothing (the quiet period starts them over): trimming them now and
  // then keeps the table small without a scheduled job, as the rate-limit counters do.
  if (Math.random() < 0.01) {
    await q(db)
      .deleteFrom("sign_in_throttle")
      .where("last_attempt_at", "<", new Date(now.getTime() - Math.max(86_400, p.quietSeconds) * 1000))
      .execute();
  }
  if (row) return { ok: true, attempts: row.attempts };
  const held = await q(db)
    .selectFrom("sign_in_throttle")
    .select(["attempts", "last_attempt_at"])
    .where("email", "=", email)
    .executeTakeFirstOrThrow();
  return {
    ok: false,
    retryAt: new Date(held.last_attempt_at.getTime() + waitAfter(p, held.attempts) * 1000),
  };
}

/** A successful sign-in from that browser: the count starts over. */
export async function clearAttempts(db: Db, email: string): Promise<void> {
  await q(db).deleteFrom("sign_in_throttle").where("email", "=", email).execute();
}
