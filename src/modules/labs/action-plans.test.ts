// Action plans: curators create a plan with goals and actions and record progress; members read it;
// those who cannot see the lab get a 404 for the page and the CSV; the CSV is UTF-8 with a BOM and
// escapes commas, quotes, line breaks and formula-like cells.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../../../test/helpers/client.ts";
import {
  actorFor,
  addToNetwork,
  buildAccount,
  buildNetwork,
  buildOrganisation,
  joinOrganisation,
  signedIn,
} from "../../../test/helpers/factories.ts";
import { buildLab } from "../../../test/helpers/labs.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { csvCell, planCsv } from "./action-plans.service.ts";
import { addMember } from "./labs.service.ts";
import type { Lab } from "./labs.types.ts";

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
