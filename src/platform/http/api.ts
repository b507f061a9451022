// The REST API's shared machinery (CONVENTIONS.md "HTTP API"): Bearer-token authentication, strict
// JSON bodies (malformed JSON, wrong content type or bad UTF-8 → 400), zod validation failures as
// 422 problem details with field errors, list envelopes and paging limits, and the OpenAPI 3.1 doc.
import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import type { Actor } from "../auth/index.ts";
import type { Deps } from "../deps.ts";
import { AppError, badRequest, invalid, unauthorized } from "../errors.ts";
import type { AppEnv } from "./context.ts";

export type ApiEnv = AppEnv;

export function newApi() {
  return new OpenAPIHono<ApiEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        throw invalid(
          result.error.issues.map((i) => ({
            field: i.path.map(String).join(".") || "body",
            message: i.code === "unrecognized_keys" ? `Unknown field(s): ${i.keys.join(", ")}` : i.message,
          })),
        );
      }
    },
  });
}

type TokenResolver = (deps: Deps, token: string) => Promise<Actor | null>;

/** A Bearer token makes the caller that token's account; no token means anonymous (public data). */
export function bearerAuth(resolve: TokenResolver): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const header = c.req.header("authorization");
    if (header !== undefined) {
      const m = /^Bearer\s+(\S+)$/i.exec(header);
      if (!m?.[1]) throw unauthorized("The Authorization header must be 'Bearer <token>'.");
      const actor = await resolve(c.get("deps"), m[1]);
      if (!actor) throw unauthorized("The token is unknown, revoked or expired.");
      c.set("actor", actor);
      // A token call is not a browser session: no cookie identity leaks into it.
      c.set("sessionId", null);
    } else if (c.get("sessionId") === null) {
      c.set("actor", null);
    }
    await next();
  };
}

const WITH_BODY = new Set(["POST", "PUT", "PATCH"]);
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** How deep a JSON body may nest; the API's own shapes go three or four levels down. */
export const MAX_JSON_DEPTH = 64;

/**
 * What a parsed body holds that no route should see: U+0000 (PostgreSQL cannot store it in text) or
 * nesting deeper than MAX_JSON_DEPTH. Walked with a list rather than recursion, so a body 200,000
 * levels deep is refused instead of overflowing the stack.
 */
function refusedContent(root: unknown): "nul" | "too-deep" | undefined {
  const pending: [unknown, number][] = [[root, 0]];
  for (let item = pending.pop(); item; item = pending.pop()) {
    const [v, depth] = item;
    if (typeof v === "string") {
      if (v.includes("\u0000")) return "nul";
      continue;
    }
    if (!v || typeof v !== "object") continue;
    if (depth >= MAX_JSON_DEPTH) return "too-deep";
    if (Array.isArray(v)) {
      for (const x of v) pending.push([x, depth + 1]);
      continue;
    }
    for (const [k, x] of Object.entries(v)) {
      if (k.includes("\u0000")) return "nul";
      pending.push([x, depth + 1]);
    }
  }
  return undefined;
}

/** Refuses bodies that are not well-formed JSON before any route sees them. */
export function jsonBodies(): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    if (!WITH_BODY.has(c.req.method)) return next();
    const type = c.req.header("content-type") ?? "";
    const raw = new Uint8Array(await c.req.arrayBuffer());
    if (raw.byteLength === 0) return next();
    if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
      throw badRequest(
        "The body must be JSON with Content-Type: application/json.",
        "unsupported-content-type",
      );
    }
    let text: string;
    try {
      text = utf8.decode(raw);
    } catch {
      throw badRequest("The body is not valid UTF-8.", "invalid-encoding");
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw badRequest("The body is not valid JSON.", "malformed-json");
    }
    const refused = refusedContent(parsed);
    if (refused === "nul") {
      throw badRequest("Text may not contain the NUL character (U+0000).", "invalid-character");
    }
    if (refused === "too-deep") {
      throw badRequest(`The JSON body nests deeper than ${MAX_JSON_DEPTH} levels.`, "too-deeply-nested");
    }
    await next();
  };
}

export const Problem = z
  .object({
    type: z.string(),
    code: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .openapi("Problem");

export const problemResponses = {
  400: { description: "Malformed request", content: { "application/problem+json": { schema: Problem } } },
  401: { description: "Missing or bad token", content: { "application/problem+json": { schema: Problem } } },
  404: {
    description: "Not found or not visible",
    content: { "application/problem+json": { schema: Problem } },
  },
  422: { description: "Invalid request", content: { "application/problem+json": { schema: Problem } } },
} as const;

/** An OpenAPI response with a JSON body. */
export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** An OpenAPI problem-details response (RFC 9457) for a status the shared ones do not describe. */
export const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: Problem } },
});

export const ListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1).openapi({ example: 1 }),
  limit: z.coerce.number().int().min(1).max(100).default(20).openapi({ example: 20 }),
});

export function listEnvelope<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      items: z.array(item),
      total: z.number().int(),
      page: z.number().int(),
      limit: z.number().int(),
    })
    .openapi(name);
}

export const requireActor = (actor: Actor | null): Actor => {
  if (!actor) throw unauthorized();
  return actor;
};

export { AppError, z };
