// Authoring: a network's coordinators and facilitators create and edit courses, their modules,
// lessons and quiz questions, and publish or unpublish a course. A quiz that has attempts keeps its
// answer key (409): changing it would regrade what learners already did (decision 0053). Edits to
// text show at once; a recorded completion is never undone by a new required lesson.
import { actorOf, type Caller, SYSTEM } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { conflict, invalid, notFound, parseOrInvalid } from "../../platform/errors.ts";
import { firstFreeSlug, newId } from "../../platform/ids.ts";
import { getPractice, loadPractice } from "../practices/index.ts";
import {
  courseSlugsStartingWith,
  curriculumBy,
  curriculumSlugsStartingWith,
  insertCourse,
  insertCurriculum,
  insertLesson,
  insertModule,
  modulesOf,
  setPrerequisites,
  updateCourseRow,
  updateLessonRow,
  updateModuleRow,
} from "./courses.repo.ts";
import { getCourse, loadCourse } from "./courses.service.ts";
import { can } from "./policy.ts";
import { hasAttempts, keyOf, lockQuiz, saveQuestion, upsertQuiz } from "./quiz.repo.ts";
import { checkReadingLink, dropReadingFile } from "./reading.service.ts";
import { CourseInput, CurriculumInput, LessonInput, ModuleInput, QuestionInput } from "./schema.ts";
import type { ContentLanguage, CourseVisibility } from "./tables.ts";
import type { Course, Lesson } from "./types.ts";

function mayAuthor(caller: Caller | null, networkId: string) {
  if (!can(caller, "author", { networkId })) throw notFound();
}

/** A curriculum from its form: checked, given a free slug from its title; its id. */
export async function addCurriculum(deps: Deps, caller: Caller, networkId: string, input: unknown) {
  mayAuthor(caller, networkId);
  const d = parseOrInvalid(CurriculumInput, input);
  const slug = await firstFreeSlug(d.title, "curriculum", (base) =>
    curriculumSlugsStartingWith(deps.db, base),
  );
  return createCurriculum(deps, caller, { ...d, networkId, slug });
}

/** A curriculum with its slug given (the demo's are known); `addCurriculum` for a form's. */
export async function createCurriculum(
  deps: Deps,
  caller: Caller,
  c: {
    networkId: string;
    slug: string;
    title: string;
    summary: string;
    language: ContentLanguage;
    visibility: CourseVisibility;
    published: boolean;
  },
) {
  mayAuthor(caller, c.networkId);
  const id = newId();
  const now = deps.clock.now();
  await insertCurriculum(deps.db, {
    id,
    slug: c.slug,
    network_id: c.networkId,
    title: c.title,
    summary: c.summary,
    language: c.language,
    visibility: c.visibility,
    status: c.published ? "published" : "draft",
    created_at: now,
    updated_at: now,
  });
  return id;
}

async function prerequisiteIdsFor(deps: Deps, networkId: string, refs: string[], self?: string) {
  const ids: string[] = [];
  for (const ref of refs) {
    const c = await loadCourse(deps, ref).catch(() => null);
    if (!c || c.networkId !== networkId || c.id === self)
      throw invalid([{ field: "prerequisites", message: "learning.errors.unknownCourse" }]);
    ids.push(c.id);
  }
  return ids;
}

async function checkCurriculum(deps: Deps, networkId: string, id: string | null) {
  if (!id) return;
  const c = await curriculumBy(deps.db, { id });
  if (!c || c.networkId !== networkId)
    throw invalid([{ field: "curriculumId", message: "learning.errors.curriculum" }]);
}

/** Creates a draft course in a network. */
export async function createCourse(
  deps: Deps,
  caller: Caller | null,
  networkId: string,
  input: unknown,
): Promise<Course> {
  mayAuthor(caller, networkId);
  const d = parseOrInvalid(CourseInput, input);
  await checkCurriculum(deps, networkId, d.curriculumId);
  const prerequisites = await prerequisiteIdsFor(deps, networkId, d.prerequisites);
  const id = newId();
  const now = deps.clock.now();
  const slug = await firstFreeSlug(d.title, "course", (base) => courseSlugsStartingWith(deps.db, base));
  await deps.db.transaction().execute(async (trx) => {
    await insertCourse(trx, {
      id,
      slug,
      network_id: networkId,
      curriculum_id: d.curriculumId,
      position: d.position,
      title: d.title,
      summary: d.summary,
      topic: d.topic,
      language: d.language,
      translation_of: d.translationOf,
      visibility: d.visibility,
      status: "draft",
      created_by: actorOf(caller)?.id ?? null,
      created_at: now,
      updated_at: now,
    });
    await setPrerequisites(trx, id, prerequisites);
  });
  return loadCourse(deps, id);
}

export async function updateCourse(
  deps: Deps,
  caller: Caller | null,
  course: Course,
  input: unknown,
): Promise<Course> {
  mayAuthor(caller, course.networkId);
  const d = parseOrInvalid(CourseInput, input);
  await checkCurriculum(deps, course.networkId, d.curriculumId);
  const prerequisites = await prerequisiteIdsFor(deps, course.networkId, d.prerequisites, course.id);
  await deps.db.transaction().execute(async (trx) => {
    await updateCourseRow(trx, course.id, {
      title: d.title,
      summary: d.summary,
      topic: d.topic,
      language: d.language,
      visibility: d.visibility,
      curriculum_id: d.curriculumId,
      position: d.position,
      translation_of: d.translationOf,
      updated_at: deps.clock.now(),
    });
    await setPrerequisites(trx, course.id, prerequisites);
  });
  return loadCourse(deps, course.id);
}

