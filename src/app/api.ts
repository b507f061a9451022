// The REST API (/api/v1): the shared machinery (Bearer tokens, read-only tokens, strict JSON), each
// module's routes in the order of app/modules.ts, and the OpenAPI 3.1 document describing them all.
import { identityResolvers, tokenScope } from "../modules/identity/index.ts";
import type { Deps } from "../platform/deps.ts";
import { bearerAuth, jsonBodies, newApi } from "../platform/http/api.ts";
import { MODULES } from "./modules.ts";

export async function apiRoutes(deps: Deps) {
  const parts = await Promise.all(MODULES.map((m) => m.api?.()));
  const api = newApi();
  api.use(bearerAuth(identityResolvers.apiToken));
  api.use(tokenScope());
  api.use(jsonBodies());
  api.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });
  for (const register of parts) register?.(api, deps);
  api.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: { title: "Bottega API", version: "1.0.0", description: "REST API of Bottega" },
    servers: [{ url: `${deps.config.baseUrl}/api/v1` }],
  });
  return api;
}
