// Registration questions, registering someone on their behalf, check-in by code or QR code, minutes
// with a version check, and closing a meeting with its attendance figures.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../../../../test/helpers/client.ts";
import {
  actorFor,
  buildNetwork,
  buildOrganisation,
  joinOrganisation,
} from "../../../../test/helpers/factories.ts";
import { buildLab, buildMeeting, waitForMail } from "../../../../test/helpers/labs.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";
import { qrSvg } from "../../../platform/ui/qr.ts";

let t: TestRuntime;
let net: { id: string; slug: string };
let coordinator: Client;
beforeAll(async () => {
  t = await createTestRuntime();
  net = await buildNetwork(t);
  coordinator = (await actorFor(t, "coordinator", net.id)).client;
});
afterAll(() => t.close());

const H = 3_600_000;
const html = async (c: Client, url: string) => (await c.get(url)).text();
const codeOf = (page: string) => /Codice di iscrizione: ([A-Z0-9]+)/.exec(page)![1]!;
const entity = (s: string) => s.replace(/'/g, "&#39;");

async function member() {
  return actorFor(t, "member", net.id);
}

describe("registration questions", () => {
  it("asks them on registering (a required one must be answered, input kept) and shows the answers to coordinators only", async () => {
    const lab = await buildLab(t, net.id);
    const m = await buildMeeting(t, lab, {
      questions: [
        { label: "Esigenze alimentari", required: true },
        { label: "Domande per i relatori", required: false },
      ],
    });
    const [diet, other] = m.questions;
    const page = `/labs/${lab.slug}/meetings/${m.slug}`;
    const p = await member();
    const form = await html(p.client, page);
    expect(form).toContain(`name="q_${diet!.id}"`);
    const bad = await p.client.submit(page, `${page}/register`, { [`q_${other!.id}`]: "Quanto costa?" });
    expect(bad.status).toBe(422);
    const badHtml = await bad.text();
    expect(badHtml).toContain("Rispondi a questa domanda: è obbligatoria.");
    expect(badHtml).toContain("Quanto costa?");
    expect(badHtml).not.toContain("La tua iscrizione è confermata");
    const ok = await p.client.submit(page, `${page}/register`, {
      [`q_${diet!.id}`]: "Vegetariano",
      [`q_${other!.id}`]: "Quanto costa?",
    });
    expect(ok.status).toBe(303);
    const list = await html(coordinator, `${page}/registrations`);
    expect(list).toContain("Esigenze alimentari");
    expect(list).toContain("Vegetariano");
    expect(list).toContain("Quanto costa?");
    expect((await p.client.get(`${page}/registrations`)).status).toBe(403);
  });
});

describe("registration questions through the API", () => {
  it("lists the questions with the meeting and takes the answers with the registration", async () => {
    const lab = await buildLab(t, net.id);
    const m = await buildMeeting(t, lab, { questions: [{ label: "Ente", required: true }] });
    const q = m.questions[0]!;
    const p = await member();
    const api = (body?: unknown) =>
      t.app.request(`/api/v1/meetings/${m.id}/registrations`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${p.token}`,
          ...(body ? { "content-type": "application/json" } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    const meeting = await (await t.app.request(`/api/v1/meetings/${m.id}`)).json();
    expect(meeting.questions).toEqual([{ id: q.id, label: "Ente", required: true }]);
    const missing = await api();
    expect(missing.status).toBe(422);
    expect((await missing.json()).errors).toEqual([
      { field: `answers.${q.id}`, message: "Answer this question: it is required." },
    ]);
    expect((await api({ answers: 3 })).status).toBe(422);
    const ok = await api({ answers: { [q.id]: "Comune di Ariccia" } });
    expect(ok.status).toBe(201);
    const list = await html(coordinator, `/labs/${lab.slug}/meetings/${m.slug}/registrations`);
    expect(list).toContain("Comune di Ariccia");
  });
});

describe("registering on someone's behalf", () => {
  it("registers a person by their account's email, mails them, and refuses unknown, unfit and duplicate people clearly", async () => {
    const lab = await buildLab(t, net.id, { visibility: "network" });
    const m = await buildMeeting(t, lab, { title: "Per conto di", visibility: "network" });
    const page = `/labs/${lab.slug}/meetings/${m.slug}`;
    const list = `${page}/registrations`;
    const p = await member();
    const res = await coordinator.submit(list, list, { email: p.email!.toUpperCase() });
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toMatch(/Iscrizione di Persona [^<]+ registrata\./);
    expect(body).toMatch(/Iscrizione fatta da [^<]+/);
    await waitForMail(t, p.email!, /^Iscrizione confermata: Per conto di$/);
    expect(await html(p.client, page)).toMatch(/La tua iscrizione è confermata\. Codice/);
    const again = await coordinator.submit(list, list, { email: p.email! });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain(entity("Questa persona è già iscritta all'incontro."));
    const unknown = await coordinator.submit(list, list, { email: "nessuno@example.org" });
    expect(unknown.status).toBe(422);
    const unknownHtml = await unknown.text();
    expect(unknownHtml).toContain(entity("Non c'è un account con questo indirizzo email."));
    expect(unknownHtml).toContain('value="nessuno@example.org"');
    const outsider = await actorFor(t, "other-coordinator", net.id);
    const unfit = await coordinator.submit(list, list, { email: outsider.email! });
    expect(unfit.status).toBe(422);
    expect(await unfit.text()).toContain(entity("Questa persona non può vedere l'incontro"));
  });
});

describe("check-in", () => {
  it("shows a confirmed participant a QR code of the check-in link; a coordinator checks people in by code", async () => {
    const lab = await buildLab(t, net.id);
    const m = await buildMeeting(t, lab, { capacity: 1 });
    const page = `/labs/${lab.slug}/meetings/${m.slug}`;
    const a = await member();
    const b = await member();
    await a.client.submit(page, `${page}/register`, {});
    await b.client.submit(page, `${page}/register`, {}); // waiting
    const mine = await html(a.client, page);
    const code = codeOf(mine);
    const link = `http://localhost:3000${page}/check-in?code=${code}`;
    expect(mine).toContain(await qrSvg(link));
    expect(mine).toContain(
      `aria-label="Codice QR per registrare la tua presenza; codice di iscrizione ${code}"`,
    );
    expect(await html(b.client, page)).not.toContain('class="qr-code"');
    // Scanning the QR opens the check-in page with the code filled in; nothing happens until the POST.
    const scanned = await html(coordinator, `${page}/check-in?code=${code}`);
    expect(scanned).toContain(`value="${code}"`);
    expect(scanned).toContain("Presenti: 0 su 1 confermati.");
    const done = await coordinator.submit(`${page}/check-in`, `${page}/check-in`, {
      code: code.toLowerCase(),
    });
    expect(done.status).toBe(200);
    const doneHtml = await done.text();
    expect(doneHtml).toMatch(/Presenza registrata: Persona [^<]+\./);
    expect(doneHtml).toContain("Presenti: 1 su 1 confermati.");
    const twice = await coordinator.submit(`${page}/check-in`, `${page}/check-in`, { code });
    expect(await twice.text()).toMatch(/La presenza di [^<]+ era già registrata/);
    const unknown = await coordinator.submit(`${page}/check-in`, `${page}/check-in`, { code: "NOPE42" });
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain("Il codice NOPE42 non corrisponde a nessuna iscrizione");
    const list = await html(coordinator, `${page}/registrations`);
    expect(list).toContain("Confermati: 1 · in lista d&#39;attesa: 1 · presenti: 1");
    expect((await a.client.get(`${page}/check-in`)).status).toBe(403);
    expect((await (await actorFor(t, "anonymous", net.id)).client.get(`${page}/check-in`)).status).toBe(303);
  });
});

describe("minutes", () => {
  it("saves Markdown (rendered safely on the meeting page) and refuses a concurrent edit with a clear message, losing nothing", async () => {
    const lab = await buildLab(t, net.id);
    const m = await buildMeeting(t, lab);
    const page = `/labs/${lab.slug}/meetings/${m.slug}`;
    const other = (await actorFor(t, "coordinator", net.id)).client;
    // Both open the editor at version 0.
    const tokenA = /name="_csrf" value="([^"]+)"/.exec(await html(coordinator, `${page}/minutes`))![1]!;
    const tokenB = /name="_csrf" value="([^"]+)"/.exec(await html(other, `${page}/minutes`))![1]!;
    const a = await coordinator.post(`${page}/minutes`, {
      _csrf: tokenA,
      baseVersion: "0",
      minutes: "# Decisioni\n\n- Piano editoriale condiviso\n\n<script>alert(1)</script>",
    });
    expect(a.status).toBe(303);
    const shown = await html(coordinator, page);
    expect(shown).toContain("<h3>Decisioni</h3>");
    expect(shown).toContain("<li>Piano editoriale condiviso</li>");
    expect(shown).not.toContain("<script>alert(1)</script>");
    const b = await other.post(`${page}/minutes`, {
      _csrf: tokenB,
      baseVersion: "0",
      minutes: "Il mio testo, scritto nello stesso momento",
    });
    expect(b.status).toBe(409);
    const conflict = await b.text();
    expect(conflict).toContain("Il verbale è stato modificato da un&#39;altra persona mentre lo scrivevi.");
    expect(conflict).toContain("Il mio testo, scritto nello stesso momento");
    expect(conflict).toContain("# Decisioni");
    expect(conflict).toContain('name="baseVersion" value="1"');
    // Nothing was overwritten; saving again after reading is a deliberate choice.
    expect(await html(coordinator, page)).toContain("<h3>Decisioni</h3>");
    const merged = await other.post(`${page}/minutes`, {
      _csrf: tokenB,
      baseVersion: "1",
      minutes: "# Decisioni\n\n- Piano editoriale condiviso\n- Il mio testo",
    });
    expect(merged.status).toBe(303);
    expect(await html(other, page)).toContain("<li>Il mio testo</li>");
  });
});

