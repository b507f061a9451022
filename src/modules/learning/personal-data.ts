// A learner's data in learning (issue 17, item 8), through the manifest's personal-data hooks
// (platform/module.ts): the download lists enrolments, progress, attempts with the answers given,
// certificates and playback positions, readable without this platform (titles, not ids); the
// erasure deletes them all, leaves each certificate's code as a tombstone ("no longer available")
// and each cohort's figures as anonymous counts.
import type { Db } from "../../platform/db/database.ts";
import type { Deps } from "../../platform/deps.ts";
import type { PersonalDataHooks } from "../../platform/module.ts";
import { certificatePath } from "./certificates.service.ts";
import { fillFreedPlaces, lockCohorts } from "./cohorts.erasure.ts";
import {
  attemptsFor,
  certificatesFor,
  curriculumCompletionsFor,
  enrolmentsFor,
  eraseLearner,
  facilitatingFor,
  memberCohortsOf,
  positionsFor,
  progressFor,
  resetsFor,
  waitingFor,
} from "./personal-data.repo.ts";
import { keyOf } from "./quiz.repo.ts";
import type { Answers } from "./tables.ts";

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** The answers as the person gave them, with each question's prompt and the chosen options' labels. */
async function readableAnswers(db: Db, quizId: string, answers: Answers) {
  const key = await keyOf(db, quizId);
  return key.map((k) => {
    const given = answers[k.id];
    return {
      question: k.prompt,
      answer: Array.isArray(given)
        ? given.map((id) => k.options.find((o) => o.id === id)?.label ?? id)
        : (given ?? null),
    };
  });
}

async function exportLearner(deps: Deps, accountId: string) {
  const db = deps.db;
  const [enrolments, progress, attempts, certificates, curricula, positions, facilitating, resets, waiting] =
    await Promise.all([
      enrolmentsFor(db, accountId),
      progressFor(db, accountId),
      attemptsFor(db, accountId),
      certificatesFor(db, accountId),
      curriculumCompletionsFor(db, accountId),
      positionsFor(db, accountId),
      facilitatingFor(db, accountId),
      resetsFor(db, accountId),
      waitingFor(db, accountId),
    ]);
  return {
    enrolments: enrolments.map((e) => ({
      course: e.course,
      cohort: e.cohort,
      enrolledAt: iso(e.enrolledAt),
      completedAt: iso(e.completedAt),
      lastLessonOpened: e.lastLesson,
    })),
    lessonsDone: progress.map((p) => ({ course: p.course, lesson: p.lesson, doneAt: iso(p.doneAt) })),
    quizAttempts: await Promise.all(
      attempts.map(async (a) => ({
        course: a.course,
        quiz: a.quiz,
        attempt: a.n,
        score: a.score,
        passed: a.passed,
        submittedAt: iso(a.submittedAt),
        answers: await readableAnswers(db, a.quizId, a.answers),
      })),
    ),
    attemptResets: resets.map((r) => ({
      quiz: r.quiz,
      attempts: r.attempts,
      reason: r.reason,
      resetAt: iso(r.resetAt),
    })),
    curriculaCompleted: curricula.map((x) => ({ curriculum: x.curriculum, completedAt: iso(x.completedAt) })),
    certificates: certificates.map((k) => ({
      code: k.code,
      course: k.course,
      curriculum: k.curriculum,
      completedAt: iso(k.completedAt),
      issuedAt: iso(k.issuedAt),
      url: `${deps.config.baseUrl}${certificatePath(k.code)}`,
    })),
    videoPositions: positions.map((p) => ({
      lesson: p.lesson,
      seconds: p.seconds,
      savedAt: iso(p.updatedAt),
    })),
    cohortsFacilitated: facilitating.map((f) => f.cohort),
    waitingLists: waiting.map((w) => ({ cohort: w.cohort, since: iso(w.since) })),
  };
}

/** Erases the learner; the cohort places they held go to those waiting, as when a member leaves. */
async function erase(deps: Deps, trx: Db, accountId: string) {
  const cohorts = await memberCohortsOf(trx, accountId);
  // The cohorts first, as joining and leaving lock them before the rows they change.
  await lockCohorts(trx, cohorts);
  await eraseLearner(trx, accountId, deps.clock.now());
  await fillFreedPlaces(deps, trx, cohorts);
}

export const hooks: PersonalDataHooks = { export: exportLearner, erase };
