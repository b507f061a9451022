// Boards in the application (platform/module.ts): participatory sessions on /live, their outcomes
// (shown on the lab and meeting pages through slots) and templates.
import type { ModuleManifest } from "../../platform/module.ts";
import { hasSessionsHome } from "./policy.ts";

export const manifest: ModuleManifest = {
  name: "boards",
  messages: () => import("./catalogue.ts"),
  notifications: async () => (await import("./notifications.ts")).kinds,
  pages: async () => {
    const [guard, boards, outcomes, templates, facilitation] = await Promise.all([
      import("./guard.routes.ts"),
      import("./routes.tsx"),
      import("./outcomes.routes.tsx"),
      import("./templates.routes.tsx"),
      import("./facilitation.routes.tsx"),
    ]);
    // The sign-in-first guard of every /boards/:id page comes first (guard.routes.ts).
    return [
      guard.guardRoutes(),
      boards.boardRoutes(),
      outcomes.outcomeRoutes(),
      templates.templateRoutes(),
      facilitation.facilitationRoutes(),
    ];
  },
  // Between labs (20) and conferences (30): sessions are how a network's labs and meetings work.
  navigation: [{ href: "/boards", label: "boards.title", order: 25, visible: hasSessionsHome }],
  live: async () => (await import("./live.ts")).attachBoards,
  api: async () => (await import("./api.ts")).registerBoardApiRoutes,
  demo: async () => {
    const [boards, outcomes, labII, templates] = await Promise.all([
      import("./demo.ts"),
      import("./outcomes.demo.ts"),
      import("./lab-ii.demo.ts"),
      import("./templates.demo.ts"),
    ]);
    return async (deps) => {
      await boards.seedBoardsDemo(deps);
      await outcomes.seedOutcomesDemo(deps);
      await labII.seedLabIISessionDemo(deps);
      await templates.seedTemplatesDemo(deps);
      return undefined;
    };
  },
  slots: {
    "app.home.sections": {
      order: 15,
      render: async (c, s) => (await import("./home-section.tsx")).homeSessions(c, s),
    },
    "identity.me.sections": {
      order: 20,
      render: async (c) => (await import("./views/me-section.tsx")).mySessionsSection(c),
    },
    "labs.lab.after-sections": {
      order: 10,
      render: async (c, { labId }) => (await import("./views/slots.tsx")).labOutcomes(c, labId),
    },
    "practices.practice.after-article": {
      order: 10,
      render: async (c, { practiceId }) =>
        (await import("./views/practice-origins.tsx")).practiceOrigins(c, practiceId),
    },
    "labs.meeting.after-details": {
      order: 10,
      render: async (c, { meetingId }) => (await import("./views/slots.tsx")).meetingOutcomes(c, meetingId),
    },
  },
};
