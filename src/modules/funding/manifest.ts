// Funding calls in the application (platform/module.ts).
import type { ModuleManifest } from "../../platform/module.ts";

export const manifest: ModuleManifest = {
  name: "funding",
  messages: () => import("./messages.ts"),
  pages: async () => [(await import("./routes.tsx")).fundingRoutes()],
  demo: async () => {
    const { seedFundingDemo } = await import("./demo.ts");
    return async (deps) => {
      await seedFundingDemo(deps);
      return undefined;
    };
  },
  navigation: [{ href: "/funding", label: "layout.funding", order: 50 }],
  slots: {
    "app.home.sections": {
      order: 40,
      render: async (c, s) => (await import("./home-section.tsx")).homeCalls(c, s),
    },
    "practices.practice.after-article": {
      order: 20,
      render: async (c, { practiceId }) =>
        (await import("./views/practice-funding.tsx")).practiceFunding(c, practiceId),
    },
  },
};
