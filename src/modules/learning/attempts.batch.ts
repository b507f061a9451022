// Attempts at one quiz are written in batches, as labs' registrations are (registrations/batch.ts).
// When a cohort submits its final quiz at the same moment, each attempt must hold its learner's
// enrolment lock while it counts the attempts used, and share the quiz's lock against a change of
// key; written one by one, hundreds of short transactions queue for the pool. So, per quiz and per
// process: the first attempt is written at once; those that arrive while it is being written wait and
// are then graded and written together, in one transaction: one read of the key, one lock statement
// for all their enrolments, one count, one insert, and the completions of those who passed in a few
// statements more (progress.batch.ts). Nobody waits for a timer. Several processes each batch their
// own; the enrolment locks keep the attempt limit between them (decision 0053).
import type { Db } from "../../platform/db/database.ts";
import type { Deps } from "../../platform/deps.ts";
import { AppError, conflict, invalid } from "../../platform/errors.ts";
import { answerErrors, type Graded, grade } from "./grading.ts";
import { completeManyIfDone } from "./progress.batch.ts";
import { enrolmentsLocked } from "./progress.repo.ts";
import { attemptCounts, insertAttempts, keyOf, lockQuiz } from "./quiz.repo.ts";
import type { Answers } from "./tables.ts";
import type { Course, Enrolment, Quiz } from "./types.ts";

/** At most this many attempts in one transaction: bounds its size and the time it holds the locks. */
const MAX_BATCH = 200;

export type AttemptItem = { id: string; accountId: string; answers: Answers };
export type AttemptWritten = { n: number; graded: Graded; completed: boolean; at: Date };

type Waiting = { item: AttemptItem; resolve(w: AttemptWritten): void; reject(err: unknown): void };
type Queue = { writing: boolean; waiting: Waiting[]; course: Course; quiz: Quiz };

// Per database (tests open several runtimes in one process), then per quiz.
const queues = new WeakMap<Db, Map<string, Queue>>();

/**
 * Grades and stores `item` with whoever else is submitting to the quiz at the same moment. Rejects
 * with the item's own refusal (not enrolled, answers that do not fit, attempts used); the others of
 * its batch are written all the same.
 */
export function submitInBatch(
  deps: Deps,
  ctx: { course: Course; quiz: Quiz },
  item: AttemptItem,
): Promise<AttemptWritten> {
  const byQuiz = queues.get(deps.db) ?? new Map<string, Queue>();
  queues.set(deps.db, byQuiz);
  const quizId = ctx.quiz.lessonId;
  const q = byQuiz.get(quizId) ?? { writing: false, waiting: [], course: ctx.course, quiz: ctx.quiz };
  byQuiz.set(quizId, q);
  const done = new Promise<AttemptWritten>((resolve, reject) => q.waiting.push({ item, resolve, reject }));
  if (!q.writing) void drain(deps, q, () => byQuiz.delete(quizId));
  return done;
}

async function drain(deps: Deps, q: Queue, forget: () => void) {
  q.writing = true;
  try {
    while (q.waiting.length) {
      const batch = q.waiting.splice(0, MAX_BATCH);
      try {
        const outcomes = await writeBatch(
          deps,
          q.course,
          q.quiz,
          batch.map((w) => w.item),
        );
        for (const [i, w] of batch.entries()) {
          const o = outcomes[i]!;
          if (o instanceof AppError) w.reject(o);
          else w.resolve(o);
        }
      } catch (err) {
        for (const w of batch) w.reject(err);
      }
    }
  } finally {
    q.writing = false;
    forget();
  }
}

/** One transaction for the batch; each item's outcome in order: written, or its refusal. */
async function writeBatch(
  deps: Deps,
  course: Course,
  quiz: Quiz,
  items: AttemptItem[],
): Promise<(AttemptWritten | AppError)[]> {
  const at = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    await lockQuiz(trx, quiz.lessonId, "share");
    const key = await keyOf(trx, quiz.lessonId);
    const accounts = [...new Set(items.map((i) => i.accountId))];
    const enrolments = await enrolmentsLocked(trx, course.id, accounts);
    const used = await attemptCounts(trx, quiz.lessonId, accounts);
    const rows: Parameters<typeof insertAttempts>[1] = [];
    const passers = new Map<string, Enrolment>();
    const outcomes = items.map((item): AttemptWritten | AppError => {
      if (!key.length) return conflict("learning.errors.quizEmpty", "quiz-empty");
      const e = enrolments.get(item.accountId);
      if (!e) return conflict("learning.errors.notEnrolled", "not-enrolled");
      const errors = answerErrors(key, item.answers);
      if (errors.length) return invalid(errors, "learning.errors.answers");
      // Attempts a facilitator reset keep their numbers but no longer count (decision 0060).
      const tally = used.get(item.accountId) ?? { used: 0, last: 0 };
      if (quiz.maxAttempts !== null && tally.used + 1 > quiz.maxAttempts)
        return conflict("learning.errors.attemptsUsed", "attempts-used");
      const n = tally.last + 1;
      used.set(item.accountId, { used: tally.used + 1, last: n });
      const graded = grade(key, item.answers, quiz.passMark);
      rows.push({
        id: item.id,
        quizId: quiz.lessonId,
        accountId: item.accountId,
        n,
        ...graded,
        answers: item.answers,
        at,
      });
      if (graded.passed) passers.set(item.accountId, e);
      return { n, graded, completed: false, at };
    });
    await insertAttempts(trx, rows);
    const completed = await completeManyIfDone(deps, trx, course, [...passers.values()]);
    // The attempt that passed is the one that completed the course (a learner passes once per batch
    // at most in practice; if twice, the first passing attempt is credited).
    const credited = new Set<string>();
    for (const [i, o] of outcomes.entries()) {
      if (o instanceof AppError || !o.graded.passed) continue;
      const acc = items[i]!.accountId;
      if (completed.has(acc) && !credited.has(acc)) {
        o.completed = true;
        credited.add(acc);
      }
    }
    return outcomes;
  });
}
