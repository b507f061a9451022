// The workflow's demo data: the Castelli Romani coordinator's queue has reports in each waiting state
// and two flags; the demo edit link opens; the demo practice shows its comments.
import { afterAll, beforeAll, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { seedDemo } from "../../../test/helpers/demo.ts";
import { signedIn } from "../../../test/helpers/factories.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { DEMO_EDIT_TOKEN } from "./submissions.demo.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
  await seedDemo(t.deps);
}, 120_000);
afterAll(() => t.close());

it("fills the coordinator's queue, the edit link and the comments", async () => {
  const { rows } = await t.deps.pool.query("select id from accounts where email = $1", [
    "giulia.ferrari@sbcr.example",
  ]);
  const c = await signedIn(t, rows[0].id);
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
  const member = await t.deps.pool.query("select id from accounts where email = $1", [
    "elena.conti@comune-frascati.example",
  ]);
  const elena = await signedIn(t, member.rows[0].id);
  const mine = await (await elena.get("/practices/new")).text();
  expect(mine).toContain("Bookcrossing nelle stazioni dei Castelli");
  const editHref = /href="(\/practices\/submissions\/[0-9a-f-]{36}\/edit)"/.exec(mine)![1]!;
  expect(await (await elena.get(editHref)).text()).toContain("quanti libri sono stati scambiati");
  const page = await (await new Client(t).get("/practices/biblioteca-diffusa-castelli-romani")).text();
  expect(page).toContain("Come avete gestito i libri non restituiti");
});
