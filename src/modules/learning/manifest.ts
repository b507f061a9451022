// Learning in the application (platform/module.ts): curricula, courses, lessons, quizzes graded on
// the server, enrolments and progress (issue 17, first slice).
import type { ModuleManifest } from "../../platform/module.ts";

export const manifest: ModuleManifest = {
  name: "learning",
  messages: () => import("./messages.ts"),
  notifications: async () => (await import("./notifications.ts")).kinds,
  // Authoring first: ".../lessons/new" must not be taken for a lesson id.
  pages: async () => [
    (await import("./authoring.routes.tsx")).authoringRoutes(),
    (await import("./video.routes.tsx")).videoRoutes(),
    (await import("./reading.routes.tsx")).readingRoutes(),
    (await import("./cohorts.routes.tsx")).cohortRoutes(),
    (await import("./attempts.reset.routes.tsx")).attemptsResetRoutes(),
    (await import("./routes.tsx")).learningRoutes(),
    (await import("./certificates.routes.tsx")).certificateRoutes(),
  ],
  // The certificate that follows a completion (its event handlers are in the same file).
  // The cohort's registration job, after a member's erasure gave a place away (cohorts.erasure.ts).
  jobs: async () => Promise.all([import("./certificates.jobs.ts"), import("./cohorts.erasure.ts")]),
  events: () => import("./cohorts.handlers.ts"),
  personalData: async () => (await import("./personal-data.ts")).hooks,
  api: async () => (await import("./api.ts")).registerLearningApiRoutes,
  demo: async () => {
    const { seedLearningDemo } = await import("./demo.ts");
    return async (deps) => {
      await seedLearningDemo(deps);
      return undefined;
    };
  },
  navigation: [{ href: "/learning", label: "layout.learning", order: 45 }],
  slots: {
    "app.home.sections": {
      order: 35,
      render: async (c, s) => (await import("./home-section.tsx")).homeCourses(c, s),
    },
    "identity.me.sections": {
      order: 25,
      render: async (c) => (await import("./views/me.tsx")).myLearningSection(c),
    },
  },
};
