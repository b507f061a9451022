// Writes of the learning module. Authoring (a course, its modules, lessons and quiz questions,
// publishing) is for the owning network's coordinators and facilitators and platform admins; other
// people of the network get 403, outsiders 404. Studying a public course (enrolling, marking a lesson
// done, a quiz attempt) is open to anyone signed in; lessons and attempts need the enrolment, which
// `fresh` makes for each role first. The API answers 401 without a token. Resetting a learner's
// attempts (decision 0060) is for the course's authors (and the cohort's facilitators, none here):
// `fresh` gives each role a new learner of the cohort who has tried the quiz once.
import { loadActor } from "../../src/modules/identity/index.ts";
import { createCohort, enrol, quizContext, submitAttempt } from "../../src/modules/learning/index.ts";
import { SYSTEM } from "../../src/platform/auth/index.ts";
import { newId } from "../../src/platform/ids.ts";
import { buildAccount } from "../helpers/factories.ts";
import { buildLab, buildMeeting } from "../helpers/labs.ts";
import { buildCourse } from "../helpers/learning.ts";
import { buildReadingLesson } from "../helpers/learning-reading.ts";
import { buildVideoLesson } from "../helpers/learning-video.ts";
import type { MatrixWorld, Statuses, Who, WriteRow } from "../helpers/matrix.ts";
import type { TestRuntime } from "../helpers/runtime.ts";
import { unique } from "./unique.ts";

//                                          anon admin coord facil comm   pa  memb oCoor oMemb guest labP
const AUTHOR: Statuses = /*               */ [303, 303, 303, 303, 403, 403, 403, 404, 404, 303, 404];
const STUDY: Statuses = /*                */ [303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303];
const STUDY_API = (s: number): Statuses => [401, s, s, s, s, s, s, s, s, 401, s];

