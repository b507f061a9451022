// A quiz that has attempts keeps its answer key (decision 0053): changing it would regrade what
// learners already did. To change it, an author duplicates the quiz: a new quiz lesson right after
// it, with the same settings and questions (new ids, no attempts), whose key can change; the author
// then makes the old one optional, so nobody's recorded results move.
import type { Caller } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { notFound } from "../../platform/errors.ts";
import { newId } from "../../platform/ids.ts";
import { insertLesson } from "./courses.repo.ts";
import { can } from "./policy.ts";
import { keyOf, quizOf, saveQuestion, upsertQuiz } from "./quiz.repo.ts";
import type { Course, Lesson } from "./types.ts";

/** Copies the quiz lesson (title with " (2)"), its settings and questions; the copy's id. */
export async function duplicateQuiz(deps: Deps, caller: Caller, course: Course, lesson: Lesson) {
  if (!can(caller, "author", { networkId: course.networkId })) throw notFound();
  if (lesson.kind !== "quiz" || lesson.courseId !== course.id) throw notFound();
  const quiz = await quizOf(deps.db, lesson.id);
  if (!quiz) throw notFound();
  const key = await keyOf(deps.db, lesson.id);
  const id = newId();
  await deps.db.transaction().execute(async (trx) => {
    await insertLesson(trx, {
      id,
      course_id: course.id,
      module_id: lesson.moduleId,
      position: lesson.position + 1,
      kind: "quiz",
      title: `${lesson.title} (2)`.slice(0, 200),
      body: lesson.body,
      url: null,
      practice_ids: [],
      required: lesson.required,
      updated_at: deps.clock.now(),
    });
    await upsertQuiz(trx, { ...quiz, lessonId: id });
    for (const [i, q] of key.entries())
      await saveQuestion(trx, {
        id: newId(),
        quizId: id,
        position: i + 1,
        kind: q.kind,
        prompt: q.prompt,
        feedbackRight: q.feedbackRight,
        feedbackWrong: q.feedbackWrong,
        acceptedAnswers: q.acceptedAnswers,
        options: q.options.map((o) => ({
          id: newId(),
          label: o.label,
          correct: o.correct,
          feedback: o.feedback,
        })),
      });
  });
  return id;
}
