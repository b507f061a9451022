// The demo news load with the rest of the demo: AnciLab's column with its public items (one edited,
// so "updated on" shows), a network-only one kept from visitors, Comune di Bergamo's proposal waiting
// in the editors' queue, and ICOM Italia's report news across networks — dated from the load day.
import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDemo } from "../../../../test/helpers/demo.ts";
import { signedIn } from "../../../../test/helpers/factories.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";
import { accountByEmail } from "../../identity/index.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
  await seedDemo(t.deps);
});
afterAll(() => t.close());

it("seeds AnciLab's column, ICOM Italia's news and a proposal waiting for AnciLab's editors", async () => {
  const column = await (await t.app.request("/networks/ancilab/news")).text();
  expect(column).toContain("Lab II: valorizzare il patrimonio culturale dei comuni lombardi");
  expect(column).toContain('hreflang="en"');
  expect(column).not.toContain("Riservato alla rete");
  expect(column).not.toContain("Bergamo: una biblioteca diffusa");
  const all = await (await t.app.request("/news")).text();
  expect(all).toContain("report disponibile");
  const lab2 = /href="(\/networks\/ancilab\/news\/[0-9a-f-]+)" hreflang="it">Lab II/.exec(column)![1]!;
  const item = await (await t.app.request(lab2)).text();
  expect(item).toContain("aggiornata il");
  // Published 20 days before the load day (compared by calendar day).
  const published = /"datePublished":"([^"]+)"/.exec(item)![1]!;
  const days = Math.round((t.clock.now().getTime() - new Date(published).getTime()) / 86_400_000);
  expect(days).toBe(20);
  const coordinator = await accountByEmail(t.deps, "paolo.bianchi@ancilab.example");
  const review = await (await signedIn(t, coordinator!.id)).get("/networks/ancilab/news/review");
  expect(await review.text()).toContain("Bergamo: una biblioteca diffusa");
});

it("shows the proposer their proposal's state and the editors what waits, in my area", async () => {
  const sara = await accountByEmail(t.deps, "sara.colombo@comune-bergamo.example");
  const mine = await (await (await signedIn(t, sara!.id)).get("/me?lang=it")).text();
  expect(mine).toContain("Le tue proposte di notizie");
  const section = mine.slice(mine.indexOf('id="me-news"'));
  expect(section).toContain("Bergamo: una biblioteca diffusa nei quartieri</a> · in attesa della redazione");
  const paolo = await accountByEmail(t.deps, "paolo.bianchi@ancilab.example");
  const theirs = await (await (await signedIn(t, paolo!.id)).get("/me?lang=en")).text();
  expect(theirs).toContain("Proposals waiting in AnciLab: 1");
});
