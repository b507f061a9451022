// Attempts reset by a facilitator (decision 0060): a learner who used every attempt at a quiz
// without passing gets the full limit again. Who: the course's authors (policy.ts "author": the
// network's coordinators and facilitators, platform admins) and the facilitators of the cohort the
// learner is in (the same people who follow that cohort's progress); never the learner themself.
// Nothing is deleted: the reset is recorded with the attempts it covers, in the same transaction as
// its audit entry and the event that tells the learner. It takes the learner's enrolment lock, as an
// attempt does (attempts.batch.ts), so a reset and a submission are serialised: the limit still holds
// and a pass that lands first is seen (a recorded pass is never undone: 409).
import type { Actor } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { conflict, invalid } from "../../platform/errors.ts";
import { emit } from "../../platform/events.ts";
import { newId } from "../../platform/ids.ts";
import { audit, refuseInNetwork } from "../identity/index.ts";
import { insertReset, usedOfLearners } from "./attempts.reset.repo.ts";
import { cohortOfLearner, facilitatorsOf } from "./cohorts.repo.ts";
import type { CohortReport } from "./cohorts.report.ts";
import { can } from "./policy.ts";
import { enrolmentOf } from "./progress.repo.ts";
import { attemptCount, passedQuizzesOfMany, quizOf } from "./quiz.repo.ts";
import type { Course, Lesson, Quiz } from "./types.ts";
import "./events.ts";

export const REASON_MAX = 200;

/** The course's authors, or a facilitator of the learner's cohort; not for one's own attempts. */
export async function mayResetAttempts(deps: Deps, actor: Actor | null, course: Course, learnerId: string) {
  if (!actor || actor.id === learnerId) return false;
  if (can(actor, "author", course)) return true;
  const cohortId = await cohortOfLearner(deps.db, course.id, learnerId);
  return cohortId !== null && (await facilitatorsOf(deps.db, cohortId)).includes(actor.id);
}

/** Where a learner stands at a quiz, for the confirmation page: attempts that count, a pass. */
export async function resetState(deps: Deps, quiz: Quiz, learnerId: string) {
  const [{ used }, passed] = await Promise.all([
    attemptCount(deps.db, quiz.lessonId, learnerId),
    passedQuizzesOfMany(deps.db, [learnerId], [quiz.lessonId]),
  ]);
  const hasPassed = Boolean(passed.get(learnerId)?.has(quiz.lessonId));
  return { used, max: quiz.maxAttempts, passed: hasPassed, resettable: resettable(quiz, used, hasPassed) };
}

const resettable = (quiz: Quiz, used: number, passed: boolean) =>
  quiz.maxAttempts !== null && used > 0 && !passed;

/**
 * Resets the learner's attempts at the quiz. Refused: not allowed (403 in the network, 404 outside);
 * a reason over 200 characters, or someone not enrolled in the course (422); a quiz without a limit,
 * one already passed, or no attempt to reset (409).
 */
export async function resetAttempts(
  deps: Deps,
  actor: Actor,
  ctx: { course: Course; lesson: Lesson; quiz: Quiz },
  learnerId: string,
  reasonInput: string,
): Promise<{ id: string; attempts: number }> {
  const { course, lesson, quiz } = ctx;
  if (!(await mayResetAttempts(deps, actor, course, learnerId)))
    throw refuseInNetwork(actor, course.networkId);
  const reason = reasonInput.trim();
  if (reason.length > REASON_MAX)
    throw invalid([{ field: "reason", message: "learning.reset.errors.reason" }]);
  if (quiz.maxAttempts === null) throw conflict("learning.reset.errors.unlimited", "attempts-unlimited");
  const id = newId();
  const at = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    // The enrolment's lock first, as an attempt takes it: what follows sees every attempt before it.
    if (!(await enrolmentOf(trx, course.id, learnerId, true)))
      throw invalid([{ field: "learnerId", message: "learning.reset.errors.learner" }]);
    const passed = await passedQuizzesOfMany(trx, [learnerId], [quiz.lessonId]);
    if (passed.get(learnerId)?.has(quiz.lessonId))
      throw conflict("learning.reset.errors.passed", "quiz-passed");
    const { used } = await attemptCount(trx, quiz.lessonId, learnerId);
    if (!used) throw conflict("learning.reset.errors.nothing", "nothing-to-reset");
    await insertReset(trx, {
      id,
      quizId: quiz.lessonId,
      accountId: learnerId,
      resetBy: actor.id,
      reason,
      attempts: used,
      at,
    });
    await audit(trx, {
      actorId: actor.id,
      action: "learning.attempts-reset",
      networkId: course.networkId,
      subjectId: learnerId,
      details: {
        title: lesson.title,
        quizId: quiz.lessonId,
        course: course.title,
        courseId: course.id,
        attempts: used,
        reason,
        resetId: id,
      },
      at,
    });
    // Told to the learner after commit (notifications.ts: "attempts reset by a facilitator").
    await emit(deps, trx, "learning.attempts.reset", {
      learnerId,
      quizId: quiz.lessonId,
      courseId: course.id,
      networkId: course.networkId,
      resetId: id,
      resetBy: actor.id,
    });
    return { id, attempts: used };
  });
}

/**
 * The cohort progress page's offers: per learner and quiz (`${accountId}:${quizId}`), the attempts
 * that count and the limit, where a reset may be made (a limited quiz, tried, not passed).
 */
export async function resetOffers(deps: Deps, report: CohortReport) {
  const limits = new Map<string, number | null>();
  for (const q of report.quizzes) limits.set(q.id, (await quizOf(deps.db, q.id))?.maxAttempts ?? null);
  const used = await usedOfLearners(
    deps.db,
    report.quizzes.map((q) => q.id),
    report.learners.map((l) => l.accountId),
  );
  const passed = await passedQuizzesOfMany(
    deps.db,
    report.learners.map((l) => l.accountId),
    report.quizzes.map((q) => q.id),
  );
  const offers = new Map<string, { used: number; max: number }>();
  for (const u of used) {
    const max = limits.get(u.quizId) ?? null;
    if (max === null || passed.get(u.accountId)?.has(u.quizId)) continue;
    offers.set(`${u.accountId}:${u.quizId}`, { used: u.used, max });
  }
  return offers;
}
