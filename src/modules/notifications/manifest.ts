// Notifications in the application (platform/module.ts): the list, the preferences, the unsubscribe
// page, their API, the daily digest, the delivery of every module's kinds, and the header's count.
import type { ModuleManifest } from "../../platform/module.ts";

export const manifest: ModuleManifest = {
  name: "notifications",
  messages: () => import("./messages.ts"),
  pages: async () => [(await import("./routes.tsx")).notificationRoutes()],
  api: async () => (await import("./api.ts")).registerNotificationApiRoutes,
  jobs: () => import("./digest.ts"),
  events: () => import("./handlers.ts"),
  slots: {
    "identity.me.sections": {
      order: 0,
      render: async (c, { accountId }) =>
        (await import("./views/me-section.tsx")).notificationsSection(c, accountId),
    },
    "layout.header.account": {
      order: 10,
      render: async (c, { accountId }) => (await import("./views/badge.tsx")).notificationBadge(c, accountId),
    },
  },
};
