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
