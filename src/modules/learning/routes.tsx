// Learners' pages: the catalogue, a course (enrol, continue), a lesson (mark as done), a quiz
// (submit, then its feedback on the attempt's page) and /learning/me. Thin handlers: load →
// authorise → one service call → render. Whatever a viewer may not see is a 404.
import { Hono } from "hono";
import { AppError } from "../../platform/errors.ts";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { requireActor } from "../../platform/http/guards.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { listNetworks, networkById } from "../identity/index.ts";
import {
  COURSE_FORMATS,
  curriculumOfCourse,
  facetsOf,
  getCourse,
  lessonOfCourse,
  listCourses,
  outlineOf,
  prerequisitesOf,
} from "./courses.service.ts";
import { lessonView } from "./lesson.read.ts";
import { myLearning } from "./me.read.ts";
import { can } from "./policy.ts";
import {
  continueAt,
  enrol,
  lessonOpened,
  MissingPrerequisite,
  markLessonDone,
  progressIn,
} from "./progress.service.ts";
import { attemptOfActor, publicQuestions, quizContext, submitAttempt } from "./quiz.service.ts";
import type { Answers } from "./tables.ts";
import type { Course } from "./types.ts";
import { cataloguePage } from "./views/catalogue.tsx";
import { cohortsSection } from "./views/cohort.tsx";
import { coursePage } from "./views/course.tsx";
import { lessonPage } from "./views/lesson.tsx";
import { myLearningPage } from "./views/me.tsx";
import { answerField } from "./views/quiz.tsx";
import "./messages.ts";

const courseOf = (c: Ctx) => getCourse(c.get("deps"), c.get("actor"), c.req.param("slug") ?? "");

async function showCourse(c: Ctx, course: Course, o: { error?: string; status?: 200 | 409 } = {}) {
  const deps = c.get("deps");
  const actor = c.get("actor");
  const [outline, network, curriculum, prerequisites, siblings] = await Promise.all([
    outlineOf(deps, course),
    networkById(deps, course.networkId),
    curriculumOfCourse(deps, course),
    prerequisitesOf(deps, course),
    listCourses(deps, actor, { networkId: course.networkId }),
  ]);
  const original = course.translationOf ?? course.id;
  const translations = siblings.filter(
    (x) => x.id !== course.id && (x.id === original || x.translationOf === original),
  );
  return coursePage(
    c,
    {
      outline,
      network,
      curriculum,
      prerequisites,
      translations,
      progress: actor ? await progressIn(deps, actor.id, course) : null,
      canStudy: can(actor, "study", course),
      canAuthor: can(actor, "author", course),
      error: o.error,
      cohorts: await cohortsSection(c, course),
    },
    o.status,
  );
}

/** The posted answers: choice questions as lists of option ids, short answers as text. */
async function readAnswers(c: Ctx, questions: { id: string; kind: string }[]) {
  const body = await c.req.parseBody({ all: true });
  const answers: Answers = {};
  const values: Record<string, string> = {};
  for (const q of questions) {
    const raw = body[answerField(q.id)];
    const list = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
      (v): v is string => typeof v === "string",
    );
    if (q.kind === "short") answers[q.id] = list[0] ?? "";
    else answers[q.id] = list;
    values[answerField(q.id)] = list.join(",");
  }
  return { answers, values };
}

