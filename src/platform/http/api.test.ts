import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiTokenFor, buildAccount } from "../../../test/helpers/factories.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";

let t: TestRuntime;
let token: string;
beforeAll(async () => {
  t = await createTestRuntime();
  const a = await buildAccount(t, { name: "Paolo Bianchi" });
  token = await apiTokenFor(t, a.id);
});
afterAll(() => t.close());

const call = (path: string, init: RequestInit = {}) => t.app.request(`/api/v1${path}`, init);

describe("REST API conventions", () => {
  it("answers /me for a token", async () => {
    const res = await call("/me", { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect((await res.json()).name).toBe("Paolo Bianchi");
  });

  it("answers 401 problem details without a token or with a bad one", async () => {
    const cases: Record<string, string>[] = [
      {},
      { authorization: "Bearer bt_nope" },
      { authorization: "Basic abc" },
    ];
    for (const headers of cases) {
      const res = await call("/me", { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      const body = await res.json();
      expect(body).toMatchObject({ type: "/problems/unauthorized", code: "unauthorized", status: 401 });
    }
  });

  it("answers 400 for malformed JSON, a wrong content type and invalid UTF-8", async () => {
    const auth = { authorization: `Bearer ${token}` };
    const bad = await call("/me", {
      method: "POST",
      body: "{nope",
      headers: { ...auth, "content-type": "application/json" },
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).code).toBe("malformed-json");
    const type = await call("/me", {
      method: "POST",
      body: "a=b",
      headers: { ...auth, "content-type": "text/plain" },
    });
    expect(type.status).toBe(400);
    const utf = await call("/me", {
      method: "POST",
      body: new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]),
      headers: { ...auth, "content-type": "application/json" },
    });
    expect(utf.status).toBe(400);
    expect((await utf.json()).code).toBe("invalid-encoding");
  });

  it("refuses text PostgreSQL cannot store (U+0000) as bad input, in a body or a query string", async () => {
    const auth = { authorization: `Bearer ${token}` };
    const body = await call("/me", {
      method: "POST",
      body: JSON.stringify({ name: "a\u0000b" }),
      headers: { ...auth, "content-type": "application/json" },
    });
    expect(body.status).toBe(400);
    expect((await body.json()).code).toBe("invalid-character");
    for (const path of ["/api/v1/practices?q=biblio%00teca", "/practices?q=biblio%00teca"]) {
      const res = await t.app.request(path);
      expect(res.status, path).toBeLessThan(500);
    }
  });

  it("answers 404 problem details for unknown API paths and serves the OpenAPI 3.1 document", async () => {
    const res = await call("/nothing-here");
    expect(res.status).toBe(404);
    expect((await res.json()).code).toBe("not-found");
    const doc = await (await call("/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/me");
  });
});
