// /api/v1 routes of the catalogue (issue item 9): the searchable list and one practice. The write
// routes (POST /practices, POST /submissions) belong to the submission slice.
import { createRoute } from "@hono/zod-openapi";
import type { Deps } from "../../platform/deps.ts";
import { notFound } from "../../platform/errors.ts";
import { jsonResponse, listEnvelope, type newApi, problemResponses, z } from "../../platform/http/api.ts";
import { isUuid } from "../../platform/ids.ts";
import { getPractice } from "./catalogue/service.ts";
import { searchPractices } from "./search/service.ts";
import { THEMES } from "./themes.ts";

// The query as documented; the service validates it fully (codes, ranges) and answers 422 per field.
const ListQuery = z
  .object({
    q: z.string().optional().openapi({ description: 'Words, "phrases", `or`, -excluded (websearch syntax)' }),
    theme: z
      .string()
      .optional()
      .openapi({ description: `Theme codes, comma-separated: ${THEMES.join(", ")}` }),
    orgType: z.string().optional().openapi({ description: "Organisation type codes, comma-separated" }),
    country: z.string().optional().openapi({ description: "ISO 3166-1 alpha-2 codes, comma-separated" }),
    year: z.string().optional().openapi({ description: "Active in that year (no end year means ongoing)" }),
    language: z.string().optional().openapi({ description: "Language of the practice: it or en" }),
    network: z.string().optional().openapi({ description: "A network's id or slug" }),
    sort: z.string().optional().openapi({ description: "relevance (default with q) or date (newest first)" }),
    page: z.string().optional().openapi({ example: "1" }),
    limit: z.string().optional().openapi({ example: "20", description: "1–100" }),
  })
  .strict();

const Item = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    themes: z.array(z.string()),
    country: z.string(),
    language: z.enum(["it", "en"]),
    url: z.url(),
    website: z.string().nullable(),
    partial: z.boolean().openapi({
      description: "A partial match: it lacks some words of a many-word query (listed in missing)",
    }),
    missing: z.array(z.string()),
  })
  .openapi("PracticeListItem");

const Facet = z.array(z.object({ value: z.string(), count: z.number().int() }));
const List = listEnvelope(Item, "PracticeList")
  .extend({
    facets: z.object({
      theme: Facet,
      orgType: Facet,
      country: Facet,
      language: Facet,
      network: Facet,
      year: z.array(z.object({ value: z.number().int(), count: z.number().int() })),
    }),
    facetsExact: z
      .boolean()
      .openapi({ description: "false: counts estimated from a sample of a very large result" }),
    corrections: z.array(z.object({ from: z.string(), to: z.string() })),
    namedThemes: Facet.openapi({
      description:
        "Themes the query names (a label or synonym, any language), with their count in the result",
    }),
  })
  .openapi("PracticeList");

const Practice = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    url: z.url(),
    title: z.string(),
    summary: z.string(),
    place: z.string().nullable(),
    country: z.string(),
    startYear: z.number().int().nullable(),
    endYear: z.number().int().nullable(),
    problem: z.string().nullable(),
    solution: z.string().nullable(),
    resources: z.string().nullable(),
    results: z.string().nullable(),
    transferability: z.string().nullable(),
    lessons: z.string().nullable(),
    contact: z.string().nullable().openapi({ description: "Only for authenticated callers" }),
    website: z.string().nullable(),
    links: z.array(z.object({ url: z.string(), label: z.string() })),
    themes: z.array(z.string()),
    organisationIds: z.array(z.uuid()),
    language: z.enum(["it", "en"]),
    licence: z.string(),
    networkId: z.uuid().nullable(),
    visibility: z.string(),
    status: z.string(),
    publishedAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime(),
  })
  .openapi("Practice");

const routes = {
  list: createRoute({
    method: "get",
    path: "/practices",
    summary: "Search published practices the caller may see",
    request: { query: ListQuery },
    responses: {
      200: jsonResponse(List, "A page of practices, with facets over the whole result"),
      ...problemResponses,
    },
  }),
  one: createRoute({
    method: "get",
    path: "/practices/{id}",
    summary: "One practice",
    request: { params: z.object({ id: z.string().openapi({ param: { name: "id", in: "path" } }) }) },
    responses: { 200: jsonResponse(Practice, "The practice"), ...problemResponses },
  }),
};

export function registerPracticeApiRoutes(api: ReturnType<typeof newApi>, deps: Deps) {
  const url = (slug: string) => `${deps.config.baseUrl}/practices/${slug}`;

  api.openapi(routes.list, async (c) => {
    // The items carry no highlights: none are computed (search/service.ts).
    const r = await searchPractices(c.get("deps"), c.get("actor"), c.req.valid("query"), {
      highlight: false,
    });
    return c.json(
      {
        items: r.items.map((h) => ({
          id: h.id,
          slug: h.slug,
          title: h.title,
          summary: h.summary,
          themes: h.themes,
          country: h.country,
          language: h.language,
          url: url(h.slug),
          website: h.website,
          partial: h.partial,
          missing: h.missing,
        })),
        total: r.total,
        totalExact: r.totalExact,
        page: r.page,
        limit: r.limit,
        facets: r.facets,
        facetsExact: r.facetsExact,
        corrections: r.corrections,
        namedThemes: r.namedThemes,
      },
      200,
    );
  });

  api.openapi(routes.one, async (c) => {
    const id = c.req.valid("param").id;
    // API paths take the id (CONVENTIONS.md); a slug here is not found.
    if (!isUuid(id)) throw notFound();
    const p = await getPractice(c.get("deps"), c.get("actor"), id);
    const {
      organisationTypes: _t,
      participantIds: _p,
      createdBy: _b,
      createdAt: _c,
      contactGiven: _g,
      version: _v,
      ...rest
    } = p;
    return c.json(
      {
        ...rest,
        url: url(p.slug),
        publishedAt: p.publishedAt?.toISOString() ?? null,
        updatedAt: p.updatedAt.toISOString(),
      },
      200,
    );
  });
}
