// /api/v1 routes of learning: the catalogue, one course with its outline (quiz questions without
// their key), enrolling, one's enrolments, and quiz attempts graded on the server — readable back by
// their owner only (someone else's attempt is a 404) — and reset by a facilitator (decision 0060).
import { createRoute } from "@hono/zod-openapi";
import type { Deps } from "../../platform/deps.ts";
import { conflict } from "../../platform/errors.ts";
import {
  jsonResponse,
  ListQuery,
  listEnvelope,
  type newApi,
  problemResponse,
  problemResponses,
  requireActor,
  z,
} from "../../platform/http/api.ts";
import { networkByIdOrSlug } from "../identity/index.ts";
import {
  AttemptJson,
  AttemptRequest,
  AttemptResetRequest,
  CourseDetailJson,
  CourseJson,
  EnrolmentJson,
} from "./api.schemas.ts";
import { resetAttempts } from "./attempts.reset.ts";
import { getCourse, listCourses, outlineOf, prerequisitesOf } from "./courses.service.ts";
import { redact } from "./grading.ts";
import { myLearning } from "./me.read.ts";
import { enrol, progressIn } from "./progress.service.ts";
import { quizOf } from "./quiz.repo.ts";
import {
  type Attempt,
  attemptOfActor,
  attemptsLeft,
  publicQuestions,
  quizContext,
  submitAttempt,
} from "./quiz.service.ts";
import { readingFileOf } from "./reading.service.ts";
import type { Course } from "./types.ts";

const idParam = z.object({ id: z.string().openapi({ param: { name: "id", in: "path" } }) });
const attemptParams = idParam.extend({
  n: z.coerce
    .number()
    .int()
    .min(1)
    .openapi({ param: { name: "n", in: "path" } }),
});

const routes = {
  list: createRoute({
    method: "get",
    path: "/courses",
    summary: "Published courses the caller may see",
    request: {
      query: ListQuery.extend({
        network: z.string().optional().openapi({ description: "A network's id or slug" }),
        language: z.string().max(10).optional(),
        topic: z.string().max(100).optional(),
      }).strict(),
    },
    responses: {
      200: jsonResponse(listEnvelope(CourseJson, "CourseList"), "A page of courses"),
      ...problemResponses,
    },
  }),
  one: createRoute({
    method: "get",
    path: "/courses/{id}",
    summary: "One course with its modules and lessons (quiz questions without their answer key)",
    request: { params: idParam },
    responses: { 200: jsonResponse(CourseDetailJson, "The course"), ...problemResponses },
  }),
  enrol: createRoute({
    method: "post",
    path: "/courses/{id}/enrolments",
    summary: "Enrol the caller in the course (self-paced)",
    request: { params: idParam },
    responses: {
      201: jsonResponse(EnrolmentJson, "Enrolled; Location is the enrolment"),
      ...problemResponses,
      409: problemResponse("Already enrolled, or a prerequisite course is not completed (named in `detail`)"),
    },
  }),
  mine: createRoute({
    method: "get",
    path: "/me/enrolments",
    summary: "The caller's enrolments with their progress",
    request: { query: ListQuery.strict() },
    responses: {
      200: jsonResponse(listEnvelope(EnrolmentJson, "EnrolmentList"), "A page of enrolments"),
      ...problemResponses,
    },
  }),
  attempt: createRoute({
    method: "post",
    path: "/quizzes/{id}/attempts",
    summary: "Submit answers to a quiz: graded on the server",
    request: {
      params: idParam,
      body: { required: true, content: { "application/json": { schema: AttemptRequest } } },
    },
    responses: {
      201: jsonResponse(AttemptJson, "Graded; Location is the attempt"),
      ...problemResponses,
      409: problemResponse("Not enrolled, or no attempts left"),
    },
  }),
  reset: createRoute({
    method: "post",
    path: "/quizzes/{id}/attempts/resets",
    summary:
      "Reset a learner's attempts at a quiz (the course's authors, the facilitators of the learner's cohort)",
    description:
      "The learner's attempts stay on record (and in their history) but no longer count: they have the full " +
      "attempt limit again, and are notified. A recorded pass is never undone. Decision 0060.",
    request: {
      params: idParam,
      body: { required: true, content: { "application/json": { schema: AttemptResetRequest } } },
    },
    responses: {
      204: { description: "Reset; the learner is told" },
      ...problemResponses,
      409: problemResponse(
        "The quiz is already passed (`quiz-passed`), has no attempt limit (`attempts-unlimited`), or the learner has no attempt to reset (`nothing-to-reset`)",
      ),
    },
  }),
  attemptOne: createRoute({
    method: "get",
    path: "/quizzes/{id}/attempts/{n}",
    summary: "One of the caller's attempts with its feedback",
    request: { params: attemptParams },
    responses: { 200: jsonResponse(AttemptJson, "The attempt"), ...problemResponses },
  }),
};