/** Publishes or unpublishes; unpublished courses leave the catalogue, learners keep their records. */
export async function setCourseStatus(deps: Deps, caller: Caller | null, course: Course, published: boolean) {
  mayAuthor(caller, course.networkId);
  await updateCourseRow(deps.db, course.id, {
    status: published ? "published" : "draft",
    updated_at: deps.clock.now(),
  });
}

/** Adds a module to the course, or renames/moves one of its modules (`moduleId`). */
export async function saveModule(
  deps: Deps,
  caller: Caller | null,
  course: Course,
  input: unknown,
  moduleId?: string,
) {
  mayAuthor(caller, course.networkId);
  const d = parseOrInvalid(ModuleInput, input);
  if (moduleId) {
    if (!(await modulesOf(deps.db, course.id)).some((m) => m.id === moduleId)) throw notFound();
    await updateModuleRow(deps.db, moduleId, { title: d.title, position: d.position });
    return moduleId;
  }
  const id = newId();
  await insertModule(deps.db, { id, course_id: course.id, title: d.title, position: d.position });
  return id;
}

async function practiceIdsFor(deps: Deps, caller: Caller, refs: string[]) {
  const ids: string[] = [];
  for (const ref of refs) {
    const p =
      caller === SYSTEM
        ? await loadPractice(deps, ref).catch(() => null)
        : await getPractice(deps, caller, ref).catch(() => null);
    if (!p) throw invalid([{ field: "practices", message: "learning.errors.unknownPractice" }]);
    ids.push(p.id);
  }
  return [...new Set(ids)];
}

/** Creates a lesson in a module of the course, or edits one (`lesson`); a quiz lesson keeps its settings row. */
export async function saveLesson(
  deps: Deps,
  caller: Caller | null,
  course: Course,
  input: unknown,
  lesson?: Lesson,
): Promise<string> {
  mayAuthor(caller, course.networkId);
  const d = parseOrInvalid(LessonInput, input);
  if (!(await modulesOf(deps.db, course.id)).some((m) => m.id === d.moduleId))
    throw invalid([{ field: "moduleId", message: "learning.errors.module" }]);
  if (lesson && lesson.kind !== d.kind && (lesson.kind === "quiz" || d.kind === "quiz"))
    throw invalid([{ field: "kind", message: "learning.errors.kindFixed" }]);
  if (d.kind === "reading") await checkReadingLink(deps, lesson, d.url);
  const practiceIds = d.kind === "practices" ? await practiceIdsFor(deps, caller!, d.practices) : [];
  const id = lesson?.id ?? newId();
  const row = {
    module_id: d.moduleId,
    position: d.position,
    kind: d.kind,
    title: d.title,
    body: d.body,
    url: d.kind === "reading" ? d.url : null,
    practice_ids: practiceIds,
    required: d.required,
    updated_at: deps.clock.now(),
  };
  await deps.db.transaction().execute(async (trx) => {
    if (lesson) await updateLessonRow(trx, id, row);
    else await insertLesson(trx, { ...row, id, course_id: course.id });
    if (d.kind === "quiz")
      await upsertQuiz(trx, { lessonId: id, passMark: d.passMark, maxAttempts: d.maxAttempts });
  });
  // A reading that becomes another kind has no use for its file.
  if (lesson?.kind === "reading" && d.kind !== "reading") await dropReadingFile(deps, id);
  return id;
}

/**
 * Adds a question to a quiz lesson, or replaces one (`questionId`). 409 once the quiz has attempts.
 */
export async function saveQuizQuestion(
  deps: Deps,
  caller: Caller | null,
  course: Course,
  lesson: Lesson,
  input: unknown,
  questionId?: string,
): Promise<string> {
  mayAuthor(caller, course.networkId);
  if (lesson.kind !== "quiz" || lesson.courseId !== course.id) throw notFound();
  const d = parseOrInvalid(QuestionInput, input);
  if (questionId && !(await keyOf(deps.db, lesson.id)).some((q) => q.id === questionId)) throw notFound();
  const id = questionId ?? newId();
  await deps.db.transaction().execute(async (trx) => {
    // Checked after locking the quiz row; an attempt takes it shared, so none slips in between.
    await lockQuiz(trx, lesson.id, "update");
    if (await hasAttempts(trx, lesson.id)) throw conflict("learning.errors.keyFrozen", "answer-key-frozen");
    await saveQuestion(trx, {
      id,
      quizId: lesson.id,
      position: d.position,
      kind: d.kind,
      prompt: d.prompt,
      feedbackRight: d.feedbackRight,
      feedbackWrong: d.feedbackWrong,
      acceptedAnswers: d.kind === "short" ? d.acceptedAnswers : [],
      options: d.kind === "short" ? [] : d.options.map((o) => ({ id: newId(), ...o })),
    });
  });
  return id;
}

export { getCourse };