export async function learningWrites(w: MatrixWorld): Promise<WriteRow[]> {
  const t = w.t;
  const netId = w.f.netId!;
  const main = await buildCourse(t, netId, { maxAttempts: null, title: "Corso della matrice" });
  const toggled = await buildCourse(t, netId, { title: "Corso da pubblicare" });
  const apiCourse = await buildCourse(t, netId, { maxAttempts: null, title: "Corso per l'API" });
  const moduleId = (
    await t.deps.pool.query("select id from learning_modules where course_id = $1", [main.course.id])
  ).rows[0].id as string;
  const c = `/learning/courses/${main.course.slug}`;
  const q = `${c}/lessons/${main.quizId}`;
  /** Enrols the role's account (signed-out roles have none) in `course`. */
  const enrolled = (course: typeof main.course) => async (tt: TestRuntime, _f: unknown, who: Who) => {
    if (who.accountId) await enrol(tt.deps, (await loadActor(tt.deps, who.accountId))!, course);
    return {};
  };
  const lessonForm = (title: string) => ({
    moduleId,
    kind: "text",
    title,
    body: "Testo.",
    position: "3",
    passMark: "70",
    maxAttempts: "",
  });
  const questionForm = {
    kind: "single",
    prompt: "Una domanda della matrice?",
    "options.0.label": "Sì",
    "options.0.correct": "on",
    "options.1.label": "No",
  };
  const answers = {
    [`answers.${main.choiceId}`]: main.rightOption,
    [`answers.${main.shortId}`]: "città aperta",
  };
  const video = `${c}/lessons/${await buildVideoLesson(t, main.course, moduleId)}`;
  const reading = `${c}/lessons/${await buildReadingLesson(t, main.course, moduleId)}`;
  const cohortLab = await buildLab(t, netId);
  const cohort = await createCohort(t.deps, SYSTEM, main.course, {
    title: "Edizione della matrice",
    startsOn: "2026-01-01",
    endsOn: "2026-12-31",
    capacity: 50,
    labId: cohortLab.id,
    facilitators: [],
  });
  const cohortMeeting = await buildMeeting(t, cohortLab);
  // A quiz with a limit, its cohort, and per role a learner of the cohort who has tried it once.
  const limited = await buildCourse(t, netId, { maxAttempts: 3, title: "Corso dei tentativi" });
  const limitedCohort = await createCohort(t.deps, SYSTEM, limited.course, {
    title: "Edizione dei tentativi",
    startsOn: "2026-01-01",
    endsOn: "2026-12-31",
    capacity: 50,
    labId: cohortLab.id,
    facilitators: [],
  });
  const triedOnce = async (tt: TestRuntime) => {
    const learner = await buildAccount(tt);
    await tt.deps.pool.query(
      `insert into learning_enrolments (id, course_id, account_id, cohort_id, enrolled_at)
       values ($1, $2, $3, $4, now())`,
      [newId(), limited.course.id, learner.id, limitedCohort.id],
    );
    const actor = (await loadActor(tt.deps, learner.id))!;
    await submitAttempt(tt.deps, actor, await quizContext(tt.deps, actor, limited.quizId), {
      [limited.choiceId]: [limited.wrongOption],
      [limited.shortId]: "no",
    });
    return { learnerId: learner.id };
  };
  return [
    {
      route: "POST /learning/cohorts/:id/learners/:learnerId/quizzes/:quizId/reset",
      send: (f) => ({
        path: `/learning/cohorts/${limitedCohort.id}/learners/${f.learnerId}/quizzes/${limited.quizId}/reset`,
        form: { reason: "Matrice" },
      }),
      fresh: triedOnce,
      expect: AUTHOR,
    },
    {
      route: "POST /api/v1/quizzes/:id/attempts/resets",
      send: (f) => ({
        path: `/api/v1/quizzes/${limited.quizId}/attempts/resets`,
        json: { learnerId: f.learnerId },
      }),
      fresh: triedOnce,
      expect: [401, 204, 204, 204, 403, 403, 403, 404, 404, 401, 404],
    },
    {
      // A URL elsewhere (the form streams; sent without a file it is read as usual).
      route: "POST /learning/courses/:slug/lessons/:id/video",
      send: () => ({
        path: `${video}/video`,
        form: { url: "https://peertube.example.org/v.mp4", consent: "on", consentBy: "Nessuno" },
      }),
      expect: AUTHOR,
    },
    {
      // Authors get past the guards to the form's own refusal (no file): 422.
      route: "POST /learning/courses/:slug/lessons/:id/captions",
      send: () => ({ path: `${video}/captions`, form: { language: "de" } }),
      expect: [303, 422, 422, 422, 403, 403, 403, 404, 404, 303, 404],
    },
    {
      route: "POST /learning/courses/:slug/lessons/:id/captions/:lang/delete",
      send: () => ({ path: `${video}/captions/fi/delete`, form: {} }),
      expect: AUTHOR,
    },
    {
      // Authors get past the guards to the form's own refusal (no file): 422.
      route: "POST /learning/courses/:slug/lessons/:id/reading",
      send: () => ({ path: `${reading}/reading`, form: {} }),
      expect: [303, 422, 422, 422, 403, 403, 403, 404, 404, 303, 404],
    },
    {
      route: "POST /learning/courses/:slug/lessons/:id/reading/delete",
      send: () => ({ path: `${reading}/reading/delete`, form: {} }),
      expect: AUTHOR,
    },
    {
      // Each signed-in person saves their own position (the course is public).
      route: "POST /learning/courses/:slug/lessons/:id/position",
      send: () => ({ path: `${video}/position`, form: { seconds: "12.5" } }),
      expect: [303, 204, 204, 204, 204, 204, 204, 204, 204, 303, 204],
    },
    {
      route: "POST /learning/cohorts/:id/sessions",
      send: () => ({
        path: `/learning/cohorts/${cohort.id}/sessions`,
        form: { meetingId: cohortMeeting.id, moduleId, title: "" },
      }),
      expect: AUTHOR,
    },
    {
      route: "POST /learning/courses/:slug/cohorts",
      send: () => ({
        path: `${c}/cohorts`,
        form: {
          title: `Edizione ${unique()}`,
          startsOn: "2026-02-01",
          endsOn: "2026-03-01",
          capacity: "20",
          labId: cohortLab.id,
        },
      }),
      expect: AUTHOR,
    },
    {
      // Joining answers with the cohort's page (200), its places and registrations named there.
      route: "POST /learning/cohorts/:id/join",
      send: () => ({ path: `/learning/cohorts/${cohort.id}/join`, form: {} }),
      expect: [303, 200, 200, 200, 200, 200, 200, 200, 200, 303, 200],
    },
    {
      // Leaving (the cohort or its waiting list) goes back to the cohort's page, whatever there was to leave.
      route: "POST /learning/cohorts/:id/leave",
      send: () => ({ path: `/learning/cohorts/${cohort.id}/leave`, form: {} }),
      expect: STUDY,
    },
    {
      route: "POST /networks/:slug/learning",
      send: (f) => ({
        path: `/networks/${f.netSlug}/learning`,
        form: { title: `Corso ${unique()}`, language: "it", visibility: "network", position: "0" },
      }),
      expect: AUTHOR,
    },
    {
      route: "POST /networks/:slug/learning/curricula",
      send: (f) => ({
        path: `/networks/${f.netSlug}/learning/curricula`,
        form: { title: `Percorso ${unique()}`, language: "it", visibility: "network" },
      }),
      expect: AUTHOR,
    },
    {
      route: "POST /learning/courses/:slug/edit",
      send: () => ({
        path: `${c}/edit`,
        form: { title: "Corso della matrice", language: "it", visibility: "public", position: "0" },
      }),
      expect: AUTHOR,
    },
    {
      // Once the admin has unpublished it, the course is a draft: non-authors of the network no
      // longer see it (404 rather than 403).
      route: "POST /learning/courses/:slug/unpublish",
      send: () => ({ path: `/learning/courses/${toggled.course.slug}/unpublish`, form: {} }),
      expect: [303, 303, 303, 303, 404, 404, 404, 404, 404, 303, 404],
    },
    {
      // Published again by the admin first: the network's non-authors see it and get 403.
      route: "POST /learning/courses/:slug/publish",
      send: () => ({ path: `/learning/courses/${toggled.course.slug}/publish`, form: {} }),
      expect: AUTHOR,
    },
    {
      route: "POST /learning/courses/:slug/modules",
      send: () => ({ path: `${c}/modules`, form: { title: "Modulo", position: "9" } }),
      expect: AUTHOR,
    },
    {
      route: "POST /learning/courses/:slug/modules/:id/edit",
      send: () => ({ path: `${c}/modules/${moduleId}/edit`, form: { title: "Primo modulo", position: "1" } }),
      expect: AUTHOR,
    },
    {
      route: "POST /learning/courses/:slug/lessons",
      send: () => ({ path: `${c}/lessons`, form: lessonForm("Nuova lezione") }),
      expect: AUTHOR,
    },
    {
      route: "POST /learning/courses/:slug/lessons/:id/duplicate",
      send: () => ({ path: `${q}/duplicate`, form: {} }),
      expect: AUTHOR,
    },
    {
      route: "POST /learning/courses/:slug/lessons/:id/edit",
      send: () => ({
        path: `${c}/lessons/${main.textId}/edit`,
        form: { ...lessonForm("Una lezione di testo"), position: "1", required: "on" },
      }),
      expect: AUTHOR,
    },
    {
      route: "POST /learning/courses/:slug/lessons/:id/questions",
      // A quiz of its own for each role: the main quiz gets attempts below, which freeze its key.
      send: (f) => ({
        path: `/learning/courses/${f.qSlug}/lessons/${f.qQuiz}/questions`,
        form: questionForm,
      }),
      fresh: async (tt) => {
        const b = await buildCourse(tt, netId);
        return { qSlug: b.course.slug, qQuiz: b.quizId, qId: b.choiceId };
      },
      expect: AUTHOR,
    },
    {
      route: "POST /learning/courses/:slug/lessons/:id/questions/:qid/edit",
      send: (f) => ({
        path: `/learning/courses/${f.qSlug}/lessons/${f.qQuiz}/questions/${f.qId}/edit`,
        form: questionForm,
      }),
      fresh: async (tt) => {
        const b = await buildCourse(tt, netId);
        return { qSlug: b.course.slug, qQuiz: b.quizId, qId: b.choiceId };
      },
      expect: AUTHOR,
    },
    {
      route: "POST /learning/courses/:slug/enrol",
      send: () => ({ path: `${c}/enrol`, form: {} }),
      expect: STUDY,
    },
    {
      route: "POST /learning/courses/:slug/lessons/:id/done",
      send: () => ({ path: `${c}/lessons/${main.textId}/done`, form: {} }),
      fresh: enrolled(main.course),
      expect: STUDY,
    },
    {
      route: "POST /learning/courses/:slug/lessons/:id/attempts",
      send: () => ({ path: `${q}/attempts`, form: answers }),
      fresh: enrolled(main.course),
      expect: STUDY,
    },
    {
      route: "POST /api/v1/courses/:id/enrolments",
      send: () => ({ path: `/api/v1/courses/${apiCourse.course.id}/enrolments`, json: {} }),
      expect: STUDY_API(201),
    },
    {
      route: "POST /api/v1/quizzes/:id/attempts",
      send: () => ({
        path: `/api/v1/quizzes/${apiCourse.quizId}/attempts`,
        json: {
          answers: { [apiCourse.choiceId]: [apiCourse.rightOption], [apiCourse.shortId]: "Città aperta" },
        },
      }),
      fresh: enrolled(apiCourse.course),
      expect: STUDY_API(201),
    },
  ];
}
