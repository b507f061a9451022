// Quizzes as learners meet them: the questions without their key, an attempt graded on the server
// (within the attempt limit, counted under the enrolment's lock so simultaneous submissions cannot
// pass it, and written in batches when many arrive at once), and an attempt read back by its owner with its feedback (decision 0053).
import type { Actor } from "../../platform/auth/index.ts";
import { sharedRead } from "../../platform/db/coalesce.ts";
import type { Deps } from "../../platform/deps.ts";
import { notFound } from "../../platform/errors.ts";
import { isUuid, newId } from "../../platform/ids.ts";
import { submitInBatch } from "./attempts.batch.ts";
import { lessonById } from "./courses.repo.ts";
import { loadCourse } from "./courses.service.ts";
import { grade, type QuestionFeedback } from "./grading.ts";
import { can } from "./policy.ts";
import { attemptCount, attemptOf, keyOf, quizOf } from "./quiz.repo.ts";
import type { Answers } from "./tables.ts";
import type { Course, Lesson, PublicQuestion, Quiz } from "./types.ts";

export type Attempt = {
  id: string;
  quizId: string;
  n: number;
  score: number;
  passed: boolean;
  submittedAt: Date;
  feedback: QuestionFeedback[];
  /** Set on a new attempt: whether it completed the course. */
  completedCourse?: boolean;
};

/** The quiz lesson of `quizId` (a lesson id), its course and settings; 404 when not visible. */
export async function quizContext(deps: Deps, actor: Actor | null, quizId: string) {
  const lesson = isUuid(quizId)
    ? await sharedRead(deps.db, `learning.lesson:${quizId}`, () => lessonById(deps.db, quizId))
    : undefined;
  if (lesson?.kind !== "quiz") throw notFound();
  const course = await loadCourse(deps, lesson.courseId);
  if (!can(actor, "see", course)) throw notFound();
  const quiz = await sharedRead(deps.db, `learning.quiz:${lesson.id}`, () => quizOf(deps.db, lesson.id));
  if (!quiz) throw notFound();
  return { lesson, course, quiz };
}

/** The questions as a learner sees them before answering: prompts and option labels only. */
export async function publicQuestions(deps: Deps, quiz: Quiz): Promise<PublicQuestion[]> {
  const key = await sharedRead(deps.db, `learning.key:${quiz.lessonId}`, () => keyOf(deps.db, quiz.lessonId));
  return key.map((q) => ({
    id: q.id,
    kind: q.kind,
    prompt: q.prompt,
    options: q.options.map((o) => ({ id: o.id, label: o.label })),
  }));
}

/**
 * Grades and stores an attempt. Refused: answers naming unknown questions or options, or missing
 * (422, nothing stored); not enrolled (409); over the attempt limit (409). Written with the other
 * attempts at the quiz arriving at the same moment (attempts.batch.ts): the enrolment rows are locked
 * first, so the attempts of one learner are numbered one at a time and the limit holds; the unique
 * (quiz, learner, n) backs it up.
 */
export async function submitAttempt(
  deps: Deps,
  actor: Actor,
  ctx: { course: Course; lesson: Lesson; quiz: Quiz },
  answers: Answers,
): Promise<Attempt> {
  if (!can(actor, "study", ctx.course)) throw notFound();
  const id = newId();
  const w = await submitInBatch(deps, ctx, { id, accountId: actor.id, answers });
  return {
    id,
    quizId: ctx.quiz.lessonId,
    n: w.n,
    score: w.graded.score,
    passed: w.graded.passed,
    submittedAt: w.at,
    feedback: w.graded.feedback,
    completedCourse: w.completed,
  };
}

/** One of the actor's own attempts with its feedback, graded again from the stored answers. */
export async function attemptOfActor(deps: Deps, actor: Actor, quiz: Quiz, n: number): Promise<Attempt> {
  const a = Number.isSafeInteger(n) ? await attemptOf(deps.db, quiz.lessonId, actor.id, n) : undefined;
  if (!a) throw notFound();
  const graded = grade(await keyOf(deps.db, quiz.lessonId), a.answers, quiz.passMark);
  return {
    id: a.id,
    quizId: a.quizId,
    n: a.n,
    score: a.score,
    passed: a.passed,
    submittedAt: a.submittedAt,
    feedback: graded.feedback,
  };
}

/**
 * How many attempts the person has used and has left (null: no limit), and how many they made in all
 * (`made`: with those a facilitator reset, which stay in their history).
 */
export async function attemptsLeft(deps: Deps, accountId: string, quiz: Quiz) {
  const { used, last } = await attemptCount(deps.db, quiz.lessonId, accountId);
  return { used, made: last, left: quiz.maxAttempts === null ? null : Math.max(0, quiz.maxAttempts - used) };
}
