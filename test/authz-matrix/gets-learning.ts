// GET rows of the authorisation matrix (test/authz-matrix.test.ts): learning: catalogue, courses, lessons, quizzes, authoring and its API.
// Statuses in the order of ROLES there: anonymous, member, facilitator, communicator, coordinator,
// other network's coordinator, admin. 303 = sent to sign in; 403 = may see it but not do it;
// 404 = not visible (or does not exist).
import type { Fixtures, GetRow } from "./get-row.ts";

//                                                               anon  memb  faci  comm  coord other admin
export const learningGets: GetRow[] = [
  // Learning: the fixture course is visible to the network's members; authoring is for its
  // coordinators and facilitators (others in the network 403, outsiders 404).
  { route: "/learning", url: () => "/learning", expect: [200, 200, 200, 200, 200, 200, 200] },
  { route: "/learning/me", url: () => "/learning/me", expect: [303, 200, 200, 200, 200, 200, 200] },
  {
    route: "/learning/courses/:slug",
    url: (f) => `/learning/courses/${f.courseSlug}`,
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
  {
    route: "/learning/courses/:slug/continue",
    url: (f) => `/learning/courses/${f.courseSlug}/continue`,
    expect: [303, 303, 303, 303, 303, 404, 303],
  },
  {
    route: "/learning/courses/:slug/lessons/:id",
    url: (f) => `/learning/courses/${f.courseSlug}/lessons/${f.courseQuizId}`,
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
  {
    // Nobody of the roles has an attempt: someone else's, or none, is a 404.
    route: "/learning/courses/:slug/lessons/:id/attempts/:n",
    url: (f) => `/learning/courses/${f.courseSlug}/lessons/${f.courseQuizId}/attempts/1`,
    expect: [303, 404, 404, 404, 404, 404, 404],
  },
  // A certificate's page is public by its code; the PDF is its owner's (the member's) alone.
  {
    route: "/learning/certificates/:code",
    url: (f) => `/learning/certificates/${f.learningCertificateCode}`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/learning/certificates/:file{[0-9A-Za-z-]{1,40}\\.pdf}",
    url: (f) => `/learning/certificates/${f.learningCertificateCode}.pdf`,
    expect: [303, 200, 404, 404, 404, 404, 404],
  },
  // Video lessons: the page, the file and each caption track to whoever sees the course; the
  // video form to its authors.
  {
    route: "/learning/courses/:slug/lessons/:id/video",
    url: (f) => `/learning/courses/${f.courseSlug}/lessons/${f.courseVideoId}/video`,
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
  {
    route: "/learning/courses/:slug/lessons/:id/captions/:file{[a-z]{2}\\.vtt}",
    url: (f) => `/learning/courses/${f.courseSlug}/lessons/${f.courseVideoId}/captions/en.vtt`,
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
  {
    route: "/learning/courses/:slug/lessons/:id/video/edit",
    url: (f) => `/learning/courses/${f.courseSlug}/lessons/${f.courseVideoId}/video/edit`,
    expect: [303, 403, 200, 403, 200, 404, 200],
  },
  // Reading lessons' documents: the file to whoever sees the course; the form to its authors.
  {
    route: "/learning/courses/:slug/lessons/:id/reading",
    url: (f) => `/learning/courses/${f.courseSlug}/lessons/${f.courseReadingId}/reading`,
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
  {
    route: "/learning/courses/:slug/lessons/:id/reading/edit",
    url: (f) => `/learning/courses/${f.courseSlug}/lessons/${f.courseReadingId}/reading/edit`,
    expect: [303, 403, 200, 403, 200, 404, 200],
  },
  // Cohorts: the page as the course; the progress page and its CSV for the cohort's facilitators
  // (none in the fixture) and the network's coordinators; the form for the course's authors.
  {
    route: "/learning/cohorts/:id",
    url: (f) => `/learning/cohorts/${f.cohortId}`,
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
  {
    route: "/learning/cohorts/:id/progress",
    url: (f) => `/learning/cohorts/${f.cohortId}/progress`,
    expect: [303, 403, 403, 403, 200, 404, 200],
  },
  {
    route: "/learning/cohorts/:id/progress.csv",
    url: (f) => `/learning/cohorts/${f.cohortId}/progress.csv`,
    expect: [303, 403, 403, 403, 200, 404, 200],
  },
  {
    // Resetting a learner's attempts: the course's authors and the cohort's facilitators.
    route: "/learning/cohorts/:id/learners/:learnerId/quizzes/:quizId/reset",
    url: (f) =>
      `/learning/cohorts/${f.cohortId}/learners/${f.cohortLearnerId}/quizzes/${f.courseQuizId}/reset`,
    expect: [303, 403, 200, 403, 200, 404, 200],
  },
  {
    route: "/learning/cohorts/:id/sessions/new",
    url: (f) => `/learning/cohorts/${f.cohortId}/sessions/new`,
    expect: [303, 403, 200, 403, 200, 404, 200],
  },
  {
    route: "/learning/courses/:slug/cohorts/new",
    url: (f) => `/learning/courses/${f.courseSlug}/cohorts/new`,
    expect: [303, 403, 200, 403, 200, 404, 200],
  },
  {
    route: "/networks/:slug/learning/new",
    url: (f) => `/networks/${f.netSlug}/learning/new`,
    expect: [303, 403, 200, 403, 200, 404, 200],
  },
  {
    route: "/networks/:slug/learning/curricula/new",
    url: (f) => `/networks/${f.netSlug}/learning/curricula/new`,
    expect: [303, 403, 200, 403, 200, 404, 200],
  },
  ...[
    ["/learning/courses/:slug/edit", (f: Fixtures) => `/learning/courses/${f.courseSlug}/edit`],
    ["/learning/courses/:slug/modules/new", (f: Fixtures) => `/learning/courses/${f.courseSlug}/modules/new`],
    [
      "/learning/courses/:slug/modules/:id/edit",
      (f: Fixtures) => `/learning/courses/${f.courseSlug}/modules/${f.courseModuleId}/edit`,
    ],
    ["/learning/courses/:slug/lessons/new", (f: Fixtures) => `/learning/courses/${f.courseSlug}/lessons/new`],
    [
      "/learning/courses/:slug/lessons/:id/edit",
      (f: Fixtures) => `/learning/courses/${f.courseSlug}/lessons/${f.courseQuizId}/edit`,
    ],
    [
      "/learning/courses/:slug/lessons/:id/questions/new",
      (f: Fixtures) => `/learning/courses/${f.courseSlug}/lessons/${f.courseQuizId}/questions/new`,
    ],
    [
      "/learning/courses/:slug/lessons/:id/questions/:qid/edit",
      (f: Fixtures) =>
        `/learning/courses/${f.courseSlug}/lessons/${f.courseQuizId}/questions/${f.courseQuestionId}/edit`,
    ],
  ].map(
    ([route, url]): GetRow => ({
      route: route as string,
      url: url as (f: Fixtures) => string,
      expect: [303, 403, 200, 403, 200, 404, 200],
    }),
  ),
  { route: "/api/v1/courses", url: () => "/api/v1/courses", expect: [200, 200, 200, 200, 200, 200, 200] },
  {
    route: "/api/v1/courses/:id",
    url: (f) => `/api/v1/courses/${f.courseId}`,
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
  {
    route: "/api/v1/me/enrolments",
    url: () => "/api/v1/me/enrolments",
    expect: [401, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/api/v1/quizzes/:id/attempts/:n",
    url: (f) => `/api/v1/quizzes/${f.courseQuizId}/attempts/1`,
    expect: [401, 404, 404, 404, 404, 404, 404],
  },
];
