// The HTTP application's frame: middleware in a fixed order, then the routes app/http.tsx mounts
// (every module's pages and the API), then the answers for what no route took and for errors.
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import type { SessionLookup } from "../auth/index.ts";
import type { Deps } from "../deps.ts";
import { AppError, problemOf } from "../errors.ts";
import { redactPath } from "../logger.ts";
import { createMetrics, publicMetrics } from "../metrics.ts";
import { renderError } from "../ui/error-page.tsx";
import { limitBodies } from "./body-limit.ts";
import { clientScriptFiles } from "./client-scripts.ts";
import type { AppEnv } from "./context.ts";
import { cspAdditions } from "./csp.ts";
import { csrfProtection } from "./csrf.ts";
import {
  ensureLanguage,
  flashMessages,
  loadSession,
  logRequest,
  negotiateLanguage,
  requestContext,
  requestIdFor,
} from "./middleware.ts";
import { createRenderCache, untilNextWrite } from "./render-cache.ts";
import { staticFiles } from "./static.ts";
import "../i18n/platform.messages.ts";

export { MAX_FORM_BYTES } from "./body-limit.ts";

const isApi = (path: string) => path.startsWith("/api/");

/** PostgreSQL's "invalid byte sequence" (22021) and "untranslatable character" (22P05). */
const isUnstorableText = (err: unknown) =>
  typeof err === "object" &&
  err !== null &&
  ["22021", "22P05"].includes((err as { code?: string }).code ?? "");

/**
 * Hono's own refusals of client input (its validators: a body that is not JSON where JSON is expected
 * answers 415, an unreadable one 400) as our errors, so they are problem details and pages, not 500s.
 * A wrong content type is a 400 `unsupported-content-type` as everywhere else (CONVENTIONS.md).
 */
function fromHono(err: HTTPException): AppError | undefined {
  if (err.status >= 500) return undefined;
  if (err.status === 415) {
    return new AppError(
      400,
      "unsupported-content-type",
      "The body must be JSON with Content-Type: application/json.",
    );
  }
  const code =
    { 401: "unauthorized", 403: "forbidden", 404: "not-found", 413: "too-large" }[err.status as number] ??
    "bad-request";
  return new AppError(err.status, code, err.message || "The request is not valid.");
}

export type HttpAppOptions = {
  /** The browser session behind a cookie (identity's, through app/). */
  session(deps: Deps, token: string): Promise<SessionLookup | null>;
  /** Mounts the routes, after the session, language, flash and CSRF middleware. */
  mount(app: Hono<AppEnv>): void;
};

export function createHttpApp(deps: Deps, opts: HttpAppOptions) {
  const app = new Hono<AppEnv>();
  const metrics = createMetrics();
  const cache = createRenderCache({ clock: deps.clock });

  app.use(requestContext(deps));
  app.use(metrics.middleware);
  // Outside secureHeaders: a page that plays a video from elsewhere adds its host to media-src (csp.ts).
  app.use(cspAdditions());
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      crossOriginEmbedderPolicy: false,
      // Not the default "no-referrer": with it Chromium sends `Origin: null` on form posts and the
      // CSRF origin check refuses every real browser's sign-in. "same-origin" leaks nothing outside.
      referrerPolicy: "same-origin",
    }),
  );
  app.use(staticFiles());
  app.use(clientScriptFiles());
  app.get("/healthz", async (c) => {
    try {
      await deps.pool.query("select 1");
      return c.json({ status: "ok" });
    } catch {
      return c.json({ status: "unavailable" }, 503);
    }
  });
  // Not public: a Bearer METRICS_TOKEN, or METRICS_PORT's loopback listener (see metrics.ts).
  app.get("/metrics", publicMetrics(metrics.registry, deps.config.metricsToken));
  // Anonymous public pages from memory (invalidated by every write): see render-cache.ts. Hits are
  // answered by cache.front (below), in front of all of this.
  app.use(cache.middleware);
  // 12 MB unless the route declares its own limit (body-limit.ts: media routes stream theirs).
  app.use(limitBodies());
  // The session and memberships are remembered until the next write (or 2 s): see render-cache.ts.
  app.use(loadSession(untilNextWrite(opts.session)));
  app.use(negotiateLanguage());
  app.use(flashMessages());
  app.use(csrfProtection());

  opts.mount(app);

  app.notFound((c) => {
    if (isApi(c.req.path)) {
      return c.json(problemOf(new AppError(404, "not-found", "No such resource.")), 404, {
        "Content-Type": "application/problem+json",
      });
    }
    ensureLanguage(c);
    return renderError(c, 404, "errors.notFound");
  });

  app.onError((thrown, c) => {
    const api = isApi(c.req.path);
    // Refused before the language was chosen (a body too large, a static file's 404): choose it now.
    if (!api) ensureLanguage(c);
    // Text PostgreSQL cannot store (U+0000 in a query string or a multipart field) is bad input.
    const err = isUnstorableText(thrown)
      ? new AppError(400, "invalid-character", "Text may not contain the NUL character (U+0000).")
      : thrown instanceof HTTPException
        ? (fromHono(thrown) ?? thrown)
        : thrown;
    if (err instanceof AppError) {
      for (const [k, v] of Object.entries(err.headers)) c.header(k, v);
      if (api) {
        return c.json(problemOf(err), err.status as 400, { "Content-Type": "application/problem+json" });
      }
      const key =
        err.status === 404
          ? "errors.notFound"
          : err.status === 403
            ? err.code === "csrf-failed"
              ? "errors.csrf"
              : "errors.forbidden"
            : err.status === 401
              ? "errors.unauthorized"
              : err.status === 413
                ? "errors.tooLarge"
                : err.status === 429
                  ? "errors.rateLimited"
                  : "form.invalid";
      const minutes = Math.ceil(Number(err.headers["Retry-After"] ?? 60) / 60);
      return renderError(c, err.status, key, { minutes });
    }
    const id = c.get("requestId") ?? "unknown";
    (c.get("log") ?? deps.log).error({ err, path: redactPath(c.req.path) }, "unhandled error");
    if (api) {
      return c.json(
        {
          type: "/problems/internal",
          code: "internal",
          title: "Internal Server Error",
          status: 500,
          detail: "Internal error.",
          correlationId: id,
        },
        500,
        { "Content-Type": "application/problem+json" },
      );
    }
    return renderError(c, 500, "errors.internal", { id });
  });

  // A cached anonymous page is answered before Hono routes the request; what the middleware above
  // would still have done for it (request id, access log, metrics) is done here. Tests and the server
  // both call app.fetch (app.request goes through it), so both go through the cache the same way.
  app.fetch = cache.front(app.fetch, {
    requestId: requestIdFor,
    done({ requestId, path, route, startedAt }) {
      const ms = performance.now() - startedAt;
      metrics.observe("GET", route, 200, ms / 1000);
      logRequest(deps.log, { requestId, method: "GET", path, status: 200, ms: Math.round(ms) });
    },
  });
  // The registry goes with the app: METRICS_PORT's listener (server.ts) serves the same numbers.
  return Object.assign(app, { metrics });
}

export type HttpApp = ReturnType<typeof createHttpApp>;
