// The web role's application: the platform's HTTP frame (platform/http/app.tsx) with the API and
// every module's pages mounted, the header's navigation and the page slots taken from the manifests.
import { identityResolvers } from "../modules/identity/index.ts";
import type { Deps } from "../platform/deps.ts";
import { createHttpApp } from "../platform/http/app.tsx";
import { buildClientScripts } from "../platform/http/client-scripts.ts";
import { installNavigation } from "../platform/ui/navigation.ts";
import { installSlotFills } from "../platform/ui/slots.tsx";
import { apiRoutes } from "./api.ts";
import { loadModules } from "./catalogues.ts";
import { MODULES } from "./modules.ts";
import { pageRoutes } from "./pages.tsx";

export async function createApp(deps: Deps) {
  const [, , api, pages] = await Promise.all([
    loadModules(),
    // The pages name their scripts by content hash (platform/http/client-scripts.ts).
    buildClientScripts(),
    apiRoutes(deps),
    Promise.all(MODULES.map((m) => m.pages?.() ?? [])),
  ]);
  installNavigation(MODULES.flatMap((m) => m.navigation ?? []));
  installSlotFills(MODULES.flatMap((m) => (m.slots ? [m.slots] : [])));
  return createHttpApp(deps, {
    session: identityResolvers.session,
    mount(app) {
      app.route("/api/v1", api);
      app.route("/", pageRoutes());
      for (const routes of pages.flat()) app.route("/", routes);
    },
  });
}

export type App = Awaited<ReturnType<typeof createApp>>;
