// Funding calls: the form (errors on the same form, input kept, repeated checkboxes), the list (open
// calls by deadline, closed ones apart), visibility (404 when not visible), editing, links to
// practices (fundingCallsForPractice) and the iCal feed of deadlines.
import ical from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../../../test/helpers/client.ts";
import { actorFor, buildNetwork } from "../../../test/helpers/factories.ts";
import { buildCall } from "../../../test/helpers/funding.ts";
import { buildPractice } from "../../../test/helpers/practices.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { fundingCallsForPractice } from "./index.ts";
import { parseBudget, parseDeadline } from "./schema.ts";

let t: TestRuntime;
let net: { id: string; slug: string };
const who: Record<string, Client> = {};
beforeAll(async () => {
  t = await createTestRuntime({ start: new Date("2031-03-01T10:00:00Z") });
  net = await buildNetwork(t, { name: "Rete dei bandi" });
  for (const role of ["anonymous", "member", "coordinator", "other-coordinator", "admin"] as const)
    who[role] = (await actorFor(t, role, net.id)).client;
});
afterAll(() => t.close());

describe("parsing what people type", () => {
  it("reads deadlines in the zone, a date alone as the end of that day", () => {
    expect(parseDeadline("2031-04-15", "Europe/Rome")?.toISOString()).toBe("2031-04-15T21:59:00.000Z");
    expect(parseDeadline("2031-01-15 12:00", "Europe/Rome")?.toISOString()).toBe("2031-01-15T11:00:00.000Z");
    expect(parseDeadline("2031-02-30", "Europe/Rome")).toBeUndefined();
    expect(parseDeadline("15/04/2031", "Europe/Rome")).toBeUndefined();
  });
  it("reads budgets with thousands separators, refuses decimals", () => {
    expect(parseBudget("1.500.000")).toBe(1_500_000);
    expect(parseBudget("1,500,000")).toBe(1_500_000);
    expect(parseBudget("€ 250 000")).toBe(250_000);
    expect(parseBudget("")).toBeNull();
    expect(parseBudget("1,5")).toBeUndefined();
    expect(parseBudget("molti")).toBeUndefined();
  });
});

describe("creating and editing a call through the form", () => {
  it("shows every error on the same form with the input kept, then creates the call", async () => {
    const c = who.coordinator!;
    const form = `/networks/${net.slug}/funding/new`;
    const action = `/networks/${net.slug}/funding`;
    const page = await c.get(form);
    expect(page.status).toBe(200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
    const fields = new URLSearchParams({
      _csrf: csrf,
      title: "Bando <b>biblioteche</b>",
      programme: "regional",
      deadline: "31/12/2031",
      budgetEur: "1,5",
      url: "non un indirizzo",
      visibility: "public",
    });
    fields.append("eligibleBodies", "library");
    fields.append("eligibleBodies", "municipality");
    const bad = await c.request(action, {
      method: "POST",
      body: fields,
      headers: { origin: "http://localhost:3000", "sec-fetch-site": "same-origin" },
    });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain("Non sono ammessi tag HTML.");
    expect(html).toContain("Indica una data valida");
    expect(html).toContain("Indica un importo intero in euro");
    expect(html).toContain('value="31/12/2031"');
    expect(html).toMatch(/id="eligibleBodies-library"[^>]*checked/);
    expect(html).toMatch(/id="eligibleBodies-municipality"[^>]*checked/);
    expect(html).not.toMatch(/id="eligibleBodies-museum"[^>]*checked/);

    const practice = await buildPractice(t, { networkId: net.id, title: "Biblioteca diffusa dei bandi" });
    fields.set("title", "Bando biblioteche 2031");
    fields.set("deadline", "2031-12-31 12:00");
    fields.set("budgetEur", "1.500.000");
    fields.set("url", "https://www.regione.lazio.it/bandi");
    fields.set("practices", practice.slug);
    const ok = await c.request(action, {
      method: "POST",
      body: fields,
      headers: { origin: "http://localhost:3000", "sec-fetch-site": "same-origin" },
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe("/funding/bando-biblioteche-2031");
    const shown = await (await c.get("/funding/bando-biblioteche-2031")).text();
    expect(shown).toContain("31 dicembre 2031");
    expect(shown).toContain("12:00");
    expect(shown).toContain("1.500.000");
    expect(shown).toContain("<li>Biblioteca</li>");
    expect(shown).toContain(`href="/practices/${practice.slug}"`);
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(shown)![1]!);
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "CreativeWork",
      name: "Bando biblioteche 2031",
    });
    const linked = await fundingCallsForPractice(t.deps, null, practice.id);
    expect(linked.map((x) => x.slug)).toEqual(["bando-biblioteche-2031"]);

    // The edit form starts from the stored call; a bad change is refused, a good one saved.
    const edit = await (await c.get("/funding/bando-biblioteche-2031/edit")).text();
    expect(edit).toContain('value="2031-12-31 12:00"');
    expect(edit).toContain(practice.slug);
    const unknown = await c.submit(
      "/funding/bando-biblioteche-2031/edit",
      "/funding/bando-biblioteche-2031/edit",
      {
        title: "Bando biblioteche 2031",
        programme: "regional",
        deadline: "2031-12-31",
        url: "https://www.regione.lazio.it/bandi",
        practices: "nessuna-pratica-cosi",
      },
    );
    expect(unknown.status).toBe(422);
    expect(await unknown.text()).toContain("non esiste o non è visibile");
    const saved = await c.submit(
      "/funding/bando-biblioteche-2031/edit",
      "/funding/bando-biblioteche-2031/edit",
      {
        title: "Bando biblioteche 2031",
        programme: "interreg",
        deadline: "2031-12-31",
        url: "https://www.regione.lazio.it/bandi",
        visibility: "network",
      },
    );
    expect(saved.status).toBe(303);
    expect(await fundingCallsForPractice(t.deps, null, practice.id)).toEqual([]);
    expect((await who.anonymous!.get("/funding/bando-biblioteche-2031")).status).toBe(404);
  });

  it("lets only the network's coordinators and admins near the forms", async () => {
    const form = `/networks/${net.slug}/funding/new`;
    expect((await who.anonymous!.get(form)).status).toBe(303);
    expect((await who.member!.get(form)).status).toBe(403);
    expect((await who["other-coordinator"]!.get(form)).status).toBe(404);
    expect((await who.admin!.get(form)).status).toBe(200);
    const call = await buildCall(t, net.id);
    expect((await who.member!.get(`/funding/${call.slug}/edit`)).status).toBe(403);
    const post = await who.member!.submit(`/funding/${call.slug}`, `/funding/${call.slug}/edit`, {
      title: "Preso",
      programme: "pnrr",
      deadline: "2031-12-31",
      url: "https://example.org",
    });
    expect(post.status).toBe(403);
  });
});

