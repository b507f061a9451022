// Action plans: curators create a plan with goals and actions and record progress; members read it;
// those who cannot see the lab get a 404 for the page and the CSV; the CSV is UTF-8 with a BOM and
// escapes commas, quotes, line breaks and formula-like cells. Goals (with their actions) and actions
// are deleted after a confirmation page, by those who may edit the plan, and audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../../../../test/helpers/client.ts";
import {
  actorFor,
  addToNetwork,
  buildAccount,
  buildNetwork,
  buildOrganisation,
  joinOrganisation,
  signedIn,
} from "../../../../test/helpers/factories.ts";
import { buildLab } from "../../../../test/helpers/labs.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";
import { addMember } from "../labs.service.ts";
import type { Lab } from "../labs.types.ts";
import { csvCell, planCsv } from "./service.ts";

let t: TestRuntime;
let lab: Lab;
let org: { id: string; slug: string };
const who: Record<string, Client> = {};

beforeAll(async () => {
  t = await createTestRuntime();
  const net = await buildNetwork(t);
  lab = await buildLab(t, net.id, { visibility: "network" });
  for (const role of ["anonymous", "member", "facilitator", "coordinator", "other-coordinator"] as const)
    who[role] = (await actorFor(t, role, net.id)).client;
  org = await buildOrganisation(t, { name: "Comune di Genova" });
  const manager = await buildAccount(t);
  await joinOrganisation(t, org.id, manager.id, "manager", net.id);
  await addToNetwork(t, net.id, manager.id, "member");
  await addMember(t.deps, lab.id, manager.id, "member");
  who.manager = await signedIn(t, manager.id);
});
afterAll(() => t.close());

const planBase = (slug: string) => `/labs/${lab.slug}/plans/${slug}`;

async function goalIds(c: Client, slug: string) {
  const html = await (await c.get(planBase(slug))).text();
  return [...html.matchAll(/\/goals\/([0-9a-f-]{36})\/actions\/new/g)].map((m) => m[1]!);
}

describe("a lab's action plan", () => {
  let slug: string;

  it("is created by a coordinator, with errors on the same form", async () => {
    const c = who.coordinator!;
    const form = `/labs/${lab.slug}/plans/new`;
    const bad = await c.submit(form, `/labs/${lab.slug}/plans`, { title: "", summary: "Sintesi tenuta" });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain("Sintesi tenuta");
    const ok = await c.submit(form, `/labs/${lab.slug}/plans`, {
      title: "Piano d'azione integrato",
      summary: "Social media e open data",
    });
    expect(ok.status).toBe(303);
    slug = ok.headers.get("location")!.split("/").pop()!;
  });

  it("gets goals and actions, and progress notes; a bad deadline is refused", async () => {
    const c = who.facilitator!;
    const base = planBase(slug);
    expect(
      (await c.submit(`${base}/goals/new`, `${base}/goals`, { title: "Coinvolgere i cittadini" })).status,
    ).toBe(303);
    const [goal] = await goalIds(c, slug);
    const actionForm = `${base}/goals/${goal}/actions/new`;
    const bad = await c.submit(actionForm, `${base}/goals/${goal}/actions`, {
      title: "Campagna social",
      deadline: "31/12/2031",
      status: "planned",
    });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain("Inserisci una data valida");
    const ok = await c.submit(actionForm, `${base}/goals/${goal}/actions`, {
      title: 'Campagna "Genova, città interattiva"',
      owner: "=Ufficio comunicazione",
      deadline: "2031-12-31",
      status: "in-progress",
      note: "Prima riunione fatta,\nbozza del piano editoriale",
    });
    expect(ok.status).toBe(303);
    const html = await (await who.member!.get(base)).text();
    expect(html).toContain("Campagna &quot;Genova, città interattiva&quot;");
    expect(html).toContain("In corso");
    const actionId = /\/actions\/([0-9a-f-]{36})\/edit/.exec(await (await c.get(base)).text())![1];
    const upd = await c.submit(`${base}/actions/${actionId}/edit`, `${base}/actions/${actionId}`, {
      title: 'Campagna "Genova, città interattiva"',
      owner: "=Ufficio comunicazione",
      deadline: "2031-12-31",
      status: "done",
      note: "Pubblicata",
    });
    expect(upd.status).toBe(303);
  });

  it("is read by members but edited only by curators", async () => {
    const base = planBase(slug);
    expect((await who.member!.get(base)).status).toBe(200);
    expect((await who.member!.get(`${base}/goals/new`)).status).toBe(403);
    expect((await who.anonymous!.get(`${base}/goals/new`)).status).toBe(303);
    expect((await who.anonymous!.get(base)).status).toBe(404);
    expect((await who["other-coordinator"]!.get(base)).status).toBe(404);
    expect((await who["other-coordinator"]!.get(`${base}/export.csv`)).status).toBe(404);
  });

  it("exports a CSV for spreadsheets: BOM, quoting, line breaks, formulas neutralised", async () => {
    const res = await who.member!.get(`${planBase(slug)}/export.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toContain(`${slug}.csv`);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    const [header, ...rest] = text.split("\r\n");
    expect(header).toBe("plan,organisation,goal,action,owner,deadline,status,progress_notes");
    const row = rest.join("\r\n");
    expect(row).toContain(
      `Piano d'azione integrato,,Coinvolgere i cittadini,"Campagna ""Genova, città interattiva""",'=Ufficio comunicazione,2031-12-31,done,"`,
    );
    expect(row).toMatch(
      /"\d{4}-\d{2}-\d{2} Prima riunione fatta,\nbozza del piano editoriale\n\d{4}-\d{2}-\d{2} Pubblicata"/,
    );
    expect(text.endsWith("\r\n")).toBe(true);
  });
});

