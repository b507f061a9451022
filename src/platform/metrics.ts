// Prometheus metrics at /metrics: default process metrics and an HTTP request histogram.
//
// They tell a stranger how busy the instance is, which routes exist and how the process is doing, so
// they are not public: on the public port /metrics answers only a Bearer METRICS_TOKEN (compared in
// constant time) and is a 404 without one configured; METRICS_PORT serves them on a listener of its
// own bound to 127.0.0.1, for a Prometheus on the same host (docs/operations.md).
import { createHash, timingSafeEqual } from "node:crypto";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { type Context, Hono, type MiddlewareHandler } from "hono";
import { collectDefaultMetrics, Histogram, Registry } from "prom-client";

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const httpDuration = new Histogram({
    name: "bottega_http_request_duration_seconds",
    help: "HTTP request duration by method, route and status",
    labelNames: ["method", "route", "status"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  /** One request, labelled by the matched route pattern ("/networks/:slug"): bounded cardinality. */
  const observe = (method: string, route: string, status: number, seconds: number) =>
    httpDuration.observe({ method, route: route || "unmatched", status: String(status) }, seconds);
  const middleware: MiddlewareHandler = async (c, next) => {
    const start = performance.now();
    await next();
    observe(c.req.method, c.req.routePath, c.res.status, (performance.now() - start) / 1000);
  };
  return { registry, middleware, observe };
}

export type Metrics = ReturnType<typeof createMetrics>;

// Hashing both sides first gives timingSafeEqual equal lengths and leaks not even the token's length.
const digest = (s: string) => createHash("sha256").update(s).digest();

/** True when the Authorization header is `Bearer <token>`, compared in constant time. */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? "");
  return timingSafeEqual(digest(m?.[1] ?? ""), digest(token)) && Boolean(m);
}

/** The Prometheus text of a registry. */
export async function metricsResponse(c: Context, registry: Registry): Promise<Response> {
  c.header("Content-Type", registry.contentType);
  c.header("Cache-Control", "no-store");
  return c.body(await registry.metrics());
}

/**
 * /metrics on the public port: a 404 unless METRICS_TOKEN is set, then a 401 without that token.
 * Unauthorised answers are plain text: they are for a scraper, not for a person.
 */
export function publicMetrics(registry: Registry, token: string | undefined) {
  return async (c: Context): Promise<Response> => {
    if (!token) return c.text("Not Found", 404);
    if (!bearerMatches(c.req.header("authorization"), token)) {
      return c.text("Unauthorized", 401, { "WWW-Authenticate": 'Bearer realm="metrics"' });
    }
    return metricsResponse(c, registry);
  };
}

/**
 * METRICS_PORT: a listener on the loopback address that answers GET /metrics and nothing else. Only
 * processes on this host reach it, so it needs no token. Resolves once it listens (port 0 picks one).
 */
export async function serveMetrics(registry: Registry, port: number) {
  const app = new Hono();
  app.get("/metrics", (c) => metricsResponse(c, registry));
  const server = serve({ fetch: app.fetch, port, hostname: "127.0.0.1" });
  await new Promise<void>((resolve, reject) => {
    server.once("listening", () => resolve());
    server.once("error", reject);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
