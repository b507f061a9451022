// Publications in the application (platform/module.ts): for now the news column of each network
// (news/), with e-books to come beside it (decision 0064).
import type { ModuleManifest } from "../../platform/module.ts";

export const manifest: ModuleManifest = {
  name: "publications",
  messages: () => import("./messages.ts"),
  pages: async () => [(await import("./news/routes.tsx")).newsRoutes()],
  api: async () => (await import("./news/api.ts")).registerNewsApiRoutes,
  notifications: async () => (await import("./news/notifications.ts")).kinds,
  demo: async () => {
    const { seedNewsDemo } = await import("./news/demo.ts");
    return async (deps) => {
      await seedNewsDemo(deps);
      return undefined;
    };
  },
  personalData: async () => (await import("./news/personal-data.ts")).hooks,
  navigation: [{ href: "/news", label: "layout.news", order: 55 }],
  slots: {
    "identity.me.sections": {
      order: 35,
      render: async (c) => (await import("./news/views/me-section.tsx")).myNewsSection(c),
    },
  },
};
