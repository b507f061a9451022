// The news column through /api/v1: a member proposes (201 + Location; bad input a 422 problem,
// nothing stored), an editor decides with the version they saw (a stale one: 409), the list shows
// anonymous callers public items only.
import { afterAll, beforeAll, expect, it } from "vitest";
import { actorFor, buildNetwork } from "../../../../test/helpers/factories.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";

let t: TestRuntime;
let net: { id: string; slug: string };
const tokens: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestRuntime();
  net = await buildNetwork(t, { name: "Rete delle notizie via API" });
  for (const role of ["member", "coordinator", "other-coordinator"] as const)
    tokens[role] = (await actorFor(t, role, net.id)).token!;
});
afterAll(() => t.close());

const call = (path: string, o: { token?: string; method?: string; json?: unknown } = {}) =>
  t.app.request(`/api/v1${path}`, {
    method: o.method ?? "GET",
    headers: {
      ...(o.token ? { authorization: `Bearer ${o.token}` } : {}),
      ...(o.json ? { "content-type": "application/json" } : {}),
    },
    body: o.json ? JSON.stringify(o.json) : undefined,
  });

const item = { title: "Dall'API", summary: "Un sommario.", body: "Un testo.", tags: ["api"] };

it("takes a proposal, refuses bad input and strangers, and lets an editor decide once", async () => {
  const bad = await call("/news", {
    token: tokens.member,
    method: "POST",
    json: { ...item, title: "", network: net.slug },
  });
  expect(bad.status).toBe(422);
  expect(bad.headers.get("content-type")).toContain("application/problem+json");
  const stranger = await call("/news", {
    token: tokens["other-coordinator"],
    method: "POST",
    json: { ...item, network: net.slug },
  });
  expect(stranger.status).toBe(403);
  const res = await call("/news", {
    token: tokens.member,
    method: "POST",
    json: { ...item, network: net.slug },
  });
  expect(res.status).toBe(201);
  const created = await res.json();
  expect(res.headers.get("location")).toBe(`${t.config.baseUrl}/api/v1/news/${created.id}`);
  expect(created).toMatchObject({ status: "pending", version: 1, network: { slug: net.slug } });
  expect((await call(`/news/${created.id}`)).status).toBe(404);
  const byMember = await call(`/news/${created.id}/decision`, {
    token: tokens.member,
    method: "POST",
    json: { decision: "publish", version: 1 },
  });
  expect(byMember.status).toBe(403);
  const published = await call(`/news/${created.id}/decision`, {
    token: tokens.coordinator,
    method: "POST",
    json: { decision: "publish", version: 1 },
  });
  expect(published.status).toBe(200);
  expect((await published.json()).status).toBe("published");
  const again = await call(`/news/${created.id}/decision`, {
    token: tokens.coordinator,
    method: "POST",
    json: { decision: "reject", reason: "Tardi.", version: 1 },
  });
  expect(again.status).toBe(409);
  const list = await (await call(`/news?network=${net.slug}&tag=api`)).json();
  expect(list.items.map((i: { id: string }) => i.id)).toEqual([created.id]);
});

it("keeps network-only items from anonymous callers", async () => {
  const res = await call("/news", {
    token: tokens.coordinator,
    method: "POST",
    json: { ...item, title: "Riservata API", visibility: "network", network: net.id, publish: true },
  });
  expect(res.status).toBe(201);
  const { id } = await res.json();
  expect(JSON.stringify(await (await call("/news")).json())).not.toContain("Riservata API");
  expect((await call(`/news/${id}`)).status).toBe(404);
  expect((await call(`/news/${id}`, { token: tokens.member })).status).toBe(200);
});

it("edits with the version read: a stale one is a 409, someone else's proposal a 404", async () => {
  const res = await call("/news", {
    token: tokens.coordinator,
    method: "POST",
    json: { ...item, network: net.slug, publish: true },
  });
  const { id } = await res.json();
  const stale = await call(`/news/${id}`, {
    token: tokens.coordinator,
    method: "PATCH",
    json: { ...item, title: "Nuovo", version: 0 },
  });
  expect(stale.status).toBe(409);
  const ok = await call(`/news/${id}`, {
    token: tokens.coordinator,
    method: "PATCH",
    json: { ...item, title: "Nuovo", version: 1 },
  });
  expect(ok.status).toBe(200);
  expect(await ok.json()).toMatchObject({ title: "Nuovo", version: 2, status: "published" });
  const byMember = await call(`/news/${id}`, {
    token: tokens.member,
    method: "PATCH",
    json: { ...item, version: 2 },
  });
  expect(byMember.status).toBe(404);
});
