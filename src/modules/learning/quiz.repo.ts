// The SQL for quizzes, their questions and options (the answer key) and attempts.
import { sql } from "kysely";
import type { Db } from "../../platform/db/database.ts";
import type { KeyQuestion } from "./grading.ts";
import type { Answers, LearningTables, QuestionKind } from "./tables.ts";
import type { Quiz } from "./types.ts";

const q = (db: Db) => db.withTables<LearningTables>();

export async function upsertQuiz(db: Db, quiz: Quiz) {
  await q(db)
    .insertInto("learning_quizzes")
    .values({ lesson_id: quiz.lessonId, pass_mark: quiz.passMark, max_attempts: quiz.maxAttempts })
    .onConflict((oc) =>
      oc.column("lesson_id").doUpdateSet({ pass_mark: quiz.passMark, max_attempts: quiz.maxAttempts }),
    )
    .execute();
}

export async function quizOf(db: Db, lessonId: string): Promise<Quiz | undefined> {
  const r = await q(db)
    .selectFrom("learning_quizzes")
    .selectAll()
    .where("lesson_id", "=", lessonId)
    .executeTakeFirst();
  return r ? { lessonId: r.lesson_id, passMark: r.pass_mark, maxAttempts: r.max_attempts } : undefined;
}

/**
 * Locks the quiz's row for the transaction: "update" while its key changes, "share" while an
 * attempt is graded against it (many attempts at once, never beside a change of key).
 */
export async function lockQuiz(db: Db, lessonId: string, mode: "update" | "share") {
  const s = q(db).selectFrom("learning_quizzes").select("lesson_id").where("lesson_id", "=", lessonId);
  await (mode === "update" ? s.forUpdate() : s.forShare()).execute();
}

/** The quiz's questions with their key, in order. Only grading and authoring read this. */
export async function keyOf(db: Db, quizId: string): Promise<KeyQuestion[]> {
  const questions = await q(db)
    .selectFrom("learning_questions")
    .selectAll()
    .where("quiz_id", "=", quizId)
    .orderBy("position")
    .orderBy("id")
    .execute();
  if (!questions.length) return [];
  const options = await q(db)
    .selectFrom("learning_options")
    .selectAll()
    .where(
      "question_id",
      "in",
      questions.map((x) => x.id),
    )
    .orderBy("position")
    .orderBy("id")
    .execute();
  return questions.map((x) => ({
    id: x.id,
    kind: x.kind,
    prompt: x.prompt,
    feedbackRight: x.feedback_right,
    feedbackWrong: x.feedback_wrong,
    acceptedAnswers: x.accepted_answers,
    options: options
      .filter((o) => o.question_id === x.id)
      .map((o) => ({ id: o.id, label: o.label, correct: o.correct, feedback: o.feedback })),
  }));
}

export type NewQuestion = {
  id: string;
  quizId: string;
  position: number;
  kind: QuestionKind;
  prompt: string;
  feedbackRight: string;
  feedbackWrong: string;
  acceptedAnswers: string[];
  options: { id: string; label: string; correct: boolean; feedback: string }[];
};

/** Writes a question and its options, replacing any earlier version of it. */
export async function saveQuestion(db: Db, n: NewQuestion) {
  await q(db).deleteFrom("learning_questions").where("id", "=", n.id).execute();
  await q(db)
    .insertInto("learning_questions")
    .values({
      id: n.id,
      quiz_id: n.quizId,
      position: n.position,
      kind: n.kind,
      prompt: n.prompt,
      feedback_right: n.feedbackRight,
      feedback_wrong: n.feedbackWrong,
      accepted_answers: n.acceptedAnswers,
    })
    .execute();
  if (n.options.length)
    await q(db)
      .insertInto("learning_options")
      .values(n.options.map((o, position) => ({ ...o, question_id: n.id, position })))
      .execute();
}

