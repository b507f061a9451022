// Identity in the application (platform/module.ts): accounts, sessions, organisations, networks.
import type { ModuleManifest } from "../../platform/module.ts";

export const manifest: ModuleManifest = {
  name: "identity",
  messages: () => import("./catalogue.ts"),
  notifications: async () => (await import("./notifications.ts")).kinds,
  pages: async () => {
    const [ids, oidc, orgs, nets, invites, admin, account, me] = await Promise.all([
      import("./routes.tsx"),
      import("./oidc.routes.tsx"),
      import("./organisation.routes.tsx"),
      import("./network.routes.tsx"),
      import("./invitations.routes.tsx"),
      import("./admin.routes.tsx"),
      import("./account.routes.tsx"),
      import("./me.routes.tsx"),
    ]);
    return [
      ids.identityRoutes(),
      oidc.oidcRoutes(),
      orgs.organisationRoutes(),
      nets.networkRoutes(),
      invites.invitationRoutes(),
      admin.adminRoutes(),
      account.accountRoutes(),
      me.meRoutes(),
    ];
  },
  api: async () => (await import("./api.ts")).registerIdentityApiRoutes,
  jobs: () => import("./jobs.ts"),
  events: () => import("./events.handlers.ts"),
  demo: async () => (await import("./demo.ts")).seedIdentityDemo,
  navigation: [
    { href: "/networks", label: "layout.networks", order: 10 },
    { href: "/organisations", label: "layout.organisations", order: 60 },
    { href: "/admin", label: "layout.admin", order: 80, visible: (actor) => Boolean(actor?.isAdmin) },
  ],
  slots: {
    "app.home.sections": {
      order: 50,
      render: async (c, s) => (await import("./home-section.tsx")).homeNetworks(c, s),
    },
    // First in the person's own area: what waits for their answer.
    "identity.me.sections": {
      order: -1,
      render: async (c) => (await import("./views/me-waiting.tsx")).waitingSection(c),
    },
  },
};
