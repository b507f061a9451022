// Labs in the application (platform/module.ts): labs, programmes, meetings, registrations, materials.
import type { ModuleManifest } from "../../platform/module.ts";

export const manifest: ModuleManifest = {
  name: "labs",
  messages: () => import("./catalogue.ts"),
  notifications: async () => (await import("./notifications.ts")).kinds,
  pages: async () => {
    const [labs, extras] = await Promise.all([import("./routes.tsx"), import("./extras.routes.tsx")]);
    return [labs.labRoutes(), extras.labExtrasRoutes()];
  },
  api: async () => (await import("./api.ts")).registerLabApiRoutes,
  jobs: () => import("./jobs.ts"),
  events: () => import("./events.handlers.ts"),
  demo: async () => {
    const [labs, materials] = await Promise.all([import("./demo.ts"), import("./materials/demo.ts")]);
    return async (deps) => {
      await labs.seedLabsDemo(deps);
      await materials.seedLabMaterialsDemo(deps);
      return undefined;
    };
  },
  navigation: [{ href: "/labs", label: "layout.labs", order: 20 }],
  slots: {
    "app.home.sections": {
      order: 10,
      render: async (c, s) => (await import("./home-section.tsx")).homeMeetings(c, s),
    },
    // The person's own area: their next meetings first.
    "identity.me.sections": {
      order: 10,
      render: async (c) => (await import("./views/me-section.tsx")).myLabsSections(c),
    },
  },
};