export function learningRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/learning", async (c) => {
    const deps = c.get("deps");
    const actor = c.get("actor");
    const networks = await listNetworks(deps);
    const byId = new Map(networks.map((n) => [n.id, { id: n.id, slug: n.slug, name: n.name }]));
    const q = c.req.query();
    const net = networks.find((n) => n.slug === q.network || n.id === q.network);
    const visible = await listCourses(deps, actor);
    const courses =
      q.network && !net
        ? []
        : await listCourses(deps, actor, {
            networkId: net?.id,
            language: q.language || undefined,
            topic: q.topic || undefined,
            format: COURSE_FORMATS.find((x) => x === q.format),
          });
    return cataloguePage(c, {
      courses,
      networks: byId,
      facets: facetsOf(visible),
      filter: { network: q.network, language: q.language, topic: q.topic, format: q.format },
      canAddIn: actor ? [...byId.values()].filter((n) => can(actor, "author", { networkId: n.id })) : [],
      signedIn: Boolean(actor),
    });
  });

  r.get("/learning/me", requireActor(), async (c) =>
    myLearningPage(c, await myLearning(c.get("deps"), c.get("actor"))),
  );

  r.get("/learning/courses/:slug", async (c) => showCourse(c, await courseOf(c)));

  r.post("/learning/courses/:slug/enrol", requireActor(), async (c) => {
    const course = await courseOf(c);
    try {
      await enrol(c.get("deps"), c.get("actor"), course);
    } catch (err) {
      if (!(err instanceof MissingPrerequisite)) throw err;
      const t = c.get("t");
      return showCourse(c, course, {
        status: 409,
        error: t("learning.errors.prerequisite", { courses: err.missing.map((m) => m.title).join(", ") }),
      });
    }
    return redirectWithFlash(c, `/learning/courses/${course.slug}/continue`, {
      kind: "success",
      key: "learning.enrolled",
    });
  });

  r.get("/learning/courses/:slug/continue", requireActor(), async (c) => {
    const course = await courseOf(c);
    const at = await continueAt(c.get("deps"), c.get("actor").id, course);
    return c.redirect(
      at ? `/learning/courses/${course.slug}/lessons/${at}` : `/learning/courses/${course.slug}`,
      303,
    );
  });

  r.get("/learning/courses/:slug/lessons/:id", async (c) => {
    const deps = c.get("deps");
    const actor = c.get("actor");
    const course = await courseOf(c);
    const lesson = await lessonOfCourse(deps, course, c.req.param("id"));
    if (actor) await lessonOpened(deps, actor.id, lesson);
    return lessonPage(c, await lessonView(deps, actor, course, lesson));
  });

  r.post("/learning/courses/:slug/lessons/:id/done", requireActor(), async (c) => {
    const deps = c.get("deps");
    const course = await courseOf(c);
    const lesson = await lessonOfCourse(deps, course, c.req.param("id"));
    const { completed } = await markLessonDone(deps, c.get("actor"), course, lesson);
    const view = await lessonView(deps, c.get("actor"), course, lesson);
    const to =
      completed || !view.next
        ? `/learning/courses/${course.slug}`
        : `/learning/courses/${course.slug}/lessons/${view.next.id}`;
    return redirectWithFlash(c, to, {
      kind: "success",
      key: completed ? "learning.courseCompleted" : "learning.lessonDone",
    });
  });

  r.post("/learning/courses/:slug/lessons/:id/attempts", requireActor(), async (c) => {
    const deps = c.get("deps");
    const actor = c.get("actor");
    const course = await courseOf(c);
    const lesson = await lessonOfCourse(deps, course, c.req.param("id"));
    const ctx = await quizContext(deps, actor, lesson.id);
    const { answers, values } = await readAnswers(c, await publicQuestions(deps, ctx.quiz));
    try {
      const a = await submitAttempt(deps, actor, ctx, answers);
      return c.redirect(
        `/learning/courses/${course.slug}/lessons/${lesson.id}/attempts/${a.n}#attempt-result`,
        303,
      );
    } catch (err) {
      if (!(err instanceof AppError) || err.status !== 422) throw err;
      const t = c.get("t");
      const errors: Record<string, string> = {};
      for (const e of err.fieldErrors) errors[e.field] ??= t(e.message);
      return lessonPage(c, await lessonView(deps, actor, course, lesson, { form: { values, errors } }), 422);
    }
  });

  r.get("/learning/courses/:slug/lessons/:id/attempts/:n", requireActor(), async (c) => {
    const deps = c.get("deps");
    const actor = c.get("actor");
    const course = await courseOf(c);
    const lesson = await lessonOfCourse(deps, course, c.req.param("id"));
    const ctx = await quizContext(deps, actor, lesson.id);
    const attempt = await attemptOfActor(deps, actor, ctx.quiz, Number(c.req.param("n")));
    return lessonPage(c, await lessonView(deps, actor, course, lesson, { attempt }));
  });

  return r;
}
