// The workflow's demo data: the Castelli Romani coordinator's queue has reports in each waiting state
// and two flags, the AnciLab coordinator's has reports of his own network (and none of the other);
// the demo edit link opens; the demo practice shows its comments.
import { afterAll, beforeAll, expect, it } from "vitest";
import { Client } from "../../../../test/helpers/client.ts";
import { seedDemo } from "../../../../test/helpers/demo.ts";
import { signedIn } from "../../../../test/helpers/factories.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";
import { DEMO_EDIT_TOKEN } from "./submissions.demo.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
  await seedDemo(t.deps);
}, 120_000);
afterAll(() => t.close());

const signedInAs = async (email: string) => {
  const { rows } = await t.deps.pool.query("select id from accounts where email = $1", [email]);
  return signedIn(t, rows[0].id);
};

it("fills the coordinator's queue, the edit link and the comments", async () => {
  const c = await signedInAs("giulia.ferrari@sbcr.example");
  const queue = await (await c.get("/practices/moderation")).text();
  for (const text of [
    "Letture ad alta voce nelle RSA dei Castelli",
    "Il podcast della biblioteca di Marino",
    "Wikipedia e archivi comunali",
    "Il commento cita un esercizio commerciale per nome.",
    "Il link al sito del progetto non funziona più.",
  ])
    expect(queue).toContain(text);
  const edit = await new Client(t).get(`/practices/submissions/edit?token=${DEMO_EDIT_TOKEN}`);
  expect(edit.status).toBe(200);
  expect(await edit.text()).toContain("Indicate la licenza delle fotografie");
  // The demo member's own report waits for her changes: listed on the form, editable without a link.
  const elena = await signedInAs("elena.conti@comune-frascati.example");
  const mine = await (await elena.get("/practices/new")).text();
  expect(mine).toContain("Bookcrossing nelle stazioni dei Castelli");
  const editHref = /href="(\/practices\/submissions\/[0-9a-f-]{36}\/edit)"/.exec(mine)![1]!;
  expect(await (await elena.get(editHref)).text()).toContain("quanti libri sono stati scambiati");
  const page = await (await new Client(t).get("/practices/biblioteca-diffusa-castelli-romani")).text();
  expect(page).toContain("Come avete gestito i libri non restituiti");
});

it("gives the AnciLab coordinator reports of his network to moderate, the typed organisation offered", async () => {
  const paolo = await signedInAs("paolo.bianchi@ancilab.example");
  const queue = await (await paolo.get("/practices/moderation")).text();
  const waiting = /id="queue-waiting"[\s\S]*?<\/section>/.exec(queue)![0];
  expect(waiting).toContain("Mappa partecipata delle chiese campestri dell&#39;Oltrepò");
  expect(waiting).toContain("Biblioteca di Bergamo accessibile con la lingua dei segni");
  // Only his network's: the Castelli Romani reports are not his to moderate.
  expect(queue).not.toContain("Il podcast della biblioteca di Marino");
  const href = /href="(\/practices\/moderation\/[0-9a-f-]{36})">Biblioteca di Bergamo/.exec(waiting)![1]!;
  const review = await paolo.get(href);
  expect(review.status).toBe(200);
  const html = await review.text();
  expect(html).toContain('value="publish"');
  // "Comune di Bergamo" was typed as identity spells it: offered, and chosen, as the exact match.
  expect(html).toMatch(
    /<input type="radio" name="organisation" id="organisation-0" value="org:[^"]+" checked/,
  );
});
