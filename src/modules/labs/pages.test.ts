// Lab and meeting pages: creating them through the forms (errors on the same form, input kept),
// visibility for each kind of viewer (404 when not visible), and registering from the page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../../../test/helpers/client.ts";
import {
  actorFor,
  buildNetwork,
  buildOrganisation,
  joinOrganisation,
} from "../../../test/helpers/factories.ts";
import { buildLab, buildMeeting } from "../../../test/helpers/labs.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";

let t: TestRuntime;
let net: { id: string; slug: string };
const who: Record<string, Client> = {};
beforeAll(async () => {
  t = await createTestRuntime();
  net = await buildNetwork(t, { name: "Rete dei laboratori" });
  for (const role of ["anonymous", "member", "coordinator", "other-coordinator", "admin"] as const)
    who[role] = (await actorFor(t, role, net.id)).client;
  const pa = await actorFor(t, "member", net.id);
  const org = await buildOrganisation(t, { isPa: true });
  await joinOrganisation(t, org.id, pa.accountId!, "member", net.id);
  who.pa = pa.client;
});
afterAll(() => t.close());

const body = async (r: Response) => r.text();

describe("creating a lab and a meeting", () => {
  it("refuses a period ending before it starts on the same form, then creates the lab", async () => {
    const c = who.coordinator!;
    const form = `/networks/${net.slug}/labs/new`;
    const bad = await c.submit(form, `/networks/${net.slug}/labs`, {
      title: "Lab del patrimonio",
      objectives: "Conoscere\nCondividere",
      periodStart: "2031-06-01",
      periodEnd: "2031-01-01",
      visibility: "public",
    });
    expect(bad.status).toBe(422);
    const html = await body(bad);
    expect(html).toContain("La fine del periodo non può precedere l&#39;inizio.");
    expect(html).toContain('value="Lab del patrimonio"');
    const ok = await c.submit(form, `/networks/${net.slug}/labs`, {
      title: "Lab del patrimonio",
      objectives: "Conoscere\nCondividere",
      subThemes: "finanziamento\ncomunicazione",
      periodStart: "2031-01-01",
      periodEnd: "2031-06-01",
      visibility: "public",
    });
    expect(ok.status).toBe(303);
    const page = await body(await c.get(ok.headers.get("location")!));
    expect(page).toContain("<li>Condividere</li>");
    expect(page).toContain("<li>comunicazione</li>");
  });

  it("refuses a meeting that ends before it starts, then creates it with its agenda and shows Rome time", async () => {
    const c = who.coordinator!;
    const lab = await buildLab(t, net.id);
    const form = `/labs/${lab.slug}/meetings/new`;
    const fields = {
      title: "Incontro di apertura",
      kind: "apertura",
      mode: "in-person",
      venue: "Locanda Specchio di Diana",
      startsAt: "2031-06-12T09:30",
      endsAt: "2031-06-12T08:00",
      timeZone: "Europe/Rome",
      capacity: "10",
      waitlist: "on",
      visibility: "public",
      agenda: "30 | talk | Benvenuto | Giulia\n60 | guided-visit | Visita alla biblioteca",
    };
    const bad = await c.submit(form, `/labs/${lab.slug}/meetings`, fields);
    expect(bad.status).toBe(422);
    expect(await body(bad)).toContain("La fine dell&#39;incontro deve essere dopo l&#39;inizio.");
    const ok = await c.submit(form, `/labs/${lab.slug}/meetings`, { ...fields, endsAt: "2031-06-12T12:30" });
    expect(ok.status).toBe(303);
    const page = await body(await c.get(ok.headers.get("location")!));
    expect(page).toContain("09:30–12:30 (Europe/Rome)");
    expect(page).toContain("Visita guidata:</span> Visita alla biblioteca");
  });

  it("does not let members create labs (403) and hides the form from other networks' coordinators (404)", async () => {
    expect((await who.member!.get(`/networks/${net.slug}/labs/new`)).status).toBe(403);
    expect((await who["other-coordinator"]!.get(`/networks/${net.slug}/labs/new`)).status).toBe(404);
    expect((await who.anonymous!.get(`/networks/${net.slug}/labs/new`)).status).toBe(303);
  });
});

describe("visibility", () => {
  const cases = [
    // viewer: public, network, pa
    ["anonymous", [200, 404, 404]],
    ["member", [200, 200, 404]],
    ["pa", [200, 200, 200]],
    ["other-coordinator", [200, 404, 404]],
    ["coordinator", [200, 200, 200]],
    ["admin", [200, 200, 200]],
  ] as const;
  it("shows labs and meetings only to who may see them, in pages and the list", async () => {
    const labs = {
      public: await buildLab(t, net.id, { title: "Lab pubblico", visibility: "public" }),
      network: await buildLab(t, net.id, { title: "Lab di rete", visibility: "network" }),
      pa: await buildLab(t, net.id, { title: "Lab PA", visibility: "pa" }),
    };
    const meeting = await buildMeeting(t, labs.public, { visibility: "pa", title: "Apertura riservata PA" });
    for (const [role, expected] of cases) {
      const c = who[role]!;
      const got = [];
      for (const lab of Object.values(labs)) got.push((await c.get(`/labs/${lab.slug}`)).status);
      expect({ role, got }).toEqual({ role, got: [...expected] });
      const list = await body(await c.get("/labs"));
      expect({ role, pa: list.includes("Lab PA") }).toEqual({ role, pa: expected[2] === 200 });
      const mPage = (await c.get(`/labs/${labs.public.slug}/meetings/${meeting.slug}`)).status;
      expect({ role, mPage }).toEqual({ role, mPage: expected[2] });
      const programme = await body(await c.get(`/labs/${labs.public.slug}`));
      expect(programme.includes("Apertura riservata PA")).toBe(expected[2] === 200);
    }
  });
});

