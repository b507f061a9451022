// Whose lab it is: the labs list names each lab's network (with its period), and a lab's page has
// the network first in its breadcrumbs and among its details. A meeting's page lists its materials.
import { afterAll, beforeAll, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { buildNetwork } from "../../../test/helpers/factories.ts";
import { buildLab, buildMeeting } from "../../../test/helpers/labs.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { SYSTEM } from "../../platform/auth/index.ts";
import { addMaterial } from "./index.ts";

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

it("lists on a meeting's page the materials shared for that meeting, and not another meeting's", async () => {
  const net = await buildNetwork(t);
  const lab = await buildLab(t, net.id);
  const first = await buildMeeting(t, lab, { title: "Primo incontro" });
  const second = await buildMeeting(t, lab, { title: "Secondo incontro" });
  await addMaterial(t.deps, SYSTEM, lab, {
    kind: "link",
    title: "Registrazione del primo incontro",
    description: "",
    meetingId: first.id,
    url: "https://video.example.org/primo",
  });
  const c = new Client(t);
  const page = await (await c.get(`/labs/${lab.slug}/meetings/${first.slug}?lang=it`)).text();
  const section = page.slice(page.indexOf('id="meeting-materials"'));
  expect(page).toContain("Materiali dell&#39;incontro");
  expect(section).toContain("Registrazione del primo incontro");
  const other = await (await c.get(`/labs/${lab.slug}/meetings/${second.slug}?lang=it`)).text();
  expect(other).not.toContain('id="meeting-materials"');
});
