// The demo data loads, and reads as the seeds say: AnciLab's Lab II with its programme (the opening
// reserved to public administrations) and the meeting at Nemi on 12 June 2018, 9:30–12:30.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { seedDemo } from "../../platform/demo.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
  await seedDemo(t.deps);
});
afterAll(() => t.close());

it("seeds Lab II with five meetings and the Castelli Romani table", async () => {
  const labs = await (await t.app.request("/api/v1/labs?network=ancilab")).json();
  expect(labs.items.map((l: { title: string }) => l.title)).toContain(
    "Lab II – Valorizzazione del patrimonio culturale",
  );
  const page = await (await t.app.request("/labs/lab-ii-valorizzazione-del-patrimonio-culturale")).text();
  // Anonymous visitors see the public lab but neither the PA-only opening nor the network's meetings.
  expect(page).toContain("Finanziamento");
  expect(page).not.toContain("Incontro di apertura");
  const nemi = await (
    await t.app.request(
      "/labs/tavolo-territoriale-sulla-comunicazione-social/meetings/dagli-scaffali-al-web-i-social-che-fanno-crescere-il-territorio",
    )
  ).text();
  expect(nemi).toContain("martedì 12 giugno 2018, 09:30–12:30 (Europe/Rome)");
  expect(nemi).toContain("L&#39;incontro si è già svolto");
});
