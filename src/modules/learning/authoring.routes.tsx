// Authoring pages of a network's coordinators and facilitators: create and edit a course, its
// modules, lessons and quiz questions; publish and unpublish. Mounted before the learners' pages
// (".../lessons/new" before ".../lessons/:id"). Refusals follow identity's rule: 403 for someone
// who can see the network's people, 404 for everyone else; a draft is a 404 to non-authors.
import { Hono } from "hono";
import { AppError } from "../../platform/errors.ts";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { authorize, requireActor, type With } from "../../platform/http/guards.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { emptyForm, type FormState } from "../../platform/ui/components.tsx";
import { networkById, networkOfSlug, networkRefusal } from "../identity/index.ts";
import { loadPractice } from "../practices/index.ts";
import {
  courseInput,
  courseValues,
  curriculumInput,
  lessonInput,
  lessonValues,
  type Posted,
  questionInput,
  questionValues,
  valuesOf,
} from "./authoring.forms.ts";
import { authoring } from "./authoring.guards.ts";
import {
  addCurriculum,
  createCourse,
  saveLesson,
  saveModule,
  saveQuizQuestion,
  setCourseStatus,
  updateCourse,
} from "./authoring.service.ts";
import { allCourses, curriculaOfNetwork, modulesOf, prerequisiteIds } from "./courses.repo.ts";
import { lessonOfCourse } from "./courses.service.ts";
import { can } from "./policy.ts";
import { duplicateQuiz } from "./quiz.duplicate.ts";
import { keyOf, quizOf } from "./quiz.repo.ts";
import type { Course } from "./types.ts";
import { curriculumFormPage } from "./views/curriculum-form.tsx";
import { courseFormPage, lessonFormPage, moduleFormPage } from "./views/forms.tsx";
import { questionFormPage } from "./views/question-form.tsx";
import "./messages.ts";

const body = async (c: Ctx) => (await c.req.parseBody({ all: true })) as Posted;

/** A service's 422 shown on the form it came from (field messages are catalogue keys). */
function withErrors(c: Ctx, values: Record<string, string>, err: unknown): FormState {
  if (!(err instanceof AppError) || (err.status !== 422 && err.status !== 409)) throw err;
  const t = c.get("t");
  const errors: Record<string, string> = {};
  for (const e of err.fieldErrors) errors[e.field] ??= t(e.message);
  if (err.status === 409) errors.form = t(err.message);
  return { values, errors };
}

const mayAuthorHere = authorize(
  can,
  "author",
  (c: With<{ network: { id: string } }>) => ({ networkId: c.get("network").id }),
  networkRefusal,
);

async function courseChoices(c: Ctx, networkId: string, self?: string) {
  const deps = c.get("deps");
  const [courses, curricula] = await Promise.all([
    allCourses(deps.db, { networkId }),
    curriculaOfNetwork(deps.db, networkId),
  ]);
  return { others: courses.filter((x) => x.id !== self), curricula };
}

