// POST /api/v1/live/tickets: a Bearer-token client gets a one-use ticket for the /live WebSocket.
import { createRoute } from "@hono/zod-openapi";
import type { Deps } from "../../platform/deps.ts";
import { unauthorized } from "../../platform/errors.ts";
import { type newApi, problemResponses, requireActor, z } from "../../platform/http/api.ts";
import { liveUrl } from "../../platform/realtime/protocol.ts";
import { createLiveTicket } from "./live-tickets.service.ts";

const LiveTicket = z
  .object({
    ticket: z.string().openapi({ description: "Single use, valid 60 seconds" }),
    expiresAt: z.iso.datetime(),
    url: z.url().openapi({ description: "The WebSocket URL to connect to, ticket included" }),
  })
  .openapi("LiveTicket");

const route = createRoute({
  method: "post",
  path: "/live/tickets",
  summary: "A short-lived ticket to open the /live WebSocket",
  description:
    "Browsers connect to /live with their session cookie; other clients first get a ticket here and " +
    "connect to the returned url within 60 seconds. A ticket works once.",
  security: [{ bearer: [] }],
  responses: {
    // 200, not 201: a ticket is handed over, not a resource with an address (no Location to give).
    200: { description: "The ticket", content: { "application/json": { schema: LiveTicket } } },
    ...problemResponses,
  },
});

export function registerLiveTicketRoutes(api: ReturnType<typeof newApi>, deps: Deps) {
  api.openapi(route, async (c) => {
    // Only a personal access token may ask: a browser already has its session cookie for /live,
    // and the API skips CSRF checks, so cookie-authenticated calls are not accepted here.
    if (!c.req.header("authorization")) throw unauthorized("A Bearer token is required.");
    const actor = requireActor(c.get("actor"));
    const { ticket, expiresAt } = await createLiveTicket(deps, actor.id);
    const url = liveUrl(deps.config.baseUrl, ticket);
    return c.json({ ticket, expiresAt: expiresAt.toISOString(), url }, 200);
  });
}
