// The lab page's programme rows (date, mode, places left, your state, register/cancel posting back to
// the lab page) and registration reserved to public administrations (decision 0052): a member who
// sees the meeting but is not from a PA is told why and refused (403, nothing stored), in pages and
// API alike; a meeting of visibility `pa` stays a 404. Bad input is a 4xx, never a 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../../../../test/helpers/client.ts";
import {
  actorFor,
  buildNetwork,
  buildOrganisation,
  joinOrganisation,
} from "../../../../test/helpers/factories.ts";
import { buildLab, buildMeeting } from "../../../../test/helpers/labs.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";
import type { Lab, Meeting } from "../labs.types.ts";

let t: TestRuntime;
let lab: Lab;
let open: Meeting;
let paOnly: Meeting;
let paSeen: Meeting;
const who: Record<string, Client> = {};
const ids: Record<string, string> = {};
const tokens: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestRuntime({ start: new Date("2031-03-03T09:00:00Z") });
  const net = await buildNetwork(t, { name: "Rete dei Comuni" });
  for (const role of ["anonymous", "member", "coordinator"] as const) {
    const a = await actorFor(t, role, net.id);
    who[role] = a.client;
    if (a.accountId) ids[role] = a.accountId;
    if (a.token) tokens[role] = a.token;
  }
  // A company member of the network (not a PA), and a person from a PA organisation of the network.
  const company = await buildOrganisation(t, { isPa: false });
  await joinOrganisation(t, company.id, ids.member!, "member", net.id);
  const pa = await actorFor(t, "member", net.id);
  const town = await buildOrganisation(t, { isPa: true });
  await joinOrganisation(t, town.id, pa.accountId!, "member", net.id);
  who.pa = pa.client;
  ids.pa = pa.accountId!;
  lab = await buildLab(t, net.id, { title: "Lab dei servizi" });
  open = await buildMeeting(t, lab, {
    title: "Incontro aperto",
    mode: "hybrid",
    onlineUrl: "https://meet.example.org/x",
    capacity: 3,
  });
  paOnly = await buildMeeting(t, lab, {
    title: "Apertura riservata",
    visibility: "network",
    registration: "pa",
    capacity: 10,
  });
  paSeen = await buildMeeting(t, lab, { title: "Incontro nascosto", visibility: "pa" });
});
afterAll(() => t.close());

const page = `/labs/`;
const rowAction = (m: Meeting, action: string) => `/labs/${lab.slug}/meetings/${m.slug}/${action}`;
const count = async (m: Meeting) =>
  Number(
    (
      await t.deps.pool.query<{ n: string }>(
        "select count(*) as n from registrations where meeting_id = $1 and status <> 'cancelled'",
        [m.id],
      )
    ).rows[0]!.n,
  );

