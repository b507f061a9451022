// The curriculum form: authors of the network create one (and land on the course form with it
// chosen); bad input comes back on the same form with its message and nothing stored; members and
// other networks' coordinators cannot.
import { afterAll, beforeAll, expect, it } from "vitest";
import { actorFor, buildNetwork } from "../../../test/helpers/factories.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";

let t: TestRuntime;
let net: { id: string; slug: string };
beforeAll(async () => {
  t = await createTestRuntime();
  net = await buildNetwork(t, { name: "Rete dei percorsi" });
});
afterAll(() => t.close());

const curricula = async () =>
  (await t.deps.pool.query("select * from learning_curricula where network_id = $1", [net.id])).rows;

it("creates a curriculum from its form and opens the course form with it chosen", async () => {
  const { client } = await actorFor(t, "coordinator", net.id);
  const form = `/networks/${net.slug}/learning/curricula/new`;
  const page = await client.get(form);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain("Nuovo percorso in Rete dei percorsi");
  const res = await client.submit(form, `/networks/${net.slug}/learning/curricula`, {
    title: "Esperto di città digitale",
    summary: "Tre corsi per il personale dei comuni.",
    language: "it",
    visibility: "public",
    published: "on",
  });
  expect(res.status).toBe(303);
  const [row] = await curricula();
  expect(row).toMatchObject({ title: "Esperto di città digitale", language: "it", status: "published" });
  expect(row.slug).toBe("esperto-di-citta-digitale");
  expect(res.headers.get("location")).toBe(`/networks/${net.slug}/learning/new?curriculum=${row.id}`);
  const courseForm = await (await client.get(res.headers.get("location")!)).text();
  expect(courseForm).toMatch(new RegExp(`<option value="${row.id}" selected`));
  // A second one of the same title gets a slug of its own.
  await client.submit(form, `/networks/${net.slug}/learning/curricula`, {
    title: "Esperto di città digitale",
    language: "en",
    visibility: "network",
  });
  const slugs = (await curricula()).map((r) => r.slug).sort();
  expect(slugs).toEqual(["esperto-di-citta-digitale", "esperto-di-citta-digitale-2"]);
});

it("keeps bad input on the form with its messages and stores nothing", async () => {
  const { client } = await actorFor(t, "facilitator", net.id);
  const before = (await curricula()).length;
  const res = await client.submit(
    `/networks/${net.slug}/learning/curricula/new?lang=en`,
    `/networks/${net.slug}/learning/curricula`,
    { title: "  ", summary: "<script>x</script>", language: "xx", visibility: "public" },
  );
  expect(res.status).toBe(422);
  const html = await res.text();
  expect(html).toContain('id="error-summary"');
  expect(html).toContain("&lt;script&gt;x&lt;/script&gt;");
  expect((html.match(/class="invalid-feedback/g) ?? []).length).toBeGreaterThanOrEqual(3);
  expect((await curricula()).length).toBe(before);
});

it("refuses members (403) and other networks' coordinators (404)", async () => {
  const member = await actorFor(t, "member", net.id);
  const other = await actorFor(t, "other-coordinator", net.id);
  const path = `/networks/${net.slug}/learning/curricula/new`;
  expect((await member.client.get(path)).status).toBe(403);
  expect((await other.client.get(path)).status).toBe(404);
});