export function authoringRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/networks/:slug/learning/new", requireActor(), networkOfSlug(), mayAuthorHere, async (c) => {
    const network = c.get("network");
    const choices = await courseChoices(c, network.id);
    // Opened from a new curriculum (`?curriculum=`): the course belongs to it unless changed.
    const chosen = choices.curricula.find((x) => x.id === c.req.query("curriculum"));
    const form = emptyForm({
      language: chosen?.language ?? c.get("lang"),
      visibility: chosen?.visibility ?? "network",
      position: "0",
      curriculumId: chosen?.id ?? "",
    });
    return courseFormPage(c, { network, ...choices, form });
  });

  r.get("/networks/:slug/learning/curricula/new", requireActor(), networkOfSlug(), mayAuthorHere, (c) =>
    curriculumFormPage(c, {
      network: c.get("network"),
      form: emptyForm({ language: c.get("lang"), visibility: "network" }),
    }),
  );

  r.post("/networks/:slug/learning/curricula", requireActor(), networkOfSlug(), mayAuthorHere, async (c) => {
    const network = c.get("network");
    const b = await body(c);
    try {
      const id = await addCurriculum(c.get("deps"), c.get("actor"), network.id, curriculumInput(b));
      return redirectWithFlash(c, `/networks/${network.slug}/learning/new?curriculum=${id}`, {
        kind: "success",
        key: "learning.curricula.created",
      });
    } catch (err) {
      return curriculumFormPage(c, { network, form: withErrors(c, valuesOf(b), err) }, 422);
    }
  });

  r.post("/networks/:slug/learning", requireActor(), networkOfSlug(), mayAuthorHere, async (c) => {
    const network = c.get("network");
    const b = await body(c);
    try {
      const course = await createCourse(c.get("deps"), c.get("actor"), network.id, courseInput(b));
      return redirectWithFlash(c, `/learning/courses/${course.slug}`, {
        kind: "success",
        key: "learning.author.created",
      });
    } catch (err) {
      const form = withErrors(c, valuesOf(b), err);
      return courseFormPage(c, { network, ...(await courseChoices(c, network.id)), form }, 422);
    }
  });

  r.get("/learning/courses/:slug/edit", ...authoring, async (c) => {
    const course = c.get("course");
    const deps = c.get("deps");
    const network = await networkById(deps, course.networkId);
    const form = emptyForm(courseValues(course, await prerequisiteIds(deps.db, course.id)));
    return courseFormPage(c, {
      network,
      course,
      ...(await courseChoices(c, course.networkId, course.id)),
      form,
    });
  });

  r.post("/learning/courses/:slug/edit", ...authoring, async (c) => {
    const course = c.get("course");
    const b = await body(c);
    try {
      const saved = await updateCourse(c.get("deps"), c.get("actor"), course, courseInput(b));
      return redirectWithFlash(c, `/learning/courses/${saved.slug}`, {
        kind: "success",
        key: "learning.author.saved",
      });
    } catch (err) {
      const network = await networkById(c.get("deps"), course.networkId);
      const form = withErrors(c, valuesOf(b), err);
      return courseFormPage(
        c,
        { network, course, ...(await courseChoices(c, course.networkId, course.id)), form },
        422,
      );
    }
  });

  for (const [path, published] of [
    ["publish", true],
    ["unpublish", false],
  ] as const)
    r.post(`/learning/courses/:slug/${path}`, ...authoring, async (c) => {
      const course = c.get("course");
      await setCourseStatus(c.get("deps"), c.get("actor"), course, published);
      const key = published ? "learning.author.published" : "learning.author.unpublished";
      return redirectWithFlash(c, `/learning/courses/${course.slug}`, { kind: "success", key });
    });

  r.get("/learning/courses/:slug/modules/new", ...authoring, async (c) => {
    const n = (await modulesOf(c.get("deps").db, c.get("course").id)).length;
    return moduleFormPage(c, { course: c.get("course"), form: emptyForm({ position: String(n + 1) }) });
  });

  r.post("/learning/courses/:slug/modules", ...authoring, async (c) => {
    const course = c.get("course");
    const b = await body(c);
    try {
      await saveModule(c.get("deps"), c.get("actor"), course, {
        title: String(b.title ?? ""),
        position: Number(b.position || 0),
      });
      return redirectWithFlash(c, `/learning/courses/${course.slug}`, {
        kind: "success",
        key: "learning.author.saved",
      });
    } catch (err) {
      return moduleFormPage(c, { course, form: withErrors(c, valuesOf(b), err) }, 422);
    }
  });

  const moduleOfPath = async (c: Ctx, course: Course) => {
    const m = (await modulesOf(c.get("deps").db, course.id)).find((x) => x.id === c.req.param("id"));
    if (!m) throw new AppError(404, "not-found", "Not found.");
    return m;
  };

  r.get("/learning/courses/:slug/modules/:id/edit", ...authoring, async (c) => {
    const course = c.get("course");
    const m = await moduleOfPath(c, course);
    return moduleFormPage(c, {
      course,
      module: m,
      form: emptyForm({ title: m.title, position: String(m.position) }),
    });
  });

  r.post("/learning/courses/:slug/modules/:id/edit", ...authoring, async (c) => {
    const course = c.get("course");
    const m = await moduleOfPath(c, course);
    const b = await body(c);
    try {
      await saveModule(
        c.get("deps"),
        c.get("actor"),
        course,
        { title: String(b.title ?? ""), position: Number(b.position || 0) },
        m.id,
      );
      return redirectWithFlash(c, `/learning/courses/${course.slug}`, {
        kind: "success",
        key: "learning.author.saved",
      });
    } catch (err) {
      return moduleFormPage(c, { course, module: m, form: withErrors(c, valuesOf(b), err) }, 422);
    }
  });

  r.get("/learning/courses/:slug/lessons/new", ...authoring, async (c) => {
    const course = c.get("course");
    const modules = await modulesOf(c.get("deps").db, course.id);
    const moduleId = c.req.query("module") ?? modules[0]?.id ?? "";
    const form = emptyForm({ moduleId, kind: "text", required: "on", position: "0", passMark: "70" });
    return lessonFormPage(c, { course, modules, form });
  });

  r.post("/learning/courses/:slug/lessons", ...authoring, async (c) => {
    const course = c.get("course");
    const b = await body(c);
    try {
      const id = await saveLesson(c.get("deps"), c.get("actor"), course, lessonInput(b));
      const to =
        b.kind === "quiz"
          ? `/learning/courses/${course.slug}/lessons/${id}/edit`
          : b.kind === "video"
            ? `/learning/courses/${course.slug}/lessons/${id}/video/edit`
            : // A reading without a link is one whose file comes next.
              b.kind === "reading" && !String(b.url ?? "").trim()
              ? `/learning/courses/${course.slug}/lessons/${id}/reading/edit`
              : `/learning/courses/${course.slug}/lessons/${id}`;
      return redirectWithFlash(c, to, { kind: "success", key: "learning.author.saved" });
    } catch (err) {
      const modules = await modulesOf(c.get("deps").db, course.id);
      return lessonFormPage(c, { course, modules, form: withErrors(c, valuesOf(b), err) }, 422);
    }
  });

  const lessonPath = async (c: With<{ course: Course }>) =>
    lessonOfCourse(c.get("deps"), c.get("course"), c.req.param("id") ?? "");
  const questionsOf = async (c: Ctx, lessonId: string) =>
    (await keyOf(c.get("deps").db, lessonId)).map((q) => ({ id: q.id, prompt: q.prompt }));

  r.get("/learning/courses/:slug/lessons/:id/edit", ...authoring, async (c) => {
    const deps = c.get("deps");
    const course = c.get("course");
    const lesson = await lessonPath(c);
    const slugs = [];
    for (const id of lesson.practiceIds)
      slugs.push((await loadPractice(deps, id).catch(() => null))?.slug ?? id);
    const form = emptyForm(lessonValues(lesson, await quizOf(deps.db, lesson.id), slugs));
    const modules = await modulesOf(deps.db, course.id);
    return lessonFormPage(c, {
      course,
      modules,
      lessonId: lesson.id,
      form,
      questions: await questionsOf(c, lesson.id),
    });
  });

  r.post("/learning/courses/:slug/lessons/:id/duplicate", ...authoring, async (c) => {
    const course = c.get("course");
    const id = await duplicateQuiz(c.get("deps"), c.get("actor"), course, await lessonPath(c));
    return redirectWithFlash(c, `/learning/courses/${course.slug}/lessons/${id}/edit`, {
      kind: "success",
      key: "learning.author.duplicated",
    });
  });

  r.post("/learning/courses/:slug/lessons/:id/edit", ...authoring, async (c) => {
    const course = c.get("course");
    const lesson = await lessonPath(c);
    const b = await body(c);
    try {
      await saveLesson(c.get("deps"), c.get("actor"), course, lessonInput(b), lesson);
      return redirectWithFlash(c, `/learning/courses/${course.slug}/lessons/${lesson.id}`, {
        kind: "success",
        key: "learning.author.saved",
      });
    } catch (err) {
      const modules = await modulesOf(c.get("deps").db, course.id);
      const form = withErrors(c, valuesOf(b), err);
      return lessonFormPage(
        c,
        { course, modules, lessonId: lesson.id, form, questions: await questionsOf(c, lesson.id) },
        422,
      );
    }
  });

  r.get("/learning/courses/:slug/lessons/:id/questions/new", ...authoring, async (c) => {
    const lesson = await lessonPath(c);
    if (lesson.kind !== "quiz") throw new AppError(404, "not-found", "Not found.");
    return questionFormPage(c, { course: c.get("course"), lesson, form: emptyForm({ kind: "single" }) });
  });

  r.post("/learning/courses/:slug/lessons/:id/questions", ...authoring, async (c) => {
    const course = c.get("course");
    const lesson = await lessonPath(c);
    const b = await body(c);
    try {
      const position = (await keyOf(c.get("deps").db, lesson.id)).length + 1;
      await saveQuizQuestion(c.get("deps"), c.get("actor"), course, lesson, {
        ...questionInput(b),
        position,
      });
      return redirectWithFlash(c, `/learning/courses/${course.slug}/lessons/${lesson.id}/edit#questions`, {
        kind: "success",
        key: "learning.author.saved",
      });
    } catch (err) {
      return questionFormPage(
        c,
        { course, lesson, form: withErrors(c, valuesOf(b), err) },
        err instanceof AppError && err.status === 409 ? 409 : 422,
      );
    }
  });

  const questionOfPath = async (c: Ctx, lessonId: string) => {
    const q = (await keyOf(c.get("deps").db, lessonId)).find((x) => x.id === c.req.param("qid"));
    if (!q) throw new AppError(404, "not-found", "Not found.");
    return q;
  };

  r.get("/learning/courses/:slug/lessons/:id/questions/:qid/edit", ...authoring, async (c) => {
    const lesson = await lessonPath(c);
    const q = await questionOfPath(c, lesson.id);
    return questionFormPage(c, {
      course: c.get("course"),
      lesson,
      questionId: q.id,
      form: emptyForm(questionValues(q)),
    });
  });

  r.post("/learning/courses/:slug/lessons/:id/questions/:qid/edit", ...authoring, async (c) => {
    const course = c.get("course");
    const lesson = await lessonPath(c);
    const q = await questionOfPath(c, lesson.id);
    const b = await body(c);
    const position = (await keyOf(c.get("deps").db, lesson.id)).findIndex((x) => x.id === q.id) + 1;
    try {
      await saveQuizQuestion(
        c.get("deps"),
        c.get("actor"),
        course,
        lesson,
        { ...questionInput(b), position },
        q.id,
      );
      return redirectWithFlash(c, `/learning/courses/${course.slug}/lessons/${lesson.id}/edit#questions`, {
        kind: "success",
        key: "learning.author.saved",
      });
    } catch (err) {
      const status = err instanceof AppError && err.status === 409 ? 409 : 422;
      return questionFormPage(
        c,
        { course, lesson, questionId: q.id, form: withErrors(c, valuesOf(b), err) },
        status,
      );
    }
  });

  return r;
}