export async function countQuestions(db: Db, quizId: string): Promise<number> {
  const r = await q(db)
    .selectFrom("learning_questions")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("quiz_id", "=", quizId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Whether anyone has tried the quiz: its key is then frozen. */
export async function hasAttempts(db: Db, quizId: string): Promise<boolean> {
  const r = await q(db)
    .selectFrom("learning_attempts")
    .select("id")
    .where("quiz_id", "=", quizId)
    .executeTakeFirst();
  return Boolean(r);
}

/**
 * A person's attempts at the quiz: `used` counts towards the limit (those no facilitator has reset),
 * `last` is the number of the latest of all (0: none), so the next one is `last + 1` and the history
 * keeps every attempt (decision 0060).
 */
export type AttemptTally = { used: number; last: number };

export async function attemptCount(db: Db, quizId: string, accountId: string): Promise<AttemptTally> {
  return (await attemptCounts(db, quizId, [accountId])).get(accountId) ?? { used: 0, last: 0 };
}

/** The tally of each of several people at the quiz, keyed by account id (absent: none). */
export async function attemptCounts(db: Db, quizId: string, accountIds: string[]) {
  if (!accountIds.length) return new Map<string, AttemptTally>();
  const rows = await q(db)
    .selectFrom("learning_attempts")
    .select((eb) => [
      "account_id",
      eb.fn.countAll<string>().filterWhere("reset_id", "is", null).as("used"),
      eb.fn.max<number>("n").as("last"),
    ])
    .where("quiz_id", "=", quizId)
    .where("account_id", "in", accountIds)
    .groupBy("account_id")
    .execute();
  return new Map(rows.map((r) => [r.account_id, { used: Number(r.used), last: Number(r.last) }]));
}

/** Stores several graded attempts in one statement. */
export async function insertAttempts(db: Db, attempts: NewAttempt[]) {
  if (!attempts.length) return;
  await q(db)
    .insertInto("learning_attempts")
    .values(
      attempts.map((a) => ({
        id: a.id,
        quiz_id: a.quizId,
        account_id: a.accountId,
        n: a.n,
        answers: JSON.stringify(a.answers),
        score: a.score,
        passed: a.passed,
        submitted_at: a.at,
      })),
    )
    .execute();
}

export type NewAttempt = {
  id: string;
  quizId: string;
  accountId: string;
  n: number;
  answers: Answers;
  score: number;
  passed: boolean;
  at: Date;
};

/** The quizzes (of `quizIds`) each of several people has passed, keyed by account id. */
export async function passedQuizzesOfMany(db: Db, accountIds: string[], quizIds: string[]) {
  const passed = new Map<string, Set<string>>(accountIds.map((a) => [a, new Set<string>()]));
  if (!accountIds.length || !quizIds.length) return passed;
  const rows = await q(db)
    .selectFrom("learning_attempts")
    .select(["account_id", "quiz_id"])
    .distinct()
    .where("account_id", "in", accountIds)
    .where("quiz_id", "in", quizIds)
    .where("passed", "=", true)
    .execute();
  for (const r of rows) passed.get(r.account_id)?.add(r.quiz_id);
  return passed;
}

export async function insertAttempt(db: Db, a: NewAttempt) {
  await insertAttempts(db, [a]);
}

export type AttemptRow = {
  id: string;
  quizId: string;
  accountId: string;
  n: number;
  answers: Answers;
  score: number;
  passed: boolean;
  submittedAt: Date;
};

export async function attemptOf(db: Db, quizId: string, accountId: string, n: number) {
  const r = await q(db)
    .selectFrom("learning_attempts")
    .selectAll()
    .where("quiz_id", "=", quizId)
    .where("account_id", "=", accountId)
    .where("n", "=", n)
    .executeTakeFirst();
  return r ? toAttempt(r) : undefined;
}

const toAttempt = (r: {
  id: string;
  quiz_id: string;
  account_id: string;
  n: number;
  answers: Answers;
  score: number;
  passed: boolean;
  submitted_at: Date;
}): AttemptRow => ({
  id: r.id,
  quizId: r.quiz_id,
  accountId: r.account_id,
  n: r.n,
  answers: r.answers,
  score: r.score,
  passed: r.passed,
  submittedAt: r.submitted_at,
});

/** A person's best score and whether they passed, per quiz of the given lessons. */
export async function bestScores(db: Db, accountId: string, quizIds: string[]) {
  if (!quizIds.length) return [];
  return q(db)
    .selectFrom("learning_attempts")
    .select([
      "quiz_id",
      (eb) => eb.fn.max<number>("score").as("best"),
      (eb) => sql<boolean>`bool_or(${eb.ref("passed")})`.as("passed"),
      (eb) => eb.fn.countAll<string>().as("attempts"),
    ])
    .where("account_id", "=", accountId)
    .where("quiz_id", "in", quizIds)
    .groupBy("quiz_id")
    .execute();
}