export function registerLearningApiRoutes(api: ReturnType<typeof newApi>, deps: Deps) {
  const base = deps.config.baseUrl;
  const courseJson = (c: Course) => ({
    id: c.id,
    slug: c.slug,
    url: `${base}/learning/courses/${c.slug}`,
    networkId: c.networkId,
    curriculumId: c.curriculumId,
    title: c.title,
    summary: c.summary,
    topic: c.topic,
    language: c.language,
    translationOf: c.translationOf,
    visibility: c.visibility,
    status: c.status,
    updatedAt: c.updatedAt.toISOString(),
  });
  const attemptJson = (a: Attempt, reveal: boolean) => ({
    id: a.id,
    n: a.n,
    score: a.score,
    passed: a.passed,
    submittedAt: a.submittedAt.toISOString(),
    feedback: redact(a.feedback, reveal),
  });
  /** Whether an attempt's full key may be shown: passed, or no attempt left. */
  const reveals = async (
    accountId: string,
    quiz: { lessonId: string; maxAttempts: number | null; passMark: number },
    passed: boolean,
  ) => passed || (await attemptsLeft(deps, accountId, quiz)).left === 0;

  api.openapi(routes.list, async (c) => {
    const q = c.req.valid("query");
    const network = q.network ? await networkByIdOrSlug(deps, q.network) : undefined;
    const all =
      q.network && !network
        ? []
        : await listCourses(deps, c.get("actor"), {
            networkId: network?.id,
            language: q.language,
            topic: q.topic,
          });
    const items = all.slice((q.page - 1) * q.limit, q.page * q.limit).map(courseJson);
    return c.json({ items, total: all.length, page: q.page, limit: q.limit }, 200);
  });

  api.openapi(routes.one, async (c) => {
    const course = await getCourse(deps, c.get("actor"), c.req.valid("param").id);
    const [outline, prerequisites] = await Promise.all([
      outlineOf(deps, course),
      prerequisitesOf(deps, course),
    ]);
    const modules = [];
    for (const m of outline.modules) {
      const lessons = [];
      for (const l of m.lessons) {
        const quiz = l.kind === "quiz" ? await quizOf(deps.db, l.id) : undefined;
        const file = l.kind === "reading" ? await readingFileOf(deps, l.id) : null;
        lessons.push({
          id: l.id,
          kind: l.kind,
          title: l.title,
          required: l.required,
          body: l.body,
          url: l.url,
          file: file && {
            name: file.fileName,
            contentType: file.contentType,
            size: file.size,
            url: `${base}/learning/courses/${course.slug}/lessons/${l.id}/reading`,
          },
          practiceIds: l.practiceIds,
          quiz: quiz
            ? {
                id: l.id,
                passMark: quiz.passMark,
                maxAttempts: quiz.maxAttempts,
                questions: await publicQuestions(deps, quiz),
              }
            : null,
        });
      }
      modules.push({ id: m.id, title: m.title, lessons });
    }
    return c.json({ ...courseJson(course), prerequisiteIds: prerequisites.map((p) => p.id), modules }, 200);
  });

  api.openapi(routes.enrol, async (c) => {
    const actor = requireActor(c.get("actor"));
    const course = await getCourse(deps, actor, c.req.valid("param").id);
    const { enrolment, created } = await enrol(deps, actor, course);
    if (!created) throw conflict("You are already enrolled in this course.", "already-enrolled");
    const p = await progressIn(deps, actor.id, course);
    c.header("Location", `${base}/api/v1/me/enrolments?course=${course.id}`);
    return c.json(
      {
        id: enrolment.id,
        courseId: course.id,
        courseUrl: `${base}/learning/courses/${course.slug}`,
        enrolledAt: enrolment.enrolledAt.toISOString(),
        completedAt: null,
        requiredLessons: p.requiredCount,
        requiredDone: p.requiredDone,
      },
      201,
    );
  });

  api.openapi(routes.mine, async (c) => {
    const actor = requireActor(c.get("actor"));
    const q = c.req.valid("query");
    const mine = await myLearning(deps, actor);
    const all = [...mine.inProgress, ...mine.completed].sort(
      (a, b) => b.enrolment.enrolledAt.getTime() - a.enrolment.enrolledAt.getTime(),
    );
    const items = all.slice((q.page - 1) * q.limit, q.page * q.limit).map((i) => ({
      id: i.enrolment.id,
      courseId: i.course.id,
      courseUrl: `${base}/learning/courses/${i.course.slug}`,
      enrolledAt: i.enrolment.enrolledAt.toISOString(),
      completedAt: i.enrolment.completedAt?.toISOString() ?? null,
      requiredLessons: i.total,
      requiredDone: i.done,
    }));
    return c.json({ items, total: all.length, page: q.page, limit: q.limit }, 200);
  });

  api.openapi(routes.attempt, async (c) => {
    const actor = requireActor(c.get("actor"));
    const ctx = await quizContext(deps, actor, c.req.valid("param").id);
    const a = await submitAttempt(deps, actor, ctx, c.req.valid("json").answers);
    c.header("Location", `${base}/api/v1/quizzes/${ctx.lesson.id}/attempts/${a.n}`);
    const passedEver = (await progressIn(deps, actor.id, ctx.course)).passed.has(ctx.lesson.id);
    return c.json(attemptJson(a, await reveals(actor.id, ctx.quiz, passedEver)), 201);
  });

  api.openapi(routes.reset, async (c) => {
    const actor = requireActor(c.get("actor"));
    const ctx = await quizContext(deps, actor, c.req.valid("param").id);
    const { learnerId, reason } = c.req.valid("json");
    await resetAttempts(deps, actor, ctx, learnerId, reason ?? "");
    return c.body(null, 204);
  });

  api.openapi(routes.attemptOne, async (c) => {
    const actor = requireActor(c.get("actor"));
    const { id, n } = c.req.valid("param");
    const ctx = await quizContext(deps, actor, id);
    const a = await attemptOfActor(deps, actor, ctx.quiz, n);
    const passedEver = (await progressIn(deps, actor.id, ctx.course)).passed.has(ctx.lesson.id);
    return c.json(attemptJson(a, await reveals(actor.id, ctx.quiz, passedEver)), 200);
  });
}
