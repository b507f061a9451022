// Identity's part of the REST API (/api/v1): the caller, organisations, networks.
import { createRoute } from "@hono/zod-openapi";
import {
  bearerAuth,
  jsonBodies,
  newApi,
  problemResponses,
  requireActor,
  z,
} from "../../platform/http/api.ts";
import type { Deps } from "../../platform/http/context.ts";
import { registerConferenceApiRoutes } from "../conferences/api.ts";
import { registerLabApiRoutes } from "../labs/api.ts";
import { registerPracticeApiRoutes } from "../practices/api.ts";
import { registerPracticeWorkflowApiRoutes } from "../practices/workflow.api.ts";
import { registerLiveTicketRoutes } from "./live-tickets.api.ts";
import { registerNetworkApiRoutes } from "./networks.api.ts";
import { resolveApiToken } from "./tokens.service.ts";

const Me = z
  .object({
    id: z.uuid(),
    email: z.email(),
    name: z.string(),
    language: z.string(),
    isAdmin: z.boolean(),
    networks: z.array(z.object({ id: z.uuid(), roles: z.array(z.string()) })),
    organisations: z.array(z.object({ id: z.uuid(), role: z.string() })),
  })
  .openapi("Me");

const meRoute = createRoute({
  method: "get",
  path: "/me",
  summary: "The account the token belongs to",
  security: [{ bearer: [] }],
  responses: {
    200: { description: "The caller", content: { "application/json": { schema: Me } } },
    ...problemResponses,
  },
});

export function apiRoutes(deps: Deps) {
  const api = newApi();
  api.use(bearerAuth(resolveApiToken));
  api.use(jsonBodies());
  api.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });

  api.openapi(meRoute, (c) => {
    const a = requireActor(c.get("actor"));
    return c.json(
      {
        id: a.id,
        email: a.email,
        name: a.name,
        language: a.language,
        isAdmin: a.isAdmin,
        networks: Object.entries(a.networkRoles).map(([id, roles]) => ({ id, roles })),
        organisations: a.organisations.map((o) => ({ id: o.id, role: o.role })),
      },
      200,
    );
  });

  registerLiveTicketRoutes(api, deps);
  registerNetworkApiRoutes(api, deps);
  registerPracticeApiRoutes(api, deps);
  registerPracticeWorkflowApiRoutes(api, deps);
  registerLabApiRoutes(api, deps);
  registerConferenceApiRoutes(api, deps);

  api.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: { title: "Bottega API", version: "1.0.0", description: "REST API of Bottega" },
    servers: [{ url: `${deps.config.baseUrl}/api/v1` }],
  });
  return api;
}
