// Conferences in the application (platform/module.ts): programme, speakers, registrations, certificates.
import type { ModuleManifest } from "../../platform/module.ts";

export const manifest: ModuleManifest = {
  name: "conferences",
  messages: () => import("./catalogue.ts"),
  notifications: async () => (await import("./notifications.ts")).kinds,
  pages: async () => [(await import("./routes.tsx")).conferenceRoutes()],
  api: async () => (await import("./api.ts")).registerConferenceApiRoutes,
  jobs: () => import("./images.reprocess.ts"),
  events: () => import("./events.handlers.ts"),
  demo: async () => {
    const { seedConferencesDemo } = await import("./demo.ts");
    return async (deps) => {
      await seedConferencesDemo(deps);
      return undefined;
    };
  },
  navigation: [{ href: "/conferences", label: "conferences.nav", order: 30 }],
  slots: {
    "app.home.sections": {
      order: 20,
      render: async (c, s) => (await import("./home-section.tsx")).homeConferences(c, s),
    },
    // The person's conference registrations in their own area; each links to its page, with cancel.
    "identity.me.sections": {
      order: 15,
      render: async (c) => (await import("./home-section.tsx")).myConferences(c, "me"),
    },
  },
};
