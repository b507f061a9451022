// Static files: served from a list made at start, so what strangers ask for costs no memory.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

/** V8's collector, exposed for this process (as `node --expose-gc` would) without a separate run. */
function collector(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

/** The heap in use after full collections: several, as finalisers free more on a second pass. */
function settledHeap(gc: () => void): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

describe("static files", () => {
  it("serves listed files and answers 404 for path tricks and malformed escapes", async () => {
    expect((await t.app.request("/static/app/app.css")).status).toBe(200);
    const twice = await t.app.request("/static/app/app.css");
    expect(twice.headers.get("content-type")).toBe("text/css; charset=utf-8");
    for (const p of [
      "/static/app/%E0%A4%A.css",
      "/static/app/%E0%A4.css",
      "/static/app/%ZZ.css",
      "/static/app/%2e%2e/package.json",
      "/static/app/..%2f..%2fpackage.json",
      "/static/app/app.css%00.css",
      "/static/bi/../../package.json",
      "/static/app/missing.css",
    ]) {
      const res = await t.app.request(p);
      expect(res.status, p).toBe(404);
    }
  });

  it("keeps the heap flat over 20,000 distinct misses", async () => {
    const gc = collector();
    const long = "x".repeat(2_000);
    const miss = (i: number) => t.app.request(`/static/app/${long}-${i}.css`);
    // Warm up whatever the first requests allocate once (module state, JIT), then measure.
    for (let i = 0; i < 500; i++) expect((await miss(i)).status).toBe(404);
    const before = settledHeap(gc);
    for (let i = 500; i < 20_500; i++) {
      const res = await miss(i);
      if (res.status !== 404) throw new Error(`miss ${i} answered ${res.status}`);
      await res.arrayBuffer();
    }
    const after = settledHeap(gc);
    // Remembering each miss held its 2 kB path: about 40 MB for these. Allow noise, not that.
    expect(after - before).toBeLessThan(8 * 1024 * 1024);
  }, 120_000);
});
