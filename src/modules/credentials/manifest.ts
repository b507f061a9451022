// Credentials in the application (platform/module.ts): Open Badges 3.0 credentials for completed
// courses and curricula (issue 18, first slice), in a module of its own (decision 0062).
import type { ModuleManifest } from "../../platform/module.ts";

export const manifest: ModuleManifest = {
  name: "credentials",
  messages: () => import("./messages.ts"),
  pages: async () => [(await import("./routes.tsx")).credentialRoutes()],
  api: async () => (await import("./api.ts")).registerCredentialsApiRoutes,
  // The job that signs a credential after a completion; its event handlers are in the same file.
  jobs: () => import("./credentials.jobs.ts"),
  personalData: async () => (await import("./personal-data.ts")).hooks,
  demo: async () => {
    const { seedCredentialsDemo } = await import("./demo.ts");
    return async (deps) => {
      await seedCredentialsDemo(deps);
      return undefined;
    };
  },
};
