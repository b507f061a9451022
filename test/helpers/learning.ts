// Factory for learning: a course with one module, a text lesson and a quiz of two questions (one
// choice, one short answer), published unless told otherwise, written through the authoring service
// as a trusted internal caller (SYSTEM). Returns the ids a test needs, and which option it made right.
// And a certificate of a completion, for pages that show one.

import {
  createCourse,
  issueCertificateFor,
  lessonOfCourse,
  publicQuestions,
  saveLesson,
  saveModule,
  saveQuizQuestion,
  setCourseStatus,
} from "../../src/modules/learning/index.ts";
import { SYSTEM } from "../../src/platform/auth/index.ts";
import { newId } from "../../src/platform/ids.ts";
import type { Client } from "./client.ts";
import type { TestRuntime } from "./runtime.ts";

let seq = 0;

export async function buildCourse(
  t: TestRuntime,
  networkId: string,
  o: {
    visibility?: "public" | "network" | "pa";
    published?: boolean;
    maxAttempts?: number | null;
    prerequisites?: string[];
    title?: string;
  } = {},
) {
  const course = await createCourse(t.deps, SYSTEM, networkId, {
    title: o.title ?? `Corso di prova ${++seq}`,
    summary: "Un corso per provare.",
    topic: "Prove",
    language: "it",
    visibility: o.visibility ?? "public",
    prerequisites: o.prerequisites ?? [],
  });
  const moduleId = await saveModule(t.deps, SYSTEM, course, { title: "Primo modulo", position: 1 });
  const textId = await saveLesson(t.deps, SYSTEM, course, {
    moduleId,
    kind: "text",
    title: "Una lezione di testo",
    body: "## Introduzione\n\nTesto **importante**.",
    position: 1,
  });
  const quizId = await saveLesson(t.deps, SYSTEM, course, {
    moduleId,
    kind: "quiz",
    title: "Il quiz",
    body: "Due domande.",
    position: 2,
    passMark: 100,
    maxAttempts: o.maxAttempts === undefined ? 3 : o.maxAttempts,
  });
  const quizLesson = await lessonOfCourse(t.deps, course, quizId);
  await saveQuizQuestion(t.deps, SYSTEM, course, quizLesson, {
    kind: "single",
    prompt: "Qual è il capoluogo della Liguria?",
    feedbackRight: "FEEDBACK-GIUSTO-1",
    feedbackWrong: "FEEDBACK-SBAGLIATO-1",
    options: [
      { label: "Genova", correct: true, feedback: "OPZIONE-FEEDBACK-GENOVA" },
      { label: "Savona", correct: false, feedback: "OPZIONE-FEEDBACK-SAVONA" },
    ],
    position: 1,
  });
  await saveQuizQuestion(t.deps, SYSTEM, course, quizLesson, {
    kind: "short",
    prompt: "Come si chiama la città dei dati aperti?",
    feedbackRight: "FEEDBACK-GIUSTO-2",
    feedbackWrong: "FEEDBACK-SBAGLIATO-2",
    acceptedAnswers: ["Città Aperta"],
    position: 2,
  });
  if (o.published ?? true) await setCourseStatus(t.deps, SYSTEM, course, true);
  // The options by label, as a learner sees them: the factory knows which one it made right.
  const [choice, short] = await publicQuestions(t.deps, {
    lessonId: quizId,
    passMark: 100,
    maxAttempts: null,
  });
  return {
    course: { ...course, status: (o.published ?? true) ? ("published" as const) : ("draft" as const) },
    textId,
    quizId,
    choiceId: choice!.id,
    rightOption: choice!.options.find((x) => x.label === "Genova")!.id,
    wrongOption: choice!.options.find((x) => x.label === "Savona")!.id,
    shortId: short!.id,
  };
}

/** The certificate of a completion of `courseId` by `accountId`, given as the job gives it: its code. */
/**
 * A completion on record, as the completing step records it (jobs that certify completions check
 * it): the course's enrolment completed, or the curriculum's completion row.
 */
export async function recordCompletion(
  t: TestRuntime,
  accountId: string,
  of: { courseId: string } | { curriculumId: string },
): Promise<void> {
  const at = t.clock.now();
  if ("courseId" in of)
    await t.deps.pool.query(
      `insert into learning_enrolments (id, course_id, account_id, enrolled_at, completed_at)
       values ($1, $2, $3, $4, $4)
       on conflict (course_id, account_id) do update set completed_at = coalesce(learning_enrolments.completed_at, $4)`,
      [newId(), of.courseId, accountId, at],
    );
  else
    await t.deps.pool.query(
      `insert into learning_curriculum_completions (curriculum_id, account_id, completed_at)
       values ($1, $2, $3) on conflict do nothing`,
      [of.curriculumId, accountId, at],
    );
}

export async function buildCertificate(t: TestRuntime, accountId: string, courseId: string): Promise<string> {
  await recordCompletion(t, accountId, { courseId });
  await issueCertificateFor(t.deps, {
    learnerId: accountId,
    courseId,
    completedAt: t.clock.now().toISOString(),
  });
  const { rows } = await t.deps.pool.query(
    "select code from learning_certificates where account_id = $1 and course_id = $2",
    [accountId, courseId],
  );
  return rows[0].code;
}

/** Enrols and completes the factory's course through the pages: the text lesson, then the quiz passed. */
export async function completeThroughPages(c: Client, b: Awaited<ReturnType<typeof buildCourse>>) {
  const base = `/learning/courses/${b.course.slug}`;
  await c.submit(base, `${base}/enrol`, {});
  await c.submit(`${base}/lessons/${b.textId}`, `${base}/lessons/${b.textId}/done`, {});
  const quiz = `${base}/lessons/${b.quizId}`;
  const passed = await c.submit(quiz, `${quiz}/attempts`, {
    [`answers.${b.choiceId}`]: b.rightOption,
    [`answers.${b.shortId}`]: "Città Aperta",
  });
  if (passed.status !== 303) throw new Error(`the passing attempt answered ${passed.status}`);
}
