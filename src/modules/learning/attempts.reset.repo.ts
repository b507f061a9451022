// The SQL of attempts reset by a facilitator (decision 0060): the reset's own row, the attempts it
// covers marked with it (never deleted), and the attempts that count, per learner and quiz, for the
// cohort's progress page.
import type { Db } from "../../platform/db/database.ts";
import type { LearningTables } from "./tables.ts";

const q = (db: Db) => db.withTables<LearningTables>();

export type NewReset = {
  id: string;
  quizId: string;
  accountId: string;
  resetBy: string;
  reason: string;
  attempts: number;
  at: Date;
};

/** Records the reset and marks the learner's counted attempts with it; how many it covered. */
export async function insertReset(db: Db, r: NewReset): Promise<void> {
  await q(db)
    .insertInto("learning_attempt_resets")
    .values({
      id: r.id,
      quiz_id: r.quizId,
      account_id: r.accountId,
      reset_by: r.resetBy,
      reason: r.reason,
      attempts: r.attempts,
      reset_at: r.at,
    })
    .execute();
  await q(db)
    .updateTable("learning_attempts")
    .set({ reset_id: r.id })
    .where("quiz_id", "=", r.quizId)
    .where("account_id", "=", r.accountId)
    .where("reset_id", "is", null)
    .execute();
}

/** Attempts that count towards the limit, per learner and quiz (absent: none). */
export async function usedOfLearners(db: Db, quizIds: string[], accountIds: string[]) {
  if (!quizIds.length || !accountIds.length) return [];
  const rows = await q(db)
    .selectFrom("learning_attempts")
    .select((eb) => ["account_id", "quiz_id", eb.fn.countAll<string>().as("used")])
    .where("quiz_id", "in", quizIds)
    .where("account_id", "in", accountIds)
    .where("reset_id", "is", null)
    .groupBy(["account_id", "quiz_id"])
    .execute();
  return rows.map((r) => ({ accountId: r.account_id, quizId: r.quiz_id, used: Number(r.used) }));
}

/** The resets of a learner at a quiz, newest first (tests and the record). */
export async function resetsOf(db: Db, quizId: string, accountId: string) {
  return q(db)
    .selectFrom("learning_attempt_resets")
    .selectAll()
    .where("quiz_id", "=", quizId)
    .where("account_id", "=", accountId)
    .orderBy("reset_at", "desc")
    .execute();
}
