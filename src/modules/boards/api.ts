// /api/v1 routes of board sessions (docs/api-clients.md): list a network's sessions, create one, read
// one, join it, send it commands, read its summary, close and reopen it; and the templates a session
// may start from. Every route wants a Bearer token (sessions are never public: 401 without one).
// Thin handlers: validate → one call to api.service.ts → JSON. Refusals are problem details.
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { Actor } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { notFound } from "../../platform/errors.ts";
import {
  type ApiEnv,
  jsonResponse,
  listEnvelope,
  type newApi,
  problemResponse,
  problemResponses,
  requireActor,
  z,
} from "../../platform/http/api.ts";
import { fromAcceptLanguage, isLang, type Lang } from "../../platform/i18n/index.ts";
import { isUuid } from "../../platform/ids.ts";
import {
  CommandBody,
  CommandDone,
  JoinBody,
  Joined,
  ListQuery,
  Session,
  SessionCreate,
  SessionItem,
  Summary,
  TemplateItem,
} from "./api.schema.ts";
import {
  closeFor,
  commandFor,
  createSessionFor,
  joinFor,
  listSessionsFor,
  reopenFor,
  sessionFor,
  summaryFor,
  templatesFor,
} from "./api.service.ts";

const idParam = z.object({ id: z.string().openapi({ param: { name: "id", in: "path" } }) });
const bearer = [{ bearer: [] }];
const tags = ["Board sessions"];
const refusals = {
  403: problemResponse("Not allowed (a read-only token; not joined; not a facilitator)"),
  409: problemResponse("Refused by the session's state: closed, wrong phase, quota; `code` is the reason"),
  429: problemResponse("More than 40 commands in 10 s from one person in one session (Retry-After)"),
};
const jsonBody = <T extends z.ZodType>(schema: T, required = true) => ({
  required,
  content: { "application/json": { schema } },
});

const routes = {
  list: createRoute({
    method: "get",
    path: "/boards",
    tags,
    summary: "A network's sessions, newest first",
    description: "For the network's members and platform admins.",
    security: bearer,
    request: { query: ListQuery },
    responses: {
      200: jsonResponse(listEnvelope(SessionItem, "BoardSessionList"), "A page of sessions"),
      ...problemResponses,
      403: problemResponse("A member of the network who may not list its sessions"),
    },
  }),
  create: createRoute({
    method: "post",
    path: "/boards",
    tags,
    summary: "Create a session from a template or a network's saved template",
    description:
      "For the network's coordinators and facilitators and platform admins, who become its facilitator.",
    security: bearer,
    request: { body: jsonBody(SessionCreate) },
    responses: {
      201: jsonResponse(Session, "Created; Location is its API URL"),
      ...problemResponses,
      403: problemResponse("A member of the network who may not create sessions"),
    },
  }),
  one: createRoute({
    method: "get",
    path: "/boards/{id}",
    tags,
    summary: "One session as the caller sees it",
    security: bearer,
    request: { params: idParam },
    responses: { 200: jsonResponse(Session, "The session"), ...problemResponses },
  }),
  join: createRoute({
    method: "post",
    path: "/boards/{id}/participants",
    tags,
    summary: "Join as the token's person (idempotent)",
    description:
      "Network members join without a body; anyone else with an account sends the join `code`. " +
      "Coordinators, facilitators and admins become co-facilitators. Joining again answers 200 with the same place.",
    security: bearer,
    request: { params: idParam, body: jsonBody(JoinBody, false) },
    responses: {
      200: jsonResponse(Joined, "Already joined: the caller's place"),
      201: jsonResponse(Joined, "Joined; Location is the session's API URL (its `me`)"),
      ...problemResponses,
      403: problemResponse("A read-only token"),
      409: problemResponse("The session is closed"),
    },
  }),
  command: createRoute({
    method: "post",
    path: "/boards/{id}/commands",
    tags,
    summary: "Send a command, as on /live (docs/board-protocol.md)",
    security: bearer,
    request: { params: idParam, body: jsonBody(CommandBody) },
    responses: {
      200: jsonResponse(CommandDone, "Stored: its seq and events"),
      ...problemResponses,
      ...refusals,
    },
  }),
  summary: createRoute({
    method: "get",
    path: "/boards/{id}/summary",
    tags,
    summary: "The session's summary as JSON (what the caller may see; complete once closed)",
    security: bearer,
    request: { params: idParam },
    responses: { 200: jsonResponse(Summary, "The summary"), ...problemResponses },
  }),
  close: createRoute({
    method: "post",
    path: "/boards/{id}/close",
    tags,
    summary: "Close the session (its facilitators)",
    security: bearer,
    request: { params: idParam },
    responses: { 200: jsonResponse(Session, "Closed"), ...problemResponses, ...refusals },
  }),
  reopen: createRoute({
    method: "post",
    path: "/boards/{id}/reopen",
    tags,
    summary: "Reopen a closed session into the discussion (its facilitators, within 7 days of closing)",
    security: bearer,
    request: { params: idParam },
    responses: {
      200: jsonResponse(Session, "Reopened"),
      ...problemResponses,
      409: problemResponse("`not-closed`, or `reopen-too-late` after 7 days"),
    },
  }),
  templates: createRoute({
    method: "get",
    path: "/board-templates",
    tags,
    summary: "The templates a session of the network may start from (built-in and saved)",
    security: bearer,
    request: {
      query: z
        .object({
          network: z.string().min(1).openapi({ description: "The network's id or slug" }),
          lang: z.enum(["it", "en"]).optional().openapi({ description: "Built-in columns' language" }),
          page: z.coerce.number().int().min(1).default(1),
          limit: z.coerce.number().int().min(1).max(100).default(20),
        })
        .strict(),
    },
    responses: {
      200: jsonResponse(
        listEnvelope(TemplateItem, "BoardTemplateList"),
        "Built-in templates, then saved ones",
      ),
      ...problemResponses,
      403: problemResponse("A member of the network who may not create sessions"),
    },
  }),
};

