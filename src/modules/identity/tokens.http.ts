// The API's check of a token's scope: a read-only token may read (GET, HEAD, OPTIONS) and nothing
// else; anything that could change data answers 403 problem details.
import type { MiddlewareHandler } from "hono";
import { AppError } from "../../platform/errors.ts";
import type { AppEnv } from "../../platform/http/context.ts";
import { isReadOnlyActor } from "./tokens.service.ts";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

export function tokenScope(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!SAFE.has(c.req.method) && isReadOnlyActor(c.get("actor"))) {
      throw new AppError(403, "read-only-token", "This token is read-only: it cannot change anything.");
    }
    await next();
  };
}
