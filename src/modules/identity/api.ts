// Identity's part of the REST API (/api/v1): the caller, organisations, networks. app/api.ts
// assembles the whole API from every module's part.
import { createRoute } from "@hono/zod-openapi";
import type { Deps } from "../../platform/deps.ts";
import { problemResponses, requireActor, z } from "../../platform/http/api.ts";
import type { ApiApp } from "../../platform/module.ts";
import { registerLiveTicketRoutes } from "./live-tickets.api.ts";
import { registerNetworkApiRoutes } from "./networks.api.ts";

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

/** Identity's routes: the caller, live tickets, networks and organisations. */
export function registerIdentityApiRoutes(api: ApiApp, deps: Deps) {
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
}
