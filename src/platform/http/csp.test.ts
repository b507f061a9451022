// Per-response CSP additions: media-src names the host of a video hosted elsewhere, for that
// response only, and only for https origins.
import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { describe, expect, it } from "vitest";
import { allowMediaFrom, cspAdditions, withMediaSrc } from "./csp.ts";

describe("withMediaSrc", () => {
  it("adds media-src after 'self', or extends the one there", () => {
    expect(withMediaSrc("default-src 'self'; img-src 'self'", ["https://v.example"])).toBe(
      "default-src 'self'; img-src 'self'; media-src 'self' https://v.example",
    );
    expect(withMediaSrc("media-src 'self'", ["https://a.example", "https://b.example"])).toBe(
      "media-src 'self' https://a.example https://b.example",
    );
    expect(withMediaSrc("default-src 'self'", [])).toBe("default-src 'self'");
  });
});

describe("cspAdditions", () => {
  const app = new Hono();
  app.use(cspAdditions());
  app.use(secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'self'"] } }));
  app.get("/video", (c) => {
    allowMediaFrom(c, "https://peertube.example/static/web-videos/x.mp4");
    allowMediaFrom(c, "http://insecure.example/x.mp4");
    allowMediaFrom(c, "not a url");
    return c.text("ok");
  });
  app.get("/plain", (c) => c.text("ok"));

  it("names the video's host on that response only", async () => {
    const csp = (await app.request("/video")).headers.get("content-security-policy");
    expect(csp).toBe("default-src 'self'; media-src 'self' https://peertube.example");
    expect((await app.request("/plain")).headers.get("content-security-policy")).toBe("default-src 'self'");
  });
});