describe("registration reserved to public administrations", () => {
  it("shows the meeting to a company member, marked and explained, without a register button", async () => {
    const html = await (await who.member!.get(`${page}${lab.slug}`)).text();
    expect(html).toContain("Apertura riservata");
    expect(html).toContain("Riservato alla PA");
    expect(html).toContain("La tua organizzazione non risulta tra queste.");
    expect(html).not.toContain(`action="${rowAction(paOnly, "register")}"`);
    // The open meeting has its button; the `pa` meeting is not there at all.
    expect(html).toContain(`action="${rowAction(open, "register")}"`);
    expect(html).not.toContain("Incontro nascosto");
    const meeting = await (await who.member!.get(`/labs/${lab.slug}/meetings/${paOnly.slug}`)).text();
    expect(meeting).toContain("La tua organizzazione non risulta tra queste.");
    expect(meeting).not.toContain(`action="${rowAction(paOnly, "register")}"`);
  });

  it("refuses the company member's POST from the programme and the meeting page (403), storing nothing", async () => {
    const c = who.member!;
    const fromLab = await c.submit(`${page}${lab.slug}`, rowAction(paOnly, "register"), { from: "lab" });
    expect(fromLab.status).toBe(403);
    expect(await fromLab.text()).toContain("Iscrizioni riservate alla PA");
    const fromMeeting = await c.submit(
      `/labs/${lab.slug}/meetings/${open.slug}`,
      rowAction(paOnly, "register"),
      {},
    );
    expect(fromMeeting.status).toBe(403);
    expect(await count(paOnly)).toBe(0);
  });

  it("refuses it in the API too, as a problem with a stable code", async () => {
    const res = await t.app.request(`/api/v1/meetings/${paOnly.id}/registrations`, {
      method: "POST",
      headers: { authorization: `Bearer ${tokens.member}` },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect((await res.json()).code).toBe("registration-reserved-to-pa");
    const json = await (
      await t.app.request(`/api/v1/meetings/${paOnly.id}`, {
        headers: { authorization: `Bearer ${tokens.member}` },
      })
    ).json();
    expect(json.registration).toBe("pa");
    expect(await count(paOnly)).toBe(0);
  });

  it("lets a PA member register from the programme", async () => {
    const res = await who.pa!.submit(`${page}${lab.slug}`, rowAction(paOnly, "register"), { from: "lab" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/labs/${lab.slug}#meeting-${paOnly.slug}`);
    expect(await count(paOnly)).toBe(1);
  });

  it("keeps a meeting of visibility `pa` a 404 for the company member, on GET and POST", async () => {
    expect((await who.member!.get(`/labs/${lab.slug}/meetings/${paSeen.slug}`)).status).toBe(404);
    const res = await who.member!.submit(`${page}${lab.slug}`, rowAction(paSeen, "register"), {
      from: "lab",
    });
    expect(res.status).toBe(404);
    expect(await count(paSeen)).toBe(0);
  });

  it("refuses a coordinator registering a non-PA person on their behalf (422 on the email)", async () => {
    const res = await who.coordinator!.submit(
      `/labs/${lab.slug}/meetings/${paOnly.slug}/registrations`,
      `/labs/${lab.slug}/meetings/${paOnly.slug}/registrations`,
      {
        email: (await t.deps.pool.query("select email from accounts where id = $1", [ids.member])).rows[0]
          .email,
      },
    );
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("la persona non fa parte di una pubblica amministrazione della rete");
  });

  it("is set on the meeting form; an unknown value is a 422 on the same form", async () => {
    const form = `/labs/${lab.slug}/meetings/new`;
    const fields = {
      title: "Tavolo per la PA",
      mode: "in-person",
      venue: "Sala consiliare",
      startsAt: "2031-04-01T10:00",
      endsAt: "2031-04-01T12:00",
      timeZone: "Europe/Rome",
      visibility: "network",
    };
    const bad = await who.coordinator!.submit(form, `/labs/${lab.slug}/meetings`, {
      ...fields,
      registration: "vip",
    });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('value="Tavolo per la PA"');
    const ok = await who.coordinator!.submit(form, `/labs/${lab.slug}/meetings`, {
      ...fields,
      registration: "pa",
    });
    expect(ok.status).toBe(303);
    const edit = await (await who.coordinator!.get(`${ok.headers.get("location")}/edit`)).text();
    expect(edit).toMatch(/<option value="pa" selected/);
  });

  it("says it in English", async () => {
    const html = await (await who.member!.get(`${page}${lab.slug}?lang=en`)).text();
    expect(html).toContain("Reserved to public administrations");
    expect(html).toContain("Your organisation is not one of them.");
  });
});

describe("the programme's rows", () => {
  it("gives date, mode, places left and the person's state, with register and cancel coming back here", async () => {
    const c = who.member!;
    let html = await (await c.get(`${page}${lab.slug}?lang=it`)).text();
    expect(html).toContain("Ibrida");
    expect(html).toContain("Posti liberi: 3 su 3");
    expect(html).toMatch(/La tua iscrizione<\/dt><dd[^>]*>Nessuna/);
    const reg = await c.submit(`${page}${lab.slug}`, rowAction(open, "register"), { from: "lab" });
    expect(reg.status).toBe(303);
    html = await (await c.get(reg.headers.get("location")!)).text();
    expect(html).toContain("Iscrizione confermata.");
    expect(html).toContain("Posti liberi: 2 su 3");
    expect(html).toMatch(/La tua iscrizione<\/dt><dd[^>]*>Confermata/);
    expect(html).toContain(`action="${rowAction(open, "cancel")}"`);

    // Registering twice is a refusal on the same page, not an error.
    const again = await c.submit(`${page}${lab.slug}`, rowAction(open, "register"), { from: "lab" });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("Hai già un&#39;iscrizione a questo incontro.");

    const cancel = await c.submit(`${page}${lab.slug}`, rowAction(open, "cancel"), { from: "lab" });
    expect(cancel.status).toBe(303);
    html = await (await c.get(cancel.headers.get("location")!)).text();
    expect(html).toContain("Iscrizione annullata.");
    expect(html).toContain("Posti liberi: 3 su 3");
    const twice = await c.submit(`${page}${lab.slug}`, rowAction(open, "cancel"), { from: "lab" });
    expect(twice.status).toBe(404);
    expect(await twice.text()).toContain("Non risulta una tua iscrizione a questo incontro.");
  });

  it("answers bad input with 4xx, never 500", async () => {
    const c = who.member!;
    expect(
      (await c.submit(`${page}${lab.slug}`, `/labs/${lab.slug}/meetings/nessuno/register`, { from: "lab" }))
        .status,
    ).toBe(404);
    expect((await c.post(rowAction(open, "register"), { from: "lab" })).status).toBe(403); // no CSRF token
    expect(
      (await c.submit(`${page}${lab.slug}`, rowAction(open, "register"), { from: "x".repeat(5000) })).status,
    ).toBe(303);
    expect((await who.anonymous!.post(rowAction(open, "register"), { from: "lab" })).status).toBeLessThan(
      500,
    );
  });
});