/** The session id of the path; a malformed one names nothing (404), as on the pages. */
const sessionId = (id: string) => {
  if (!isUuid(id)) throw notFound();
  return id;
};

/**
 * The language of built-in templates' columns: `?lang=`, else Accept-Language, else the account's,
 * else Italian. (The platform's negotiation ran before the token named the account.)
 */
function languageOf(c: Context<ApiEnv>, actor: Actor): Lang {
  const asked = c.req.query("lang");
  if (isLang(asked)) return asked;
  // `Accept-Language: *` (what fetch sends by default) names no language: the account's then.
  return (
    fromAcceptLanguage(c.req.header("accept-language")) ?? (isLang(actor.language) ? actor.language : "it")
  );
}

/** An optional JSON body: read only when one was sent as JSON. */
const optionalJson = <T>(c: { req: { header(n: string): string | undefined } }, read: () => T) =>
  (c.req.header("content-type") ?? "").includes("json") ? read() : undefined;

export function registerBoardApiRoutes(api: ReturnType<typeof newApi>, deps: Deps) {
  const apiUrl = (id: string) => `${deps.config.baseUrl}/api/v1/boards/${id}`;

  api.openapi(routes.list, async (c) => {
    const actor = requireActor(c.get("actor"));
    return c.json(await listSessionsFor(deps, actor, c.req.valid("query")), 200);
  });

  api.openapi(routes.create, async (c) => {
    const actor = requireActor(c.get("actor"));
    const s = await createSessionFor(deps, actor, c.req.valid("json"), languageOf(c, actor));
    c.header("Location", apiUrl(s.id));
    return c.json(s, 201);
  });

  api.openapi(routes.one, async (c) => {
    const actor = requireActor(c.get("actor"));
    return c.json(await sessionFor(deps, actor, sessionId(c.req.valid("param").id)), 200);
  });

  api.openapi(routes.join, async (c) => {
    const actor = requireActor(c.get("actor"));
    const id = sessionId(c.req.valid("param").id);
    const body = optionalJson(c, () => c.req.valid("json"));
    const { place, created } = await joinFor(deps, actor, id, body?.code);
    const json = {
      participantId: place.id,
      name: place.name,
      role: place.role,
      ready: place.ready,
      sessionId: id,
    };
    if (!created) return c.json(json, 200);
    c.header("Location", apiUrl(id));
    return c.json(json, 201);
  });

  api.openapi(routes.command, async (c) => {
    const actor = requireActor(c.get("actor"));
    const id = sessionId(c.req.valid("param").id);
    return c.json(await commandFor(deps, actor, id, c.req.valid("json")), 200);
  });

  api.openapi(routes.summary, async (c) => {
    const actor = requireActor(c.get("actor"));
    return c.json(await summaryFor(deps, actor, sessionId(c.req.valid("param").id)), 200);
  });

  api.openapi(routes.close, async (c) => {
    const actor = requireActor(c.get("actor"));
    return c.json(await closeFor(deps, actor, sessionId(c.req.valid("param").id)), 200);
  });

  api.openapi(routes.reopen, async (c) => {
    const actor = requireActor(c.get("actor"));
    return c.json(await reopenFor(deps, actor, sessionId(c.req.valid("param").id)), 200);
  });

  api.openapi(routes.templates, async (c) => {
    const actor = requireActor(c.get("actor"));
    const q = c.req.valid("query");
    const all = await templatesFor(deps, actor, q.network, languageOf(c, actor));
    const items = all.slice((q.page - 1) * q.limit, q.page * q.limit);
    return c.json({ items, total: all.length, page: q.page, limit: q.limit }, 200);
  });
}
