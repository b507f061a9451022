// What a lesson's page needs, read for one viewer: its place in the outline (module, previous and
// next), the learner's state, the linked practices they may see, and for a quiz its questions
// (without key), attempts and best score. Shared by the lesson page, a refused attempt (422) and
// an attempt's page.
import type { Actor } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { getPractice } from "../practices/index.ts";
import { lessonsInOrder, outlineOf } from "./courses.service.ts";
import { redact } from "./grading.ts";
import { can } from "./policy.ts";
import { progressIn } from "./progress.service.ts";
import { quizOf } from "./quiz.repo.ts";
import { type Attempt, attemptsLeft, publicQuestions } from "./quiz.service.ts";
import { readingFileOf } from "./reading.service.ts";
import type { Course, Lesson } from "./types.ts";
import { videoView } from "./video.read.ts";
import type { QuizView } from "./views/lesson.tsx";

export async function lessonView(
  deps: Deps,
  actor: Actor | null,
  course: Course,
  lesson: Lesson,
  o: { form?: QuizView["form"]; attempt?: Attempt } = {},
) {
  const outline = await outlineOf(deps, course);
  const all = lessonsInOrder(outline);
  const i = all.findIndex((l) => l.id === lesson.id);
  const progress = actor ? await progressIn(deps, actor.id, course, all) : null;
  const practices = [];
  for (const id of lesson.practiceIds) {
    const p = await getPractice(deps, actor, id).catch(() => null);
    if (p) practices.push({ slug: p.slug, title: p.title, summary: p.summary ?? "" });
  }
  let quiz: QuizView | undefined;
  const settings = lesson.kind === "quiz" ? await quizOf(deps.db, lesson.id) : undefined;
  if (settings) {
    const { used, made, left } = actor
      ? await attemptsLeft(deps, actor.id, settings)
      : { used: 0, made: 0, left: settings.maxAttempts };
    const passed = Boolean(progress?.passed.has(lesson.id));
    quiz = {
      quiz: settings,
      questions: await publicQuestions(deps, settings),
      used,
      made,
      left,
      best: progress?.best.get(lesson.id) ?? null,
      passed,
      form: o.form ?? { values: {}, errors: {} },
      attempt: o.attempt && {
        n: o.attempt.n,
        score: o.attempt.score,
        passed: o.attempt.passed,
        feedback: redact(o.attempt.feedback, passed || left === 0),
      },
    };
  }
  return {
    course,
    lesson,
    moduleTitle: outline.modules.find((m) => m.id === lesson.moduleId)?.title ?? "",
    previous: all[i - 1] ?? null,
    next: all[i + 1] ?? null,
    enrolled: Boolean(progress?.enrolment),
    done: Boolean(progress?.done.has(lesson.id)),
    canStudy: can(actor, "study", course),
    practices,
    quiz,
    video: lesson.kind === "video" ? await videoView(deps, actor, course, lesson) : undefined,
    reading:
      lesson.kind === "reading"
        ? {
            file: await readingFileOf(deps, lesson.id),
            canAuthor: can(actor, "author", { networkId: course.networkId }),
          }
        : undefined,
  };
}
