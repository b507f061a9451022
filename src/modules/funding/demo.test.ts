// The demo calls load with the rest of the demo: open ones and closed ones, one reserved to the
// network, each linked to practices of its network where the catalogue's demo has some.
import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDemo } from "../../../test/helpers/demo.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
  await seedDemo(t.deps);
});
afterAll(() => t.close());

it("seeds open and closed calls of the seeds' programmes, linked to the networks' practices", async () => {
  const html = await (await t.app.request("/funding")).text();
  const open = html.slice(html.indexOf('id="open-calls"'), html.indexOf('id="past-calls"'));
  const past = html.slice(html.indexOf('id="past-calls"'));
  expect(open).toContain("PNRR – Capacity building per gli operatori della cultura");
  expect(open).toContain("Erasmus+ KA220-ADU");
  expect(past).toContain("Interreg Europe – Call for project proposals");
  // Reserved to AnciLab's members: not for anonymous visitors.
  expect(html).not.toContain("Regione Lombardia – Valorizzazione del patrimonio culturale tangibile");
  const lazio = await (
    await t.app.request("/funding/regione-lazio-biblioteche-e-comunicazione-del-territorio")
  ).text();
  expect(lazio).toMatch(/href="\/practices\/[a-z0-9-]+"/);
});
