// The good-practice catalogue in the application (platform/module.ts).
import { hasCoordinatorRole } from "../../platform/auth/index.ts";
import type { ModuleManifest } from "../../platform/module.ts";

export const manifest: ModuleManifest = {
  name: "practices",
  messages: () => import("./catalogue.ts"),
  notifications: async () => (await import("./notifications.ts")).kinds,
  pages: async () => {
    const [openData, importing, workflow, versions, pages] = await Promise.all([
      import("./open-data/routes.tsx"),
      import("./import/routes.tsx"),
      import("./workflow/routes.tsx"),
      import("./catalogue/versions.routes.tsx"),
      import("./catalogue/pages.routes.tsx"),
    ]);
    // Open data first: /practices/feed.xml and /practices/rss.xml are not practices' slugs; the
    // workflow before the versions: /practices/submissions/edit is the mailed link's page, not a slug's.
    return [
      openData.openDataRoutes(),
      importing.importRoutes(),
      workflow.practiceWorkflowRoutes(),
      versions.versionRoutes(),
      pages.practicePageRoutes(),
    ];
  },
  api: async () => {
    const [practices, workflow] = await Promise.all([import("./api.ts"), import("./workflow/api.ts")]);
    return (api, deps) => {
      practices.registerPracticeApiRoutes(api, deps);
      workflow.registerPracticeWorkflowApiRoutes(api, deps);
    };
  },
  jobs: () =>
    Promise.all([
      import("./workflow/mails.ts"),
      import("./media/reprocess.ts"),
      import("./media/pending.ts"),
      import("./workflow/moderators.notify.ts"),
    ]),
  events: () => import("./events.handlers.ts"),
  demo: async () => {
    const [practices, workflow] = await Promise.all([
      import("./demo.ts"),
      import("./workflow/submissions.demo.ts"),
    ]);
    return async (deps) => {
      await practices.seedPracticesDemo(deps);
      await workflow.seedWorkflowDemo(deps);
      return undefined;
    };
  },
  navigation: [
    { href: "/practices", label: "practices.nav", order: 40 },
    {
      href: "/practices/moderation",
      label: "practices.moderation.nav",
      order: 70,
      visible: (actor) => Boolean(actor && (actor.isAdmin || hasCoordinatorRole(actor))),
    },
  ],
  slots: {
    "app.home.sections": {
      order: 30,
      render: async (c, s) => (await import("./home-section.tsx")).homePractices(c, s),
    },
    "identity.me.sections": {
      order: 30,
      render: async (c) => (await import("./views-submit/me-section.tsx")).myReportsSection(c),
    },
  },
};
