// /metrics: behind a Bearer METRICS_TOKEN on the public port, or on METRICS_PORT's loopback listener.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestRuntime, type TestRuntime } from "../../test/helpers/runtime.ts";
import { loadConfig } from "./config.ts";
import { bearerMatches, serveMetrics } from "./metrics.ts";

const TOKEN = "metrics-token-0123456789abcdef";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime({ env: { METRICS_TOKEN: TOKEN } });
});
afterAll(() => t.close());

describe("metrics", () => {
  it("answer 401 on the public port without the token, or with a wrong one", async () => {
    for (const headers of [
      {},
      { authorization: "Bearer wrong-token-0123456789abcdef" },
      { authorization: `Bearer ${TOKEN}x` },
      { authorization: `Basic ${TOKEN}` },
      { authorization: TOKEN },
    ] as Record<string, string>[]) {
      const res = await t.app.request("/metrics", { headers });
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expect(res.headers.get("www-authenticate")).toContain("Bearer");
      expect(await res.text()).not.toContain("process_resident_memory_bytes");
    }
  });

  it("expose Prometheus text with request durations by route pattern to the token", async () => {
    await t.app.request("/accessibility");
    const res = await t.app.request("/metrics", { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const text = await res.text();
    expect(text).toContain("process_resident_memory_bytes");
    expect(text).toMatch(
      /bottega_http_request_duration_seconds_count\{method="GET",route="\/accessibility",status="200"\} \d+/,
    );
  });

  it("are served without a token on METRICS_PORT, a listener on 127.0.0.1 with nothing else", async () => {
    await t.app.request("/privacy");
    const listener = await serveMetrics(t.app.metrics.registry, 0);
    try {
      const res = await fetch(`http://127.0.0.1:${listener.port}/metrics`);
      expect(res.status).toBe(200);
      expect(await res.text()).toMatch(/route="\/privacy",status="200"/);
      expect((await fetch(`http://127.0.0.1:${listener.port}/`)).status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${listener.port}/healthz`)).status).toBe(404);
    } finally {
      await listener.close();
    }
  });

  it("compare the Bearer token whole", () => {
    expect(bearerMatches(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(bearerMatches(`bearer  ${TOKEN}`, TOKEN)).toBe(true);
    expect(bearerMatches(`Bearer ${TOKEN.slice(0, -1)}`, TOKEN)).toBe(false);
    expect(bearerMatches("Bearer ", TOKEN)).toBe(false);
    expect(bearerMatches(undefined, TOKEN)).toBe(false);
  });

  it("refuse a short METRICS_TOKEN and a METRICS_PORT equal to PORT at start", () => {
    const base = { DATA_DIR: "/tmp/bottega-config-test", SECRET: "x".repeat(40) };
    expect(() => loadConfig({ ...base, METRICS_TOKEN: "short" })).toThrow(/METRICS_TOKEN/);
    expect(() => loadConfig({ ...base, PORT: "3000", METRICS_PORT: "3000" })).toThrow(/METRICS_PORT/);
    const c = loadConfig({ ...base, METRICS_TOKEN: TOKEN, METRICS_PORT: "9464" });
    expect(c.metricsToken).toBe(TOKEN);
    expect(c.metricsPort).toBe(9464);
  });
});
