// "Promote" a closed session's outcome to a draft practice or a plan action, refused to anyone but
// the facilitators; bad input is a 4xx, never a 500. Set-up shared through outcomes.test-kit.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { buildAccount, signedIn } from "../../../test/helpers/factories.ts";
import { pageText } from "../../../test/helpers/html.ts";
import type { TestRuntime } from "../../../test/helpers/runtime.ts";
import { SYSTEM } from "../../platform/auth/index.ts";
import { addGoal, createPlan, getPlan } from "../labs/index.ts";
import { type Built, useOutcomes } from "./outcomes.test-kit.ts";

const kit = useOutcomes();
const { closedSession } = kit;
let t: TestRuntime;
let b: Built;
beforeAll(async () => {
  t = kit.t;
  b = await closedSession();
});

const text = pageText;

describe("promote", () => {
  it("is refused to participants (403), strangers (404) and anonymous visitors (sign in)", async () => {
    const path = `/boards/${b.session.id}/promote`;
    expect((await b.member.get(`${path}?source=group:${b.groupA}`)).status).toBe(403);
    const token = await b.member.csrf(`/boards/${b.session.id}/summary`);
    const post = await b.member.post(path, {
      _csrf: token,
      source: `group:${b.groupA}`,
      target: "practice",
      title: "X",
    });
    expect(post.status).toBe(403);
    const stranger = await signedIn(t, (await buildAccount(t)).id);
    expect((await stranger.get(`${path}?source=group:${b.groupA}`)).status).toBe(404);
    const anonymous = await new Client(t).get(`${path}?source=group:${b.groupA}`);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toMatch(/^\/sign-in/);
    const n = await t.deps.pool.query("select count(*)::int as n from board_promotions");
    expect(n.rows[0].n).toBe(0);
  });

  it("turns a group into a draft practice of the session's network, audited and linked from the summary", async () => {
    const c = b.fac.client;
    const summary = await text(await c.get(`/boards/${b.session.id}/summary`));
    expect(summary).toContain(`/boards/${b.session.id}/promote?source=group:${b.groupA}`);
    const form = `/boards/${b.session.id}/promote?source=group:${b.groupA}`;
    const page = await c.get(form);
    expect(page.status).toBe(200);
    const html = await text(page);
    expect(html).toContain('value="Competenze"');
    // Bad input: an empty title and an unknown target come back on the same form, kept.
    const bad = await c.submit(form, `/boards/${b.session.id}/promote`, {
      source: `group:${b.groupA}`,
      target: "somewhere",
      title: "",
    });
    expect(bad.status).toBe(422);
    const badHtml = await text(bad);
    expect(badHtml).toContain("Scegli dove promuovere.");
    expect(badHtml).toContain('id="error-summary"');
    const ok = await c.submit(form, `/boards/${b.session.id}/promote`, {
      source: `group:${b.groupA}`,
      target: "practice",
      title: "Competenze digitali <b>nei musei</b>",
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe(`/boards/${b.session.id}/summary`);
    const p = await t.deps.pool.query(
      "select id, slug, title, summary, status, network_id, visibility, created_by from practices where title like 'Competenze digitali%'",
    );
    expect(p.rows).toHaveLength(1);
    const row = p.rows[0];
    expect(row.status).toBe("draft");
    expect(row.network_id).toBe(b.session.network_id);
    expect(row.created_by).toBe(b.fac.account.id);
    expect(row.title).not.toContain("<b>");
    expect(row.summary).toContain("Poca formazione digitale");
    const audit = await t.deps.pool.query(
      "select actor_id, network_id from audit_log where action = 'practice.promote-from-board'",
    );
    expect(audit.rows).toEqual([{ actor_id: b.fac.account.id, network_id: b.session.network_id }]);
    const after = await text(await c.get(`/boards/${b.session.id}/summary`));
    expect(after).toContain("Creata una buona pratica in bozza nel catalogo della rete.");
    expect(after).toContain(`href="/practices/${row.slug}"`);
    // The draft is visible to the facilitator who promoted it, not to a participant.
    const practicePage = await c.get(`/practices/${row.slug}`);
    expect(practicePage.status).toBe(200);
    // The practice page says where it came from: the session (its summary).
    const practiceHtml = await text(practicePage);
    expect(practiceHtml).toContain("Da dove viene");
    expect(practiceHtml).toContain(`href="/boards/${b.session.id}/summary"`);
    expect((await b.member.get(`/practices/${row.slug}`)).status).toBe(404);
    // The lab page lists what its sessions gave the catalogue, to those who may read it.
    const labPage = await text(await c.get(`/labs/${b.lab.slug}?lang=it`));
    expect(labPage).toContain("Buone pratiche nate dal laboratorio");
    expect(labPage).toContain(`href="/practices/${row.slug}"`);
    expect(labPage).toContain("bozza, non ancora pubblicata");
    expect(await text(await b.member.get(`/labs/${b.lab.slug}?lang=it`))).not.toContain(
      `/practices/${row.slug}`,
    );
    // Promoting the same group to the catalogue again is refused on the form.
    const again = await c.submit(form, `/boards/${b.session.id}/promote`, {
      source: `group:${b.groupA}`,
      target: "practice",
      title: "Competenze digitali, di nuovo",
    });
    expect(again.status).toBe(422);
    expect(await text(again)).toContain("È già stato promosso qui: lo trovi nel riepilogo della sessione.");
  });

  it("turns a note into an action of the lab's plan, with owner and deadline", async () => {
    const plan = await createPlan(t.deps, SYSTEM, b.lab, { title: "Piano della rete" });
    await addGoal(t.deps, SYSTEM, b.lab, await getPlan(t.deps, SYSTEM, b.lab, plan.slug), {
      title: "Formazione",
    });
    const goal = (await getPlan(t.deps, SYSTEM, b.lab, plan.slug)).goals[0]!;
    const c = b.fac.client;
    const form = `/boards/${b.session.id}/promote?source=note:${b.noteB.id}`;
    const html = await text(await c.get(form));
    expect(html).toContain("Azione del piano «Piano della rete», obiettivo «Formazione»");
    const target = `action:${plan.slug}:${goal.id}`;
    const bad = await c.submit(form, `/boards/${b.session.id}/promote`, {
      source: `note:${b.noteB.id}`,
      target,
      title: "Usare i fogli di calcolo",
      deadline: "2026-13-45",
    });
    expect(bad.status).toBe(422);
    const badHtml = await text(bad);
    expect(badHtml).toContain("La scadenza non è una data valida: scegli un giorno dal calendario");
    expect(badHtml).toMatch(/<input type="date"[^>]*name="deadline"/);
    // A day that does not exist is refused too, not rolled over to March.
    const feb30 = await c.submit(form, `/boards/${b.session.id}/promote`, {
      source: `note:${b.noteB.id}`,
      target,
      title: "Usare i fogli di calcolo",
      deadline: "2027-02-30",
    });
    expect(feb30.status).toBe(422);
    expect(badHtml).toContain('value="Usare i fogli di calcolo"');
    const ok = await c.submit(form, `/boards/${b.session.id}/promote`, {
      source: `note:${b.noteB.id}`,
      target,
      title: "Usare i fogli di calcolo",
      owner: "Ufficio digitale",
      deadline: "2027-03-31",
    });
    expect(ok.status).toBe(303);
    const action = (await getPlan(t.deps, SYSTEM, b.lab, plan.slug)).goals[0]!.actions[0]!;
    expect(action).toMatchObject({
      title: "Usare i fogli di calcolo",
      owner: "Ufficio digitale",
      deadline: "2027-03-31",
    });
    const after = await text(await c.get(`/boards/${b.session.id}/summary`));
    expect(after).toContain("Azione del piano: Usare i fogli di calcolo");
  });

  it("never answers 500 to bad input", async () => {
    const c = b.fac.client;
    const base = `/boards/${b.session.id}/promote`;
    expect((await c.get(`${base}?source=group:not-a-uuid`)).status).toBe(404);
    expect((await c.get(`${base}?source=group:0190a0a0-0000-7000-8000-000000000000`)).status).toBe(404);
    expect((await c.get(base)).status).toBe(404);
    expect((await c.get("/boards/nope/promote?source=x")).status).toBe(404);
    const token = await c.csrf(`/boards/${b.session.id}/summary`);
    const cases: Record<string, string>[] = [
      {},
      { source: "note:x", target: "practice", title: "t" },
      { source: `group:${b.groupA}`, target: "action:nope:0190a0a0-0000-7000-8000-000000000000", title: "t" },
      { source: `group:${b.groupA}`, target: "practice", title: "x".repeat(500) },
      { source: `group:${b.groupA}`, target: "practice", title: "ok\u0000" },
    ];
    for (const fields of cases) {
      const r = await c.post(base, { _csrf: token, ...fields });
      expect(r.status, JSON.stringify(fields)).toBeGreaterThanOrEqual(300);
      expect(r.status, JSON.stringify(fields)).toBeLessThan(500);
    }
    // An open session cannot be promoted from.
    const open = await closedSession({ title: "Ancora aperto" }, { close: false });
    expect(
      (await open.fac.client.get(`/boards/${open.session.id}/promote?source=group:${open.groupA}`)).status,
    ).toBe(404);
  });
});
