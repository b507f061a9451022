// /api/v1 write routes of the catalogue: `POST /practices` (a coordinator or admin adds a practice to
// their network directly, published unless asked for a draft) and `POST /submissions` (anyone reports
// a project for moderation: no token, rate limited per IP and per address, the same rules as the form).
import { createRoute } from "@hono/zod-openapi";
import type { Deps } from "../../../platform/deps.ts";
import { AppError, forbidden, invalid } from "../../../platform/errors.ts";
import { type newApi, problemResponses, requireActor, z } from "../../../platform/http/api.ts";
import { clientIp } from "../../../platform/http/client-ip.ts";
import { translator } from "../../../platform/i18n/index.ts";
import { createPractice, type Practice, setPracticeStatus } from "../catalogue/service.ts";
import { THEMES } from "../themes.ts";
import { canCreateDirectly } from "./policy.ts";
import { SubmissionForm } from "./submissions.schema.ts";
import { submitPractice } from "./submissions.service.ts";
import "./messages.ts";

const en = translator("en");

/** Field messages in English (schemas carry catalogue keys for the forms). */
const english = (errors: { field: string; message: string }[]) =>
  errors.map((e) => ({
    field: e.field,
    message: /^[a-z]+(\.[\w-]+)+$/.test(e.message) ? en(e.message) : e.message,
  }));

function hook(result: { success: boolean; error?: unknown }): undefined {
  if (result.success) return undefined;
  const issues = (
    result.error as { issues: { path: PropertyKey[]; message: string; code: string; keys?: string[] }[] }
  ).issues;
  throw invalid(
    english(
      issues.map((i) => ({
        field: i.path.map(String).join(".") || "body",
        message:
          i.code === "unrecognized_keys" ? `Unknown field(s): ${(i.keys ?? []).join(", ")}` : i.message,
      })),
    ),
  );
}

const text = (max: number) => z.string().max(max);
const Fields = {
  title: text(150).openapi({ example: "Biblioteca diffusa nei Castelli Romani" }),
  summary: text(500),
  place: text(200).nullish(),
  country: z.string().openapi({ description: "ISO 3166-1 alpha-2", example: "IT" }),
  language: z.enum(["it", "en"]),
  startYear: z.number().int().nullish(),
  endYear: z.number().int().nullish(),
  problem: text(20_000).nullish().openapi({ description: "Markdown" }),
  solution: text(20_000).nullish().openapi({ description: "Markdown" }),
  resources: text(20_000).nullish().openapi({ description: "Markdown" }),
  results: text(20_000).nullish().openapi({ description: "Markdown" }),
  transferability: text(20_000).nullish().openapi({ description: "Markdown" }),
  lessons: text(20_000).nullish().openapi({ description: "Markdown" }),
  contact: text(500).nullish().openapi({ description: "Shown to signed-in members only" }),
  website: text(500).nullish(),
  themes: z
    .array(z.string())
    .max(14)
    .optional()
    .openapi({ description: `Theme codes: ${THEMES.join(", ")}` }),
  networkId: z.uuid().nullish(),
};

const CreateBody = z
  .object({
    ...Fields,
    links: z
      .array(z.object({ url: z.string(), label: z.string() }))
      .max(20)
      .optional(),
    organisationIds: z.array(z.uuid()).max(20).optional(),
    visibility: z.enum(["public", "network", "pa", "participants"]).optional(),
    licence: z.string().max(60).optional(),
    status: z.enum(["published", "draft"]).optional().openapi({ description: "Default: published" }),
  })
  .strict()
  .openapi("PracticeCreate");

const SubmissionBody = z
  .object({
    ...Fields,
    organisation: text(200)
      .nullish()
      .openapi({ description: "Name of the organisation that carried it out" }),
    name: text(120).openapi({ description: "The submitter's name (never published)" }),
    email: z
      .string()
      .max(254)
      .openapi({ description: "The submitter's address, for moderation mails (never published)" }),
    consentPublication: z
      .literal(true)
      .openapi({ description: "Consent to publish the content under CC BY 4.0" }),
    consentContact: z
      .literal(true)
      .openapi({ description: "Consent to the use of name, address and contact" }),
    mailLanguage: z
      .enum(["it", "en"])
      .optional()
      .openapi({ description: "Language of the mails (default: language)" }),
  })
  .strict()
  .openapi("SubmissionCreate");

