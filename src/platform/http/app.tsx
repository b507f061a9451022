// The HTTP application: middleware in a fixed order, then each module's routes. Routes stay thin
// (validate → authorise → one service call → render); this file only wires things together.
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import { outcomeRoutes } from "../../modules/boards/outcomes.routes.tsx";
import { boardRoutes } from "../../modules/boards/routes.tsx";
import { templateRoutes } from "../../modules/boards/templates.routes.tsx";
import { conferenceRoutes } from "../../modules/conferences/routes.tsx";
import { fundingRoutes } from "../../modules/funding/routes.tsx";
import { accountRoutes } from "../../modules/identity/account.routes.tsx";
import { adminRoutes } from "../../modules/identity/admin.routes.tsx";
import { apiRoutes } from "../../modules/identity/api.ts";
import { invitationRoutes } from "../../modules/identity/invitations.routes.tsx";
import { networkRoutes } from "../../modules/identity/network.routes.tsx";
import { oidcRoutes } from "../../modules/identity/oidc.routes.tsx";
import { organisationRoutes } from "../../modules/identity/organisation.routes.tsx";
import { identityRoutes } from "../../modules/identity/routes.tsx";
import { resolveSession } from "../../modules/identity/sessions.service.ts";
import { labExtrasRoutes } from "../../modules/labs/extras.routes.tsx";
import { labRoutes } from "../../modules/labs/routes.tsx";
import { importRoutes } from "../../modules/practices/import.routes.tsx";
import { openDataRoutes } from "../../modules/practices/open-data.routes.tsx";
import { practicePageRoutes } from "../../modules/practices/pages.routes.tsx";
import { practiceWorkflowRoutes } from "../../modules/practices/workflow.routes.tsx";
import { AppError, problemOf } from "../errors.ts";
import { createMetrics } from "../metrics.ts";
import { renderError } from "../ui/error-page.tsx";
import type { AppEnv, Deps } from "./context.ts";
import { csrfProtection } from "./csrf.ts";
import {
  flashMessages,
  loadSession,
  logRequest,
  negotiateLanguage,
  requestContext,
  requestIdFor,
} from "./middleware.ts";
import { pageRoutes } from "./pages.tsx";
import { createRenderCache, untilNextWrite } from "./render-cache.ts";
import { staticFiles } from "./static.ts";
import "../i18n/platform.messages.ts";
import "../../modules/identity/messages.ts";
import "../../modules/identity/messages.networks.ts";
import "../../modules/identity/messages.accounts.ts";

export const MAX_FORM_BYTES = 12 * 1024 * 1024;

const isApi = (path: string) => path.startsWith("/api/");

/** PostgreSQL's "invalid byte sequence" (22021) and "untranslatable character" (22P05). */
const isUnstorableText = (err: unknown) =>
  typeof err === "object" &&
  err !== null &&
  ["22021", "22P05"].includes((err as { code?: string }).code ?? "");

export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>();
  const metrics = createMetrics();
  const cache = createRenderCache({ clock: deps.clock });

  app.use(requestContext(deps));
  app.use(metrics.middleware);
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
  app.get("/healthz", async (c) => {
    try {
      await deps.pool.query("select 1");
      return c.json({ status: "ok" });
    } catch {
      return c.json({ status: "unavailable" }, 503);
    }
  });
  app.get("/metrics", async (c) => {
    c.header("Content-Type", metrics.registry.contentType);
    return c.body(await metrics.registry.metrics());
  });
  // Anonymous public pages from memory (invalidated by every write): see render-cache.ts. Hits are
  // answered by cache.front (below), in front of all of this.
  app.use(cache.middleware);
  const limitBody = bodyLimit({
    maxSize: MAX_FORM_BYTES,
    onError: () => {
      throw new AppError(413, "too-large", "The request body is too large.");
    },
  });
  // GET and HEAD carry no body; skipping the check there spares building a full Request per page view.
  // A body with a Content-Length (every browser form post) is checked on the header alone: Node's HTTP
  // parser never hands over more bytes than it declares. Hono's bodyLimit reads `req.raw.body`, which
  // makes node-server build a full web Request and stream the body through it; without that, the
  // form is read straight from the socket (node-server's direct read), a large share of a post's cost.
  app.use((c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    const length = c.req.header("content-length");
    if (length !== undefined && c.req.header("transfer-encoding") === undefined) {
      if (Number(length) > MAX_FORM_BYTES)
        throw new AppError(413, "too-large", "The request body is too large.");
      return next();
    }
    return limitBody(c, next);
  });
  // The session and memberships are remembered until the next write (or 2 s): see render-cache.ts.
  app.use(loadSession(untilNextWrite(resolveSession)));
  app.use(negotiateLanguage());
  app.use(flashMessages());
  app.use(csrfProtection());

  app.route("/api/v1", apiRoutes(deps));
  app.route("/", pageRoutes());
  app.route("/", identityRoutes());
  app.route("/", oidcRoutes());
  app.route("/", organisationRoutes());
  app.route("/", networkRoutes());
  app.route("/", invitationRoutes());
  app.route("/", adminRoutes());
  app.route("/", accountRoutes());
  // Before the practice pages: /practices/feed.xml is not a practice's slug.
  app.route("/", openDataRoutes());
  app.route("/", importRoutes());
  app.route("/", labRoutes());
  app.route("/", labExtrasRoutes());
  app.route("/", conferenceRoutes());
  app.route("/", boardRoutes());
  app.route("/", outcomeRoutes());
  app.route("/", templateRoutes());
  app.route("/", practiceWorkflowRoutes());
  app.route("/", practicePageRoutes());
  app.route("/", fundingRoutes());

  app.notFound((c) => {
    if (isApi(c.req.path)) {
      return c.json(problemOf(new AppError(404, "not-found", "No such resource.")), 404, {
        "Content-Type": "application/problem+json",
      });
    }
    return renderError(c, 404, "errors.notFound");
  });

  app.onError((thrown, c) => {
    const api = isApi(c.req.path);
    // Text PostgreSQL cannot store (U+0000 in a query string or a multipart field) is bad input.
    const err = isUnstorableText(thrown)
      ? new AppError(400, "invalid-character", "Text may not contain the NUL character (U+0000).")
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
            ? "errors.forbidden"
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
    (c.get("log") ?? deps.log).error({ err, path: c.req.path }, "unhandled error");
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
  return app;
}

export type App = ReturnType<typeof createApp>;
