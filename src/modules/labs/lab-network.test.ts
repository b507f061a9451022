// Whose lab it is: the labs list names each lab's network (with its period), and a lab's page has
// the network first in its breadcrumbs and among its details.
import { afterAll, beforeAll, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { buildNetwork } from "../../../test/helpers/factories.ts";
import { buildLab } from "../../../test/helpers/labs.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

it("names the lab's network in the list and on the lab's page, in both languages", async () => {
  const net = await buildNetwork(t, { name: "Rete dei musei civici" });
  const lab = await buildLab(t, net.id, { title: "Laboratorio sulle audioguide" });
  const c = new Client(t);
  const list = await (await c.get("/labs?lang=it")).text();
  const card = list.slice(list.indexOf("Laboratorio sulle audioguide"));
  expect(card.slice(0, 600)).toContain(`Rete: <a href="/networks/${net.slug}">Rete dei musei civici</a>`);
  const page = await (await c.get(`/labs/${lab.slug}?lang=it`)).text();
  const crumbs = page.slice(page.indexOf('class="breadcrumb"'), page.indexOf("</ol>"));
  expect(crumbs.indexOf(`href="/networks/${net.slug}"`)).toBeGreaterThan(-1);
  expect(crumbs.indexOf(`href="/networks/${net.slug}"`)).toBeLessThan(crumbs.indexOf('href="/labs"'));
  expect(page).toMatch(/<dt[^>]*>Rete<\/dt><dd[^>]*><a href="\/networks\/[^"]+">Rete dei musei civici<\/a>/);
  expect(await (await c.get(`/labs/${lab.slug}?lang=en`)).text()).toMatch(/<dt[^>]*>Network<\/dt>/);
});
