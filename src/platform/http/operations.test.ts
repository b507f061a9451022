// Operations endpoints and headers every response carries.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

describe("operations", () => {
  it("/healthz answers ok while the database answers", async () => {
    const res = await t.app.request("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("/metrics is not public without METRICS_TOKEN (metrics.test.ts covers the token and port)", async () => {
    const res = await t.app.request("/metrics");
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("process_resident_memory_bytes");
  });

  it("sends a request id, a strict CSP without inline scripts, and no-store on pages", async () => {
    const res = await t.app.request("/", { headers: { "x-request-id": "abc-123" } });
    expect(res.headers.get("x-request-id")).toBe("abc-123");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const html = await res.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle="/);
  });

  it("serves Bootstrap Italia's CSS, sprite and fonts locally and refuses path tricks", async () => {
    for (const p of [
      "/static/bi/css/bootstrap-italia.min.css",
      "/static/bi/svg/sprites.svg",
      "/static/bi/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-regular.woff2",
      "/static/app/fonts.css",
    ]) {
      const res = await t.app.request(p);
      expect(res.status, p).toBe(200);
    }
    expect((await t.app.request("/static/bi/../../package.json")).status).toBe(404);
    expect((await t.app.request("/static/app/%2e%2e/package.json")).status).toBe(404);
  });

  it("negotiates the language: ?lang sets a cookie, Accept-Language is a fallback, Italian by default", async () => {
    const it_ = await t.app.request("/");
    expect(await it_.text()).toContain('<html lang="it">');
    const en = await t.app.request("/", { headers: { "accept-language": "en-GB,en;q=0.9" } });
    expect(await en.text()).toContain('<html lang="en">');
    const asked = await t.app.request("/?lang=en");
    expect(asked.headers.getSetCookie().join(";")).toContain("bottega_lang=en");
    const html = await asked.text();
    expect(html).toContain('hreflang="it"');
    expect(html).toContain("Skip to main content");
  });

  it("shows a 404 page in the user's language", async () => {
    const res = await t.app.request("/no/such/page?lang=en");
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("does not exist or is not visible");
  });
});
