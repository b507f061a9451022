// Browser scripts from client/<name>/main.ts: bundled once, named by their content, served with a
// year's caching, and the board's within its size budget (issue "board experience": ≤ 25 KB gzip).
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { buildClientScripts, clientScript } from "./client-scripts.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

describe("client scripts", () => {
  it("names the board's bundle by its content and serves it, immutable, within the CSP's 'self'", async () => {
    await buildClientScripts();
    const url = clientScript("board");
    expect(url).toMatch(/^\/static\/client\/board\.[0-9a-f]{16}\.js$/);
    const res = await t.app.request(url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(res.headers.get("cache-control")).toContain("immutable");
    const body = new Uint8Array(await res.arrayBuffer());
    // A bundle for the browser: no module syntax left to resolve, the board's protocol inside.
    const text = new TextDecoder().decode(body);
    expect(text).not.toMatch(/\bimport\s*[{("]/);
    expect(text).toContain("board.command");
    expect(gzipSync(body).byteLength).toBeLessThanOrEqual(25 * 1024);
  });

  it("answers 404 for any other name under its prefix, an older hash included", async () => {
    await buildClientScripts();
    for (const p of ["/static/client/board.0000000000000000.js", "/static/client/", "/static/client/x.js"])
      expect((await t.app.request(p)).status).toBe(404);
  });

  it("refuses to name a script that was never built", () => {
    expect(() => clientScript("nothing-here")).toThrow(/not built/);
  });
});
