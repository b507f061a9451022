// The news column in the REST API (/api/v1): published items the caller may see (filtered like the
// pages), one item, a proposal (members; editors may publish at once) → 201 with Location, and an
// editor's decision on a proposal (version-checked: a stale one is a 409). Errors are RFC 9457
// problems from the services' AppErrors.
import { createRoute } from "@hono/zod-openapi";
import type { Deps } from "../../../platform/deps.ts";
import { notFound } from "../../../platform/errors.ts";
import {
  jsonResponse,
  ListQuery,
  listEnvelope,
  problemResponses,
  requireActor,
  z,
} from "../../../platform/http/api.ts";
import type { ApiApp } from "../../../platform/module.ts";
import { listNetworks, networkByIdOrSlug } from "../../identity/index.ts";
import { getNewsItemById, listNews, type NewsItem, newsItemPath } from "./news.service.ts";
import { decideOnProposal, editPublished, proposeNews, resubmitProposal } from "./news.workflow.ts";
import { can } from "./policy.ts";
import { DECISIONS } from "./schema.ts";
import { NEWS_KINDS, NEWS_LANGUAGES, NEWS_STATUSES, NEWS_VISIBILITIES } from "./tables.ts";

const Item = z
  .object({
    id: z.uuid(),
    network: z.object({ id: z.uuid(), slug: z.string() }),
    kind: z.enum(NEWS_KINDS),
    title: z.string(),
    summary: z.string(),
    body: z.string().openapi({ description: "Markdown (HTML is shown as text)." }),
    tags: z.array(z.string()),
    language: z.string().openapi({ example: "it" }),
    visibility: z.enum(NEWS_VISIBILITIES),
    status: z.enum(NEWS_STATUSES),
    byline: z.object({ name: z.string().nullable(), organisation: z.string().nullable() }),
    publishedAt: z.string().nullable(),
    updatedAt: z.string(),
    version: z.number().int().openapi({ description: "Send it back with a decision or an edit." }),
    url: z.string(),
  })
  .openapi("NewsItem");

const NewsBody = z
  .object({
    kind: z.enum(NEWS_KINDS).optional(),
    title: z.string(),
    summary: z.string(),
    body: z.string(),
    tags: z.array(z.string()).optional(),
    language: z.enum(NEWS_LANGUAGES).optional(),
    visibility: z.enum(NEWS_VISIBILITIES).optional(),
  })
  .openapi("NewsInput");

const security = [{ bearer: [] }];

const listRoute = createRoute({
  method: "get",
  path: "/news",
  summary: "Published news items the caller may see, newest first",
  request: {
    query: ListQuery.extend({
      network: z.string().optional().openapi({ description: "A network's id or slug." }),
      kind: z.enum(NEWS_KINDS).optional(),
      tag: z.string().max(40).optional(),
      language: z.enum(NEWS_LANGUAGES).optional(),
    }),
  },
  responses: {
    200: jsonResponse(listEnvelope(Item, "NewsList"), "One page of news items"),
    ...problemResponses,
  },
});

const getRoute = createRoute({
  method: "get",
  path: "/news/{id}",
  summary: "One news item (before publishing: its proposer and the network's editors only)",
  request: { params: z.object({ id: z.string() }) },
  responses: { 200: jsonResponse(Item, "The item"), ...problemResponses },
});

const proposeRoute = createRoute({
  method: "post",
  path: "/news",
  summary: "Proposes a news item to a network's column (editors may publish it at once)",
  security,
  request: {
    body: {
      content: {
        "application/json": {
          schema: NewsBody.extend({ network: z.string(), publish: z.boolean().optional() }),
        },
      },
    },
  },
  responses: { 201: jsonResponse(Item, "The item, pending or published"), ...problemResponses },
});