const Created = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    url: z.url(),
    title: z.string(),
    summary: z.string(),
    status: z.string(),
    networkId: z.uuid().nullable(),
    visibility: z.string(),
    themes: z.array(z.string()),
    country: z.string(),
    language: z.enum(["it", "en"]),
    publishedAt: z.iso.datetime().nullable(),
  })
  .openapi("PracticeCreated");

const Submitted = z
  .object({ id: z.uuid(), status: z.literal("submitted"), title: z.string() })
  .openapi("SubmissionReceived");

const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});

const conflictAndLimits = {
  403: { description: "Not allowed", content: { "application/problem+json": { schema: z.any() } } },
  429: {
    description: "Rate limited (Retry-After)",
    content: { "application/problem+json": { schema: z.any() } },
  },
} as const;

const routes = {
  create: createRoute({
    method: "post",
    path: "/practices",
    summary: "Add a practice to a network directly (coordinators of the network, admins)",
    security: [{ bearer: [] }],
    request: { body: jsonBody(CreateBody) },
    responses: {
      201: { description: "Created", content: { "application/json": { schema: Created } } },
      ...problemResponses,
      403: conflictAndLimits[403],
    },
  }),
  submit: createRoute({
    method: "post",
    path: "/submissions",
    summary: "Report a project for moderation (public, rate limited per IP and per address)",
    request: { body: jsonBody(SubmissionBody) },
    responses: {
      201: {
        description: "Received; it waits for moderation",
        content: { "application/json": { schema: Submitted } },
      },
      ...problemResponses,
      429: conflictAndLimits[429],
    },
  }),
};

const asStrings = (v: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(v).map(([k, x]) => [
      k,
      x == null ? "" : Array.isArray(x) ? x.join(",") : x === true ? "on" : String(x),
    ]),
  );

/** Rethrows a service's field errors in English. */
function englishErrors(err: unknown): never {
  if (err instanceof AppError && err.status === 422) throw invalid(english(err.fieldErrors), err.message);
  throw err;
}

export function registerPracticeWorkflowApiRoutes(api: ReturnType<typeof newApi>, deps: Deps) {
  const url = (slug: string) => `${deps.config.baseUrl}/practices/${slug}`;
  const created = (p: Practice) => ({
    id: p.id,
    slug: p.slug,
    url: url(p.slug),
    title: p.title,
    summary: p.summary,
    status: p.status,
    networkId: p.networkId,
    visibility: p.visibility,
    themes: p.themes,
    country: p.country,
    language: p.language,
    publishedAt: p.publishedAt?.toISOString() ?? null,
  });

  api.openapi(
    routes.create,
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const { status, ...body } = c.req.valid("json");
      if (!canCreateDirectly(actor, body.networkId))
        throw forbidden("Only the network's coordinators and admins add practices directly.");
      const d = c.get("deps");
      const p = await createPractice(d, body, { createdBy: actor.id, status: "draft" }).catch(englishErrors);
      const final = status === "draft" ? p : await setPracticeStatus(d, p.id, "published");
      c.header("Location", `${deps.config.baseUrl}/api/v1/practices/${p.id}`);
      return c.json(created(final), 201);
    },
    hook,
  );

  api.openapi(
    routes.submit,
    async (c) => {
      const { mailLanguage, ...body } = c.req.valid("json");
      const parsed = SubmissionForm.safeParse(asStrings(body));
      if (!parsed.success)
        throw invalid(
          english(
            parsed.error.issues.map((i) => ({
              field: i.path.map(String).join(".") || "body",
              message: i.message,
            })),
          ),
        );
      const p = await submitPractice(c.get("deps"), c.get("actor"), parsed.data, {
        ip: clientIp(c),
        lang: mailLanguage ?? parsed.data.language,
      }).catch(englishErrors);
      c.header("Location", `${deps.config.baseUrl}/api/v1/practices/${p.id}`);
      return c.json({ id: p.id, status: "submitted" as const, title: p.title }, 201);
    },
    hook,
  );
}
