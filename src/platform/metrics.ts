// Prometheus metrics at /metrics: default process metrics and an HTTP request histogram.
import type { MiddlewareHandler } from "hono";
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
  const middleware: MiddlewareHandler = async (c, next) => {
    const start = performance.now();
    await next();
    // routePath is the matched pattern ("/networks/:slug"), which keeps label cardinality bounded.
    httpDuration.observe(
      { method: c.req.method, route: c.req.routePath || "unmatched", status: String(c.res.status) },
      (performance.now() - start) / 1000,
    );
  };
  return { registry, middleware };
}