const decisionRoute = createRoute({
  method: "post",
  path: "/news/{id}/decision",
  summary: "An editor's decision on a pending proposal (a note required unless publishing)",
  security,
  request: {
    params: z.object({ id: z.string() }),
    body: {
      content: {
        "application/json": {
          schema: z.object({
            decision: z.enum(DECISIONS),
            reason: z.string().optional(),
            version: z.number().int(),
          }),
        },
      },
    },
  },
  responses: { 200: jsonResponse(Item, "The item after the decision"), ...problemResponses },
});

const patchRoute = createRoute({
  method: "patch",
  path: "/news/{id}",
  summary:
    "Edits an item with the version last read: an editor a published item, its proposer a proposal sent back for changes (sent again)",
  security,
  request: {
    params: z.object({ id: z.string() }),
    body: { content: { "application/json": { schema: NewsBody.extend({ version: z.number().int() }) } } },
  },
  responses: { 200: jsonResponse(Item, "The item after the edit"), ...problemResponses },
});

export function registerNewsApiRoutes(api: ApiApp, deps: Deps) {
  const shown = (slugs: Map<string, string>, item: NewsItem) => {
    const slug = slugs.get(item.networkId) ?? "";
    return {
      id: item.id,
      network: { id: item.networkId, slug },
      kind: item.kind,
      title: item.title,
      summary: item.summary,
      body: item.body,
      tags: item.tags,
      language: item.language,
      visibility: item.visibility,
      status: item.status,
      byline: { name: item.bylineName, organisation: item.bylineOrganisation },
      publishedAt: item.publishedAt?.toISOString() ?? null,
      updatedAt: item.updatedAt.toISOString(),
      version: item.version,
      url: `${deps.config.baseUrl}${newsItemPath(slug, item.id)}`,
    };
  };
  const networkOf = async (ref: string) => {
    const n = await networkByIdOrSlug(deps, ref);
    if (!n) throw notFound("No such network.");
    return n;
  };
  const slugs = async () => new Map((await listNetworks(deps)).map((n) => [n.id, n.slug]));

  api.openapi(listRoute, async (c) => {
    const { page, limit, network, kind, tag, language } = c.req.valid("query");
    const networkId = network ? (await networkOf(network)).id : undefined;
    const list = await listNews(deps, c.get("actor"), {
      networkId,
      kind,
      tag: tag?.toLowerCase(),
      language,
      page,
      limit,
    });
    const bySlug = await slugs();
    return c.json({ items: list.items.map((i) => shown(bySlug, i)), total: list.total, page, limit }, 200);
  });

  api.openapi(getRoute, async (c) => {
    const item = await getNewsItemById(deps, c.get("actor"), c.req.valid("param").id);
    return c.json(shown(await slugs(), item), 200);
  });

  api.openapi(proposeRoute, async (c) => {
    const actor = requireActor(c.get("actor"));
    const { network, publish, ...input } = c.req.valid("json");
    const n = await networkOf(network);
    const item = await proposeNews(deps, actor, n.id, input, { publish });
    const body = shown(new Map([[n.id, n.slug]]), item);
    return c.json(body, 201, { Location: `${deps.config.baseUrl}/api/v1/news/${item.id}` });
  });

  api.openapi(patchRoute, async (c) => {
    const actor = requireActor(c.get("actor"));
    const { version, ...input } = c.req.valid("json");
    const before = await getNewsItemById(deps, actor, c.req.valid("param").id);
    const editing = before.status === "published" && can(actor, "edit", { networkId: before.networkId });
    const item = editing
      ? await editPublished(deps, actor, before.networkId, before.id, version, input)
      : await resubmitProposal(deps, actor, before.networkId, before.id, version, input);
    return c.json(shown(await slugs(), item), 200);
  });

  api.openapi(decisionRoute, async (c) => {
    const actor = requireActor(c.get("actor"));
    const { decision, reason, version } = c.req.valid("json");
    const before = await getNewsItemById(deps, actor, c.req.valid("param").id);
    const item = await decideOnProposal(deps, actor, before.networkId, before.id, {
      decision,
      note: reason ?? "",
      version,
    });
    return c.json(shown(await slugs(), item), 200);
  });
}