describe("an organisation's plan", () => {
  it("is created by the organisation's manager in the lab, for their organisation only", async () => {
    const c = who.manager!;
    const form = `/labs/${lab.slug}/plans/new`;
    expect((await c.get(form)).status).toBe(200);
    const ok = await c.submit(form, `/labs/${lab.slug}/plans`, {
      title: "IAP Genova",
      organisationId: org.id,
    });
    expect(ok.status).toBe(303);
    const page = await (await who.member!.get(ok.headers.get("location")!)).text();
    expect(page).toContain("Piano d&#39;azione di Comune di Genova");
    const lab2 = await c.submit(form, `/labs/${lab.slug}/plans`, { title: "Piano del lab" });
    expect(lab2.status).toBe(422);
    expect(await lab2.text()).toContain("Puoi creare solo il piano di un ente che gestisci.");
    expect((await who.member!.get(form)).status).toBe(403);
  });
});

describe("deleting goals and actions", () => {
  const audited = async (planId: string) =>
    (
      await t.deps.pool.query(
        "select action, details from audit_log where details->>'planId' = $1 order by at, id",
        [planId],
      )
    ).rows as { action: string; details: Record<string, unknown> }[];
  const planId = async (slug: string) =>
    (await t.deps.pool.query("select id from action_plans where slug = $1", [slug])).rows[0].id as string;

  it("asks first, then deletes an action, and a goal with its actions and notes; audited", async () => {
    const c = who.coordinator!;
    const created = await c.submit(`/labs/${lab.slug}/plans/new`, `/labs/${lab.slug}/plans`, {
      title: "Piano da sfoltire",
    });
    const slug = created.headers.get("location")!.split("/").pop()!;
    const base = planBase(slug);
    for (const title of ["Obiettivo da togliere", "Obiettivo da tenere"])
      await c.submit(`${base}/goals/new`, `${base}/goals`, { title });
    const [goal, kept] = await goalIds(c, slug);
    for (const title of ["Prima azione", "Seconda azione"])
      await c.submit(`${base}/goals/${goal}/actions/new`, `${base}/goals/${goal}/actions`, {
        title,
        status: "planned",
        note: "Avviata",
      });
    await c.submit(`${base}/goals/${kept}/actions/new`, `${base}/goals/${kept}/actions`, {
      title: "Azione singola",
      status: "done",
    });
    const page = await (await c.get(base)).text();
    const actionIds = [...page.matchAll(/\/actions\/([0-9a-f-]{36})\/delete/g)].map((m) => m[1]!);
    expect(actionIds).toHaveLength(3);
    expect(page).toContain(`href="${base}/goals/${goal}/delete"`);

    // One action: the page names its goal and its notes; members may not.
    const single = actionIds[2]!;
    expect((await who.member!.get(`${base}/actions/${single}/delete`)).status).toBe(403);
    expect((await who.member!.submit(base, `${base}/actions/${single}/delete`, {})).status).toBe(403);
    const ask = await (await c.get(`${base}/actions/${single}/delete`)).text();
    expect(ask).toContain("Eliminare l&#39;azione «Azione singola»?");
    expect(ask).toContain("L&#39;azione sparirà dall&#39;obiettivo «Obiettivo da tenere».");
    const gone = await c.submit(`${base}/actions/${single}/delete`, `${base}/actions/${single}/delete`, {});
    expect(gone.status).toBe(303);
    const after = await (await c.get(base)).text();
    expect(after).toContain("Azione eliminata.");
    expect(after).not.toContain("Azione singola");
    expect(after).toContain("Obiettivo da tenere");

    // A goal: the page lists the actions that go with it.
    const confirm = await c.get(`${base}/goals/${goal}/delete`);
    expect(confirm.status).toBe(200);
    const html = await confirm.text();
    expect(html).toContain("Eliminare l&#39;obiettivo «Obiettivo da togliere»?");
    expect(html).toContain("Spariranno dal piano anche le sue azioni (2)");
    expect(html).toContain("<li>Prima azione</li>");
    expect(html).toContain(`action="${base}/goals/${goal}/delete"`);
    const en = await (await c.get(`${base}/goals/${goal}/delete?lang=en`)).text();
    expect(en).toContain("Delete the goal “Obiettivo da togliere”?");
    await c.get("/?lang=it");
    const done = await c.submit(`${base}/goals/${goal}/delete`, `${base}/goals/${goal}/delete`, {});
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe(base);
    const left = await (await c.get(base)).text();
    expect(left).toContain("Obiettivo eliminato, con le sue azioni.");
    expect(left).not.toContain("Obiettivo da togliere");
    expect(left).not.toContain("Prima azione");
    const id = await planId(slug);
    const rows = await t.deps.pool.query(
      `select count(*)::int as n from action_plan_notes n
         join action_plan_actions a on a.id = n.action_id
         join action_plan_goals g on g.id = a.goal_id where g.plan_id = $1`,
      [id],
    );
    expect(rows.rows[0].n).toBe(0);
    // Gone is gone: a second post is a 404, the CSV has what is left.
    expect((await c.post(`${base}/goals/${goal}/delete`, { _csrf: await c.csrf(base) })).status).toBe(404);
    expect(await (await c.get(`${base}/export.csv`)).text()).not.toContain("Prima azione");
    expect((await audited(id)).map((a) => [a.action, a.details.title])).toEqual([
      ["lab.plan-action-deleted", "Azione singola"],
      ["lab.plan-goal-deleted", "Obiettivo da togliere"],
    ]);
  });

  it("lets an organisation's manager delete from their organisation's plan only", async () => {
    const m = who.manager!;
    const form = `/labs/${lab.slug}/plans/new`;
    const own = await m.submit(form, `/labs/${lab.slug}/plans`, {
      title: "Piano del Comune",
      organisationId: org.id,
    });
    const base = own.headers.get("location")!;
    await m.submit(`${base}/goals/new`, `${base}/goals`, { title: "Obiettivo del Comune" });
    const [goal] = await goalIds(m, base.split("/").pop()!);
    expect((await m.submit(`${base}/goals/${goal}/delete`, `${base}/goals/${goal}/delete`, {})).status).toBe(
      303,
    );
    const labPlan = await who.coordinator!.submit(form, `/labs/${lab.slug}/plans`, {
      title: "Piano di tutti",
    });
    const other = labPlan.headers.get("location")!;
    await who.coordinator!.submit(`${other}/goals/new`, `${other}/goals`, { title: "Obiettivo comune" });
    const [common] = await goalIds(who.coordinator!, other.split("/").pop()!);
    expect((await m.get(`${other}/goals/${common}/delete`)).status).toBe(403);
  });
});

describe("bad input", () => {
  it("answers a NUL character in a title with a plan, not a server error", async () => {
    const c = who.coordinator!;
    const res = await c.submit(`/labs/${lab.slug}/plans/new`, `/labs/${lab.slug}/plans`, {
      title: "Piano\u0000 zero",
    });
    expect(res.status).toBe(303);
  });
});

describe("CSV cells", () => {
  it("quote what needs quoting and neutralise formulas", () => {
    expect(csvCell("semplice")).toBe("semplice");
    expect(csvCell('a "b"')).toBe('"a ""b"""');
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell("+39 06")).toBe("'+39 06");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(
      planCsv({
        id: "x",
        slug: "p",
        title: "P",
        summary: "",
        organisation: null,
        updatedAt: new Date(),
        goals: [{ id: "g", title: "G", description: "", actions: [] }],
      }),
    ).toBe("\uFEFFplan,organisation,goal,action,owner,deadline,status,progress_notes\r\nP,,G,,,,,\r\n");
  });
});
