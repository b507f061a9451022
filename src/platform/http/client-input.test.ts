// Input a client sent is answered with a 4xx, never a 500: problem details on the API, a page in the
// reader's language for forms and pages (CONVENTIONS.md "HTTP API").
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { buildAccount, signedIn } from "../../../test/helpers/factories.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { MAX_JSON_DEPTH } from "./api.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

const post = (path: string, body: BodyInit | null, headers: Record<string, string>) =>
  t.app.request(path, { method: "POST", body, headers });

async function expectProblem(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  expect(await res.json()).toMatchObject({ status, code, type: `/problems/${code}` });
}

describe("bad input is a 4xx", () => {
  it("a JSON body nested 200,000 levels deep is a 400, not a stack overflow", async () => {
    const deep = `${"[".repeat(200_000)}${"]".repeat(200_000)}`;
    const res = await post("/api/v1/submissions", deep, { "content-type": "application/json" });
    await expectProblem(res, 400, "too-deeply-nested");
    const objects = `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`;
    const res2 = await post("/api/v1/submissions", objects, { "content-type": "application/json" });
    await expectProblem(res2, 400, "too-deeply-nested");
  });

  it("nesting up to the limit reaches the route's own validation (422)", async () => {
    const body = `{"title":${"[".repeat(MAX_JSON_DEPTH - 1)}${"]".repeat(MAX_JSON_DEPTH - 1)}}`;
    const res = await post("/api/v1/submissions", body, { "content-type": "application/json" });
    await expectProblem(res, 422, "validation-failed");
  });

  it("a 13 MB form is a 413 page in the reader's language", async () => {
    const big = `email=${"a".repeat(13 * 1024 * 1024)}`;
    for (const [lang, text] of [
      ["en", "The file or data you sent is too large."],
      ["it", "Il file o i dati inviati sono troppo grandi."],
    ] as const) {
      const c = new Client(t, { "accept-language": lang });
      // With its length declared (every browser form), and streamed without one.
      for (const extra of [{ "content-length": String(big.length) }, {}] as Record<string, string>[]) {
        const res = await c.request("/sign-in", {
          method: "POST",
          body: big,
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            origin: "http://localhost:3000",
            ...extra,
          },
        });
        expect(res.status).toBe(413);
        const html = await res.text();
        expect(html).toContain(`<html lang="${lang}">`);
        expect(html).toContain(text);
      }
    }
  });

  it("a 13 MB JSON body is a 413 problem on the API", async () => {
    const big = JSON.stringify({ title: "a".repeat(13 * 1024 * 1024) });
    const res = await post("/api/v1/submissions", big, { "content-type": "application/json" });
    await expectProblem(res, 413, "too-large");
  });

  it("page=1e308 is a 404 page on lists, a 422 on the API", async () => {
    const admin = await buildAccount(t, { isAdmin: true });
    const c = await signedIn(t, admin.id);
    for (const path of ["/organisations?page=1e308&lang=en", "/admin/accounts?page=1e308&lang=en"]) {
      const res = await c.get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).toContain("does not exist or is not visible");
    }
    expect((await c.get("/organisations?page=2")).status).toBe(200);
    for (const path of ["/api/v1/organisations", "/api/v1/networks", "/api/v1/labs", "/api/v1/practices"]) {
      await expectProblem(await t.app.request(`${path}?page=1e308`), 422, "validation-failed");
    }
  });

  it("an API body that is not JSON is a 400, with or without content", async () => {
    for (const body of ["", null, "title=x"]) {
      const res = await post("/api/v1/submissions", body, { "content-type": "text/plain" });
      await expectProblem(res, 400, "unsupported-content-type");
    }
    // JSON declared, nothing sent.
    const empty = await post("/api/v1/submissions", "", { "content-type": "application/json" });
    expect(empty.status).toBe(400);
    expect(empty.headers.get("content-type")).toContain("application/problem+json");
  });
});
