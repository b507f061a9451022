// The catalogue's API: the list shape of CONVENTIONS.md, filters, 422 for bad queries, visibility
// and contact details by caller, and the routes in the OpenAPI document.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor, buildNetwork } from "../../../test/helpers/factories.ts";
import { buildPractice } from "../../../test/helpers/practices.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

const get = (path: string, token?: string) =>
  t.app.request(path, token ? { headers: { authorization: `Bearer ${token}` } } : {});

describe("GET /api/v1/practices", () => {
  it("answers the list envelope with relevance order, facets and absolute URLs", async () => {
    const a = await buildPractice(t, {
      title: "Archivio fotografico partecipato",
      summary: "Fotografie raccolte dai cittadini.",
      website: "https://archivio.example.org",
      themes: ["heritage", "participation"],
    });
    await buildPractice(t, { title: "Altro", summary: "Un archivio nel testo.", themes: ["heritage"] });
    const res = await get("/api/v1/practices?q=archivi&theme=heritage&limit=5");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ total: 2, page: 1, limit: 5, facetsExact: true });
    expect(body.items[0]).toEqual({
      id: a.id,
      slug: a.slug,
      title: a.title,
      summary: a.summary,
      themes: ["heritage", "participation"],
      country: "IT",
      language: "it",
      url: `http://localhost:3000/practices/${a.slug}`,
      website: "https://archivio.example.org",
      partial: false,
      missing: [],
    });
    expect(body.facets.theme).toContainEqual({ value: "heritage", count: 2 });
  });

  it("answers 422 problem details for bad queries, never 500", async () => {
    for (const qs of [
      "limit=101",
      "theme=knitting",
      "year=abc",
      "language=fr",
      "sort=best",
      "page=0",
      "nope=1",
    ]) {
      const res = await get(`/api/v1/practices?${qs}`);
      expect(res.status, qs).toBe(422);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect((await res.json()).errors.length, qs).toBeGreaterThan(0);
    }
    expect((await get(`/api/v1/practices?q=${encodeURIComponent('"unbalanced -- or (( !!')}`)).status).toBe(
      200,
    );
  });

  it("shows a practice as the caller may see it; contact only to authenticated callers", async () => {
    const net = await buildNetwork(t);
    const member = await actorFor(t, "member", net.id);
    const open = await buildPractice(t, { contact: "ufficio@example.org" });
    const closed = await buildPractice(t, { networkId: net.id, visibility: "network" });
    const anon = await (await get(`/api/v1/practices/${open.id}`)).json();
    expect(anon.contact).toBeNull();
    expect(anon.url).toBe(`http://localhost:3000/practices/${open.slug}`);
    expect((await (await get(`/api/v1/practices/${open.id}`, member.token)).json()).contact).toBe(
      "ufficio@example.org",
    );
    expect((await get(`/api/v1/practices/${closed.id}`)).status).toBe(404);
    expect((await get(`/api/v1/practices/${closed.id}`, member.token)).status).toBe(200);
    expect((await get(`/api/v1/practices/${open.slug}`)).status).toBe(404);
    const listed = await (await get(`/api/v1/practices?network=${net.slug}`, member.token)).json();
    expect(listed.items.map((i: { id: string }) => i.id)).toEqual([closed.id]);
    expect((await (await get(`/api/v1/practices?network=${net.slug}`)).json()).total).toBe(0);
  });

  it("is described in the OpenAPI document", async () => {
    const doc = await (await get("/api/v1/openapi.json")).json();
    expect(doc.paths["/practices"].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining([
        "q",
        "theme",
        "country",
        "orgType",
        "year",
        "language",
        "network",
        "sort",
        "page",
        "limit",
      ]),
    );
    expect(doc.paths["/practices/{id}"]).toBeDefined();
  });
});