describe("the list and the calendar", () => {
  it("lists open calls soonest first and closed ones apart, each as the viewer may see it", async () => {
    const other = await buildNetwork(t);
    const later = await buildCall(t, other.id, { title: "Scade tardi", inDays: 90 });
    const soon = await buildCall(t, other.id, { title: "Scade presto", inDays: 3 });
    const closed = await buildCall(t, other.id, { title: "Già scaduto", inDays: -10 });
    const hidden = await buildCall(t, other.id, {
      title: "Solo per la rete",
      inDays: 5,
      visibility: "network",
    });
    const html = await (await who.anonymous!.get("/funding?lang=en")).text();
    const open = html.slice(html.indexOf('id="open-calls"'), html.indexOf('id="past-calls"'));
    const past = html.slice(html.indexOf('id="past-calls"'));
    expect(open.indexOf(soon.title)).toBeGreaterThan(-1);
    expect(open.indexOf(soon.title)).toBeLessThan(open.indexOf(later.title));
    expect(open).not.toContain(closed.title);
    expect(past).toContain(closed.title);
    expect(html).not.toContain(hidden.title);
    expect((await who.anonymous!.get(`/funding/${hidden.slug}`)).status).toBe(404);
    expect((await who.admin!.get(`/funding/${hidden.slug}`)).status).toBe(200);
  });

  it("gives an iCal feed of the deadlines a viewer may see, with stable ids and links back", async () => {
    const call = await buildCall(t, net.id, { title: "Bando per il calendario", inDays: 12 });
    const hidden = await buildCall(t, net.id, { title: "Bando riservato", visibility: "pa" });
    const res = await who.anonymous!.get("/funding/calendar.ics");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/calendar");
    const body = await res.text();
    const events = Object.values(ical.sync.parseICS(body)).flatMap((e) => (e?.type === "VEVENT" ? [e] : []));
    const mine = events.find((e) => e.uid === `funding-${call.id}@localhost:3000`);
    if (!mine) throw new Error("no event for the call");
    expect(new Date(mine.start).toISOString()).toBe(call.deadline.toISOString());
    const url: unknown = mine.url;
    expect(typeof url === "string" ? url : (url as { val: string }).val).toBe(
      `http://localhost:3000/funding/${call.slug}`,
    );
    expect(body).toContain("BEGIN:VALARM");
    expect(body).not.toContain(hidden.title);
  });
});
