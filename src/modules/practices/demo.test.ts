// The demo catalogue loads through the catalogue's own services and reads as the seeds say: at least
// 40 published practices in Italian and English across the five demo networks, found by search, with
// a figures table drawn as a chart (the CSV still downloadable) and a PDF fact sheet that pass the
// upload checks.
import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDemo } from "../../../test/helpers/demo.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
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

it("shows a demo practice with its results chart, its figures table and PDF fact sheet", async () => {
  const html = await (await t.app.request("/practices/biblioteca-diffusa-castelli-romani")).text();
  // A time series under "Results", not a picture of one.
  expect(html).not.toMatch(/<img src="\/practices\/biblioteca-diffusa-castelli-romani\/media/);
  expect(html).toContain('<div class="chart chart-time-series"');
  expect(html).toContain(
    '<figcaption class="chart-finding">Follower: da 1.400 nel 2017 a 4.300 nel 2020.</figcaption>',
  );
  expect(html).toMatch(
    /<title id="figure-[0-9a-f-]+-title">Follower delle pagine social del sistema bibliotecario<\/title>/,
  );
  const onMarks = [...html.matchAll(/class="chart-value"[^>]*>([^<]*)</g)].map((m) => m[1]);
  expect(onMarks).toEqual(["1.400", "2.600", "3.900", "4.300"]);
  expect(html.indexOf("chart-time-series")).toBeGreaterThan(html.indexOf('id="s-results"'));
  const csvLink =
    /href="(\/practices\/biblioteca-diffusa-castelli-romani\/media\/[^"]+)" download="[^"]+\.csv"/.exec(
      html,
    )![1]!;
  const csv = await t.app.request(csvLink);
  expect(csv.headers.get("content-type")).toBe("text/csv");
  expect(await csv.text()).toBe("Anno,Follower\r\n2017,1400\r\n2018,2600\r\n2019,3900\r\n2020,4300\r\n");
  const pdfLink =
    /href="(\/practices\/biblioteca-diffusa-castelli-romani\/media\/[^"]+)" download="[^"]+\.pdf"/.exec(
      html,
    )![1]!;
  const pdf = await t.app.request(pdfLink);
  expect(pdf.headers.get("content-type")).toBe("application/pdf");
  expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe("%PDF-");
});