describe("registering from the page", () => {
  it("registers, says so clearly when registering twice, cancels; a past meeting offers no registration", async () => {
    const lab = await buildLab(t, net.id);
    const m = await buildMeeting(t, lab, { capacity: 5 });
    const page = `/labs/${lab.slug}/meetings/${m.slug}`;
    const c = who.member!;
    const first = await c.submit(page, `${page}/register`, {});
    expect(first.status).toBe(303);
    const after = await body(await c.get(page));
    expect(after).toContain("Iscrizione confermata.");
    expect(after).toMatch(/La tua iscrizione è confermata\. Codice di iscrizione: [A-Z0-9]+/);
    // A second post (e.g. from a stale tab) is refused with 409 and the meeting page, which says why.
    const token = /name="_csrf" value="([^"]+)"/.exec(after)![1]!;
    const twice = await c.post(`${page}/register`, { _csrf: token });
    expect(twice.status).toBe(409);
    expect(await body(twice)).toContain("Hai già un&#39;iscrizione a questo incontro.");
    await c.submit(page, `${page}/cancel`, {});
    const cancelled = await body(await c.get(page));
    expect(cancelled).toContain("Iscrizione annullata.");
    expect(cancelled).toContain(`action="${page}/register"`);

    const start = new Date(t.clock.now().getTime() - 86_400_000);
    const past = await buildMeeting(t, lab, {
      startsAt: start,
      endsAt: new Date(start.getTime() + 3_600_000),
    });
    const pastPage = `/labs/${lab.slug}/meetings/${past.slug}`;
    const html = await body(await c.get(pastPage));
    expect(html).toContain("L&#39;incontro si è già svolto");
    expect(html).not.toContain(`action="${pastPage}/register"`);
    const late = await c.post(`${pastPage}/register`, { _csrf: token });
    expect(late.status).toBe(409);
    expect(await body(late)).toContain("L&#39;incontro si è già svolto");
  });

  it("says when registration opens and when it closed, in the page's language, and refuses a stale form", async () => {
    const lab = await buildLab(t, net.id);
    const now = t.clock.now().getTime();
    // Shown in the meeting's zone (Europe/Rome), whatever the server's.
    const opens = new Date(now + 86_400_000);
    const closes = new Date(now + 3 * 86_400_000);
    const m = await buildMeeting(t, lab, { registrationOpensAt: opens, registrationClosesAt: closes });
    const page = `/labs/${lab.slug}/meetings/${m.slug}`;
    const c = who.member!;
    const fmt = (d: Date, lang: string) =>
      new Intl.DateTimeFormat(lang, {
        dateStyle: "long",
        timeStyle: "short",
        timeZone: "Europe/Rome",
      }).format(d);
    const early = await body(await c.get(page));
    expect(early).toContain(
      `Le iscrizioni non sono ancora aperte. Si apriranno il ${fmt(opens, "it-IT")} (Europe/Rome).`,
    );
    expect(early).not.toContain(`action="${page}/register"`);
    const english = await body(await c.get(`${page}?lang=en`));
    expect(english).toContain(
      `Registration has not opened yet. It opens on ${fmt(opens, "en-GB")} (Europe/Rome).`,
    );
    await c.get(`${page}?lang=it`);
    // A form posted anyway (a page kept open, a crafted request) is refused with the same words.
    const token = /name="_csrf" value="([^"]+)"/.exec(early)![1]!;
    const refused = await c.post(`${page}/register`, { _csrf: token });
    expect(refused.status).toBe(409);
    expect(await body(refused)).toContain('role="alert">Le iscrizioni non sono ancora aperte.<');
    t.clock.advance(4 * 86_400_000);
    try {
      const late = await body(await c.get(page));
      expect(late).toContain(
        `Le iscrizioni a questo incontro sono chiuse. Si sono chiuse il ${fmt(closes, "it-IT")} (Europe/Rome).`,
      );
      expect(late).not.toContain(`action="${page}/register"`);
      const closed = await c.post(`${page}/register`, { _csrf: token });
      expect(closed.status).toBe(409);
      expect(await body(closed)).toContain('role="alert">Le iscrizioni a questo incontro sono chiuse.<');
    } finally {
      t.clock.set(new Date(now));
    }
  });
});
