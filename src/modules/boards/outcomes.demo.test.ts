// The demo's closed session (outcomes.demo.ts) has a summary that its network's members can read
// and download, and the ICOM Italia session, still in discussion, says its summary is not there yet.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../../test/helpers/demo.ts";
import { signedIn } from "../../../test/helpers/factories.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { runCommand } from "./command-runner.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
  await seedDemo(t.deps);
});
afterAll(() => t.close());

const accountId = async (email: string) =>
  (await t.deps.pool.query("select id from accounts where email = $1", [email])).rows[0].id as string;
const sessionId = async (code: string) =>
  (await t.deps.pool.query("select id, phase from board_sessions where join_code = $1", [code])).rows[0] as {
    id: string;
    phase: string;
  };

describe("outcomes demo", () => {
  it("seeds a closed Castelli Romani session with a ranked summary and its downloads", async () => {
    const s = await sessionId("sbcr-bilancio-formazione");
    expect(s.phase).toBe("closed");
    const member = await signedIn(t, await accountId("elena.conti@comune-frascati.example"));
    const page = (await (await member.get(`/boards/${s.id}/summary?lang=it`)).text()).replace(/&#39;/g, "'");
    expect(page).toMatch(/1º Pianificare insieme\s*<span class="badge bg-primary">6 voti<\/span>/);
    expect(page).toContain("Collaborazione tra biblioteche");
    expect(page).toContain("Preparare la bozza del calendario editoriale condiviso per il secondo tavolo");
    expect((await member.get(`/boards/${s.id}/summary.pdf`)).status).toBe(200);
    const coordinator = await signedIn(t, await accountId("giulia.ferrari@sbcr.example"));
    expect(await (await coordinator.get(`/boards/${s.id}/summary`)).text()).toContain(
      "/promote?source=group:",
    );
  });

  it("seeds Lab II's closing session, closed, with a group promoted to a practice and one to the action plan", async () => {
    const s = await sessionId("ancilab-lab-ii-bilancio");
    expect(s.phase).toBe("closed");
    const coordinator = await signedIn(t, await accountId("paolo.bianchi@ancilab.example"));
    const summary = (await (await coordinator.get(`/boards/${s.id}/summary?lang=it`)).text()).replace(
      /&#39;/g,
      "'",
    );
    expect(summary).toMatch(
      /1º Candidarsi insieme ai bandi\s*<span class="badge bg-primary">\d+ voti<\/span>/,
    );
    const links = await t.deps.pool.query(
      "select target, target_path from board_promotions where session_id = $1 order by target",
      [s.id],
    );
    expect(links.rows.map((r) => r.target)).toEqual(["action", "practice"]);
    for (const r of links.rows) expect(summary).toContain(`href="${r.target_path}"`);
    // The lab's page lists the practice that came out of its sessions (a draft, said so).
    const lab = await (
      await coordinator.get("/labs/lab-ii-valorizzazione-del-patrimonio-culturale?lang=it")
    ).text();
    expect(lab).toContain("Comunità che aprono il patrimonio: volontari e scuole");
    const plan = (await (await coordinator.get(`${links.rows[0].target_path}?lang=it`)).text()).replace(
      /&#39;/g,
      "'",
    );
    expect(plan).toContain("Calendario comune delle scadenze dei bandi per il patrimonio");
  });

  it("leaves the ICOM Italia session in discussion: its summary is not there yet", async () => {
    const s = await sessionId("icom-tavolo-22-luglio-2024");
    expect(s.phase).toBe("discuss");
    const coordinator = await signedIn(t, await accountId("chiara.romano@icom.example"));
    expect(await (await coordinator.get(`/boards/${s.id}/summary?lang=it`)).text()).toContain(
      "Il riepilogo sarà disponibile quando la sessione sarà chiusa.",
    );
  });

  it("shows the ICOM Italia session's summary once its facilitator ends it", async () => {
    const s = await sessionId("icom-tavolo-22-luglio-2024");
    const coordinatorId = await accountId("chiara.romano@icom.example");
    const fac = await t.deps.pool.query(
      "select id from board_participants where session_id = $1 and role = 'facilitator'",
      [s.id],
    );
    expect(await runCommand(t.deps, s.id, fac.rows[0].id as string, { type: "end" })).toMatchObject({
      ok: true,
    });
    const coordinator = await signedIn(t, coordinatorId);
    const page = (await (await coordinator.get(`/boards/${s.id}/summary?lang=it`)).text()).replace(
      /&#39;/g,
      "'",
    );
    expect(page).toMatch(
      /1º Competenze digitali strategiche\s*<span class="badge bg-primary">8 voti<\/span>/,
    );
    expect(page).toContain("Raccogliere i casi di studio emersi al tavolo per i prossimi eventi formativi");
    const csv = await (await coordinator.get(`/boards/${s.id}/summary.csv`)).text();
    expect(csv.split("\r\n").length).toBe(1 + 18 + 1);
  });
});
