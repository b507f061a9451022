// The demo catalogue loads through the catalogue's own services and reads as the seeds say: at least
// 40 published practices in Italian and English across the five demo networks, found by search, with
// a chart image (alt text with its figures) and a PDF fact sheet that pass the content type check.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { seedDemo } from "../../platform/demo.ts";
import { DEMO_PRACTICES } from "./demo.data.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
  await seedDemo(t.deps);
}, 60_000);
afterAll(() => t.close());

it("seeds at least 40 practices in both languages across the demo networks", async () => {
  expect(DEMO_PRACTICES.length).toBeGreaterThanOrEqual(40);
  const all = await (await t.app.request("/api/v1/practices?limit=100")).json();
  const publicCount = DEMO_PRACTICES.filter((d) => (d.visibility ?? "public") === "public").length;
  expect(all.total).toBe(publicCount);
  expect(publicCount).toBeGreaterThanOrEqual(40);
  const page = await (await t.app.request("/practices")).text();
  expect(page).toContain(`${all.total} buone pratiche trovate`);
  expect(all.facets.language.map((f: { value: string }) => f.value).sort()).toEqual(["en", "it"]);
  expect(all.facets.network).toHaveLength(5);
  const libraries = await (
    await t.app.request("/api/v1/practices?q=biblioteche&network=sistema-bibliotecario-castelli-romani")
  ).json();
  expect(libraries.items.map((i: { slug: string }) => i.slug)).toContain(
    "biblioteca-diffusa-castelli-romani",
  );
});

it("shows a demo practice with its chart, alt text and PDF fact sheet", async () => {
  const html = await (await t.app.request("/practices/biblioteca-diffusa-castelli-romani")).text();
  expect(html).toContain("Follower delle pagine social del sistema bibliotecario: 2017 1400");
  const img = /<img src="([^"]+)"/.exec(html)![1]!;
  const png = await t.app.request(img);
  expect(png.headers.get("content-type")).toBe("image/png");
  const pdfLink = /href="(\/practices\/biblioteca-diffusa-castelli-romani\/media\/[^"]+)" download/.exec(
    html,
  )![1]!;
  const pdf = await t.app.request(pdfLink);
  expect(pdf.headers.get("content-type")).toBe("application/pdf");
  expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe("%PDF-");
});