describe("closing a meeting", () => {
  it("closes once started, with the number of attendees and of their organisations", async () => {
    const lab = await buildLab(t, net.id);
    const start = new Date(t.clock.now().getTime() + 2 * H);
    const m = await buildMeeting(t, lab, { startsAt: start, endsAt: new Date(start.getTime() + 2 * H) });
    const page = `/labs/${lab.slug}/meetings/${m.slug}`;
    const [orgX, orgY] = [await buildOrganisation(t), await buildOrganisation(t)];
    const people = [await member(), await member(), await member(), await member()];
    await joinOrganisation(t, orgX.id, people[0]!.accountId!, "member", net.id);
    await joinOrganisation(t, orgX.id, people[1]!.accountId!, "member", net.id);
    await joinOrganisation(t, orgY.id, people[2]!.accountId!, "member", net.id);
    const codes = [];
    for (const p of people) {
      await p.client.submit(page, `${page}/register`, {});
      codes.push(codeOf(await html(p.client, page)));
    }
    for (const code of codes.slice(0, 3))
      await coordinator.submit(`${page}/check-in`, `${page}/check-in`, { code });
    expect(await html(coordinator, `${page}/registrations`)).toContain(
      "L&#39;incontro si può chiudere quando è iniziato.",
    );
    const early = await coordinator.post(`${page}/close`, { _csrf: await coordinator.csrf(page) });
    expect(await html(coordinator, early.headers.get("location")!)).toContain(
      "si può chiudere quando è iniziato",
    );
    const now = t.clock.now();
    t.clock.set(new Date(start.getTime() + 3 * H));
    try {
      const closed = await coordinator.submit(`${page}/registrations`, `${page}/close`, {});
      expect(closed.status).toBe(303);
      const after = await html(coordinator, page);
      expect(after).toContain("Incontro chiuso.");
      expect(after).toMatch(/<dt class="col-sm-3">Presenti<\/dt><dd class="col-sm-9">3<\/dd>/);
      expect(after).toMatch(/<dt class="col-sm-3">Organizzazioni presenti<\/dt><dd class="col-sm-9">2<\/dd>/);
      expect(after).not.toContain(`${page}/edit"`);
      const late = await coordinator.submit(`${page}/minutes`, `${page}/check-in`, { code: codes[3]! });
      const lateHtml = await late.text();
      expect(lateHtml).toContain("L&#39;incontro è chiuso: le presenze non si possono più cambiare.");
      expect(late.status).toBe(409);
      // The minutes can still be written after closing.
      expect((await coordinator.get(`${page}/minutes`)).status).toBe(200);
    } finally {
      t.clock.set(now);
    }
  });
});
