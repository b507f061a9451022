// The person's own area (/me) on the demo data: where signing in lands, and one section per module —
// their next meetings (labs), the sessions under way in their networks (boards), their reports
// (practices) — each filled through the `identity.me.sections` slot.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "./helpers/client.ts";
import { seedDemo } from "./helpers/demo.ts";
import { signedIn } from "./helpers/factories.ts";
import { createTestRuntime, type TestRuntime } from "./helpers/runtime.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
  await seedDemo(t.deps);
});
afterAll(() => t.close());

const text = async (r: Response) => (await r.text()).replace(/&#39;/g, "'").replace(/&quot;/g, '"');
const idOf = async (email: string) =>
  (await t.deps.pool.query("select id from accounts where email = $1", [email])).rows[0].id as string;

describe("my area", () => {
  it("is where signing in lands, and asks a signed-out visitor to sign in first", async () => {
    const c = new Client(t);
    const res = await c.submit("/sign-in", "/sign-in", {
      email: "elena.conti@comune-frascati.example",
      password: "bottega-demo-2026",
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/me");
    const out = await new Client(t).get("/me");
    expect(out.status).toBe(303);
    expect(out.headers.get("location")).toMatch(/^\/sign-in\?next=%2Fme/);
  });

  it("shows a member her next meeting and the sessions under way in her network, in Italian and English", async () => {
    const c = await signedIn(t, await idOf("elena.conti@comune-frascati.example"));
    const page = await text(await c.get("/me?lang=it"));
    expect(page).toContain("<h1>La mia area</h1>");
    // Labs: registered (demo) to the Castelli Romani table's second meeting, with her code.
    const meetings = page.slice(page.indexOf('id="me-meetings"'), page.indexOf('id="me-sessions"'));
    expect(meetings).toContain("Secondo tavolo: il piano editoriale condiviso");
    expect(meetings).toMatch(/Iscrizione confermata \(codice [A-Z0-9-]+\)/);
    // Boards: the network's demo session still collecting notes, with the way in.
    const sessions = page.slice(page.indexOf('id="me-sessions"'), page.indexOf('id="me-reports"'));
    expect(sessions).toContain("Tavolo territoriale sulla comunicazione social: obiettivi comuni");
    expect(sessions).toContain("Raccolta");
    // Waiting for her: ICOM Italia's invitation (demo), answered here.
    const waiting = page.slice(page.indexOf('id="me-waiting"'), page.indexOf('id="me-meetings"'));
    expect(waiting).toContain("Invito alla rete ICOM Italia con il ruolo");
    expect(waiting).toContain("da parte di Chiara Romano");
    // Practices: her reports, and the way to report another.
    const reports = page.slice(page.indexOf('id="me-reports"'));
    expect(reports).toContain("Le tue segnalazioni");
    expect(reports).toContain('href="/practices/new"');
    const en = await text(await c.get("/me?lang=en"));
    expect(en).toContain("<h1>My area</h1>");
    expect(en).toContain("Your next meetings");
    expect(en).toContain("Participatory sessions under way in your networks");
  });

  it("lists a member's reports with where each stands", async () => {
    const row = (
      await t.deps.pool.query(
        `select s.submitter_account_id as id, p.title, p.status from practice_submissions s
           join practices p on p.id = s.practice_id
          where s.submitter_account_id is not null and p.status <> 'draft' limit 1`,
      )
    ).rows[0] as { id: string; title: string; status: string };
    expect(row).toBeDefined();
    const page = await text(await (await signedIn(t, row.id)).get("/me?lang=it"));
    const reports = page.slice(page.indexOf('id="me-reports"'));
    expect(reports).toContain(row.title);
    expect(reports).not.toContain("Non hai ancora segnalato pratiche.");
  });
});
