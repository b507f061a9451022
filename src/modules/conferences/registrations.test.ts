// Public registration through the real SMTP sink: register with name + email, the mailed link
// (GET shows a button, POST confirms), the registrant's page, per-session places with capacity,
// check-in by code, the attendance mail, the certificate (PDF structure) and its public verification.
import { beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { buildConference, buildProgramme } from "../../../test/helpers/conferences.ts";
import { actorFor, buildNetwork } from "../../../test/helpers/factories.ts";
import { jobsSettled } from "../../../test/helpers/jobs.ts";
import { followLink, withMailRuntime } from "../../../test/helpers/mail-runtime.ts";
import { readPdfStructure } from "../../../test/helpers/pdf.ts";
import type { TestRuntime } from "../../../test/helpers/runtime.ts";
import { linkIn, pathOf, type SmtpSink } from "../../../test/helpers/smtp.ts";
import { SYSTEM } from "../../platform/auth/index.ts";
import { saveSession } from "./index.ts";
import { registrationsOf } from "./registrations.repo.ts";
import { joinSession, registrationByAccess } from "./registrations.service.ts";
import type { Conference } from "./types.ts";
import { addDays, dayOf } from "./when.ts";

let t: TestRuntime;
let smtp: SmtpSink;
withMailRuntime(
  (r) => {
    t = r.t;
    smtp = r.smtp;
  },
  {
    limits: {
      emailLinksPerAddress: { max: 4, windowSeconds: 3600 },
      signUpPerIp: { max: 1000, windowSeconds: 3600 },
    },
  },
);

let conf: Conference;
let prog: Awaited<ReturnType<typeof buildProgramme>>;
let coordinator: Client;
let networkId: string;
const BASE = "http://localhost:3000";

beforeAll(async () => {
  const net = await buildNetwork(t, { name: "Rete delle conferenze" });
  networkId = net.id;
  conf = await buildConference(t, net.id, { title: "Interactive Cities Genova" });
  prog = await buildProgramme(t, conf);
  coordinator = (await actorFor(t, "coordinator", net.id)).client;
});

let n = 0;
const address = () => `iscritto.${++n}.${Date.now()}@example.org`;

/** Registers through the public form and confirms through the mailed link; returns the "me" path. */
async function registerAndConfirm(c: Client, email: string, name = "Giulia Bianchi") {
  const res = await c.submit(`/conferences/${conf.slug}`, `/conferences/${conf.slug}/register`, {
    name,
    email,
  });
  expect(res.status).toBe(200);
  expect(await res.text()).toContain("Controlla la posta");
  const mail = await smtp.waitFor(email, (m) => /Conferma l'iscrizione/.test(m.subject));
  const link = linkIn(mail, `${BASE}/conferences/registrations/confirm`);
  const done = await followLink(c, link);
  expect(done.status).toBe(303);
  const me = done.headers.get("location")!;
  expect(me).toMatch(new RegExp(`^/conferences/${conf.slug}/me\\?t=`));
  return { me, link };
}

describe("registration without an account", () => {
  it("mails a link whose GET only shows a button; the POST confirms once and mails the code", async () => {
    const c = new Client(t);
    const email = address();
    await c.submit(`/conferences/${conf.slug}`, `/conferences/${conf.slug}/register`, {
      name: "Marta Neri",
      email,
    });
    const mail = await smtp.waitFor(email);
    expect(mail.subject).toContain("Interactive Cities Genova");
    const link = linkIn(mail, `${BASE}/conferences/registrations/confirm`);
    // A scanner opening the link twice confirms nothing.
    for (let i = 0; i < 2; i++) {
      const page = await new Client(t).get(pathOf(link));
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("Confermo l&#39;iscrizione");
    }
    const done = await followLink(c, link);
    expect(done.status).toBe(303);
    const registered = await smtp.waitFor(email, (m) => /Iscrizione confermata/.test(m.subject));
    const code = /codice d'ingresso è ([0-9A-Z]{4}-[0-9A-Z]{4})/.exec(registered.text)?.[1];
    expect(code).toBeTruthy();
    const mePage = await c.get(done.headers.get("location")!);
    const html = await mePage.text();
    expect(mePage.status).toBe(200);
    expect(html).toContain(code!);
    expect(html).toContain("Iscrizione confermata");
    // A QR code for the desk: labelled, its SVG hidden from assistive technology.
    expect(html).toContain(`aria-label="Codice QR per la registrazione della presenza, codice ${code}"`);
    expect(html).toContain('aria-hidden="true" focusable="false"');
    // The link is used: opening it again says so plainly (no 500).
    const again = await new Client(t).get(pathOf(link));
    expect(again.status).toBe(400);
    expect(await again.text()).toContain("già stato usato");
  });

  it("refuses bad input on the same form, with the input kept and no 500", async () => {
    const c = new Client(t);
    const res = await c.submit(`/conferences/${conf.slug}`, `/conferences/${conf.slug}/register`, {
      name: "",
      email: "not-an-email",
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('value="not-an-email"');
    expect(html).toContain('aria-invalid="true"');
    await jobsSettled(t);
    expect(smtp.messages).toHaveLength(0);
    const junk = await c.submit(`/conferences/${conf.slug}`, `/conferences/${conf.slug}/register`, {
      name: "<script>x</script>",
      email: `${"a".repeat(300)}@example.org`,
    });
    expect(junk.status).toBe(422);
    for (const path of [
      "/conferences/registrations/confirm?token=nope",
      "/conferences/registrations/confirm",
      `/conferences/${conf.slug}/me?t=nope`,
      `/conferences/${conf.slug}/me`,
      `/conferences/${conf.slug}/me/certificate.pdf?t=x`,
      "/conferences/no-such-conference",
      `/conferences/${conf.slug}/speakers/not-a-uuid/photo`,
      "/certificates/%00%ff",
    ]) {
      const r = await c.get(path);
      expect(r.status, path).toBeLessThan(500);
      expect([400, 404, 410]).toContain(r.status);
    }
    const post = await c.post("/conferences/registrations/confirm", {
      _csrf: await c.csrf(`/conferences/${conf.slug}`),
      token: "x",
    });
    expect(post.status).toBe(400);
  });

  it("registering a confirmed address again answers as for a new address; the mail says it is already registered", async () => {
    const c = new Client(t);
    const email = address();
    const { me } = await registerAndConfirm(c, email);
    // What the page says to a new address, with the address's own part left out.
    const fresh = address();
    const newPage = await (
      await new Client(t).submit(`/conferences/${conf.slug}`, `/conferences/${conf.slug}/register`, {
        name: "Someone Else",
        email: fresh,
      })
    ).text();
    await jobsSettled(t);
    smtp.clear();
    const again = await new Client(t).submit(
      `/conferences/${conf.slug}`,
      `/conferences/${conf.slug}/register`,
      { name: "Someone Else", email: email.toUpperCase() },
    );
    // Same status, same page: nothing tells whoever typed the address that it is registered.
    expect(again.status).toBe(200);
    const html = await again.text();
    const withoutAddress = (page: string, a: string) =>
      page.replaceAll(a, "ADDRESS").replace(/name="_csrf" value="[^"]*"/g, "");
    expect(withoutAddress(html, email.toUpperCase())).toBe(withoutAddress(newPage, fresh));
    expect(html).toContain("Controlla la posta");
    expect(html).not.toContain("già iscritt");
    // The page never shows the registration: its link is mailed to the address only.
    expect(html).not.toContain("/me?t=");
    const mail = await smtp.waitFor(email);
    expect(mail.subject).toContain("Hai già un'iscrizione");
    expect(mail.text).toContain("l'iscrizione c'è già, non serve fare altro");
    expect(linkIn(mail, `${BASE}/conferences/${conf.slug}/me?`)).toBeTruthy();
    // Nothing was changed by the refused attempt.
    const access = new URL(me, BASE).searchParams.get("t")!;
    const { registration } = await registrationByAccess(t.deps, conf.slug, access);
    expect(registration.name).toBe("Giulia Bianchi");
    await jobsSettled(t);
    expect(smtp.to(email)).toHaveLength(1);

    const en = new Client(t);
    await en.get("/?lang=en");
    const english = await en.submit(`/conferences/${conf.slug}`, `/conferences/${conf.slug}/register`, {
      name: "Giulia Bianchi",
      email,
    });
    expect(english.status).toBe(200);
    const englishPage = await english.text();
    expect(englishPage).toContain("Check your mail");
    expect(englishPage).not.toContain("already registered");

    let last = 200;
    for (let i = 0; i < 5; i++) {
      last = (
        await c.submit(`/conferences/${conf.slug}`, `/conferences/${conf.slug}/register`, {
          name: "X",
          email,
        })
      ).status;
    }
    expect(last).toBe(429);
  });

  it("registering again before confirming mails a fresh link and the older one stops working", async () => {
    const c = new Client(t);
    const email = address();
    const form = { name: "Paola Gialli", email };
    expect(
      (await c.submit(`/conferences/${conf.slug}`, `/conferences/${conf.slug}/register`, form)).status,
    ).toBe(200);
    const first = linkIn(await smtp.waitFor(email), `${BASE}/conferences/registrations/confirm`);
    await jobsSettled(t);
    smtp.clear();
    const again = await c.submit(`/conferences/${conf.slug}`, `/conferences/${conf.slug}/register`, form);
    expect(again.status).toBe(200);
    expect(await again.text()).toContain("Controlla la posta");
    const second = linkIn(await smtp.waitFor(email), `${BASE}/conferences/registrations/confirm`);
    expect(second).not.toBe(first);
    expect((await new Client(t).get(pathOf(first))).status).toBe(400);
    expect((await followLink(c, second)).status).toBe(303);
    // One registration for the address, not two.
    const rows = await registrationsOf(t.deps.db, conf.id);
    expect(rows.filter((r) => r.email === email)).toHaveLength(1);
  });
});

describe("sessions with limited places", () => {
  it("books a place, puts a latecomer on the waiting list, and gives them the freed place", async () => {
    const people: { c: Client; me: string; link: string }[] = [];
    for (let i = 0; i < 3; i++) {
      const c = new Client(t);
      people.push({ c, ...(await registerAndConfirm(c, address(), `Persona ${i}`)) });
    }
    const book = async (p: (typeof people)[number], session: string, action = "join") => {
      const access = new URL(p.me, BASE).searchParams.get("t")!;
      return p.c.submit(p.me, `/conferences/${conf.slug}/me/sessions`, { t: access, session, action });
    };
    expect((await book(people[0]!, prog.sessions.workshop)).status).toBe(200);
    const twice = await book(people[0]!, prog.sessions.workshop);
    expect(twice.status).toBe(409);
    expect(await twice.text()).toContain("Hai già un posto in questa sessione");
    expect((await book(people[1]!, prog.sessions.workshop)).status).toBe(200);
    const full = await book(people[2]!, prog.sessions.workshop);
    expect(full.status).toBe(200);
    expect(await full.text()).toContain("sei in lista d&#39;attesa, in posizione 1");
    // The public programme says how many are waiting (one: the singular).
    const waitingPage = await (await new Client(t).get(`/conferences/${conf.slug}?lang=it`)).text();
    expect(waitingPage).toContain("Completa (posti: 2): 1 persona in lista d&#39;attesa");
    const open = await book(people[2]!, prog.sessions.opening);
    expect(open.status).toBe(409);
    expect(await open.text()).toContain("accesso libero");
    const unknown = await book(people[2]!, "00000000-0000-7000-8000-000000000000");
    expect(unknown.status).toBe(404);
    expect((await book(people[1]!, prog.sessions.workshop, "leave")).status).toBe(200);
    // The freed place went to the person waiting, who got a mail with the link to their page.
    const waiting = await registrationByAccess(
      t.deps,
      conf.slug,
      new URL(people[2]!.me, BASE).searchParams.get("t")!,
    );
    const promoted = await smtp.waitFor(waiting.registration.email, (m) =>
      /Si è liberato un posto: Workshop/.test(m.subject),
    );
    expect(linkIn(promoted, `${BASE}/conferences/${conf.slug}/me?`)).toBeTruthy();
    const again = await book(people[2]!, prog.sessions.workshop);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("Hai già un posto in questa sessione");
    const page = await (await new Client(t).get(`/conferences/${conf.slug}`)).text();
    expect(page).toContain("Completa (posti: 2): lista d&#39;attesa aperta");
  });

  it("never gives more places than capacity to concurrent requests", async () => {
    const people: { c: Client; me: string; link: string }[] = [];
    for (let i = 0; i < 6; i++) {
      const c = new Client(t);
      people.push({ c, ...(await registerAndConfirm(c, address(), `Concorrente ${i}`)) });
    }
    const regs = await Promise.all(
      people.map((p) => registrationByAccess(t.deps, conf.slug, new URL(p.me, BASE).searchParams.get("t")!)),
    );
    const results = await Promise.allSettled(
      regs.map((r) => joinSession(t.deps, r.registration, prog.sessions.visit)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(6);
    // A 1-place session: the same six at once.
    const single = await saveSession(t.deps, SYSTEM, conf, {
      title: "Un posto solo",
      trackId: prog.tracks.workshops.id,
      day: conf.startsOn,
      start: "15:00",
      end: "16:00",
      capacity: 1,
    });
    const race = await Promise.all(regs.map((r) => joinSession(t.deps, r.registration, single)));
    expect(race.filter((r) => r.status === "confirmed")).toHaveLength(1);
    expect(
      race
        .filter((r) => r.status === "waitlisted")
        .map((r) => r.status === "waitlisted" && r.position)
        .sort(),
    ).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("check-in and certificates", () => {
  // Check-in opens on the conference's first day (editions.test.ts has the refusal before it): the
  // same conference, beginning today.
  beforeAll(async () => {
    const today = dayOf(t.clock.now(), "Europe/Rome");
    conf = await buildConference(t, networkId, {
      title: "Interactive Cities Genova",
      startsOn: today,
      endsOn: addDays(today, 2),
    });
  });

  it("checks a person in by code, mails the certificate link; the PDF is tagged and verifiable", async () => {
    const c = new Client(t);
    const email = address();
    const { me } = await registerAndConfirm(c, email, "Lucia Verdi");
    const registered = await smtp.waitFor(email, (m) => /Iscrizione confermata/.test(m.subject));
    const code = /([0-9A-Z]{4}-[0-9A-Z]{4})/.exec(registered.text)![1]!;
    // Before check-in there is no certificate.
    const access = new URL(me, BASE).searchParams.get("t")!;
    expect((await c.get(`/conferences/${conf.slug}/me/certificate.pdf?t=${access}`)).status).toBe(404);

    const checkInPage = `/conferences/${conf.slug}/check-in`;
    const bad = await coordinator.submit(checkInPage, checkInPage, { code: "ZZZZ-ZZZZ" });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain("Nessuna iscrizione a questa conferenza ha questo codice");
    const junk = await coordinator.submit(checkInPage, checkInPage, { code: "<>".repeat(30) });
    expect(junk.status).toBe(422);
    const ok = await coordinator.submit(checkInPage, checkInPage, {
      code: code.toLowerCase().replace("-", " "),
    });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain("Presenza registrata: Lucia Verdi");
    const twice = await coordinator.submit(checkInPage, checkInPage, { code });
    expect(await twice.text()).toMatch(/La presenza di [^<]+ era già registrata/);

    const attended = await smtp.waitFor(email, (m) => /Grazie per aver partecipato/.test(m.subject));
    const pdfLink = linkIn(attended, `${BASE}/conferences/${conf.slug}/me/certificate.pdf`);
    const pdfRes = await new Client(t).get(pathOf(pdfLink));
    expect(pdfRes.status).toBe(200);
    expect(pdfRes.headers.get("content-type")).toBe("application/pdf");
    const bytes = new Uint8Array(await pdfRes.arrayBuffer());
    const s = await readPdfStructure(bytes);
    expect(s.hasStructTreeRoot).toBe(true);
    expect(s.marked).toBe(true);
    expect(s.lang).toBe("it-IT");
    expect(s.displayDocTitle).toBe(true);
    expect(s.title).toBe("Attestato di partecipazione di Lucia Verdi — Interactive Cities Genova");
    expect(s.elements[0]).toBe("Document");
    expect(s.elements.filter((e) => /^H\d$/.test(e))).toEqual(["H1", "H2", "H2"]);
    expect(s.elements).toContain("Link");
    expect(s.pages).toBe(1);
    const raw = Buffer.from(bytes).toString("latin1");
    const verifyCode = /\/certificates\/([0-9a-z-]{14})/.exec(raw)?.[1];
    expect(verifyCode).toBeTruthy();

    // The public verification page confirms it, whatever the case and dashes typed.
    const anon = new Client(t);
    const v = await anon.get(`/certificates/${verifyCode!.toUpperCase()}`);
    expect(v.status).toBe(200);
    const vhtml = await v.text();
    expect(vhtml).toContain("Attestato valido");
    expect(vhtml).toContain("Lucia Verdi");
    expect(vhtml).toContain("Interactive Cities Genova");
    const unknown = await anon.get("/certificates/0000-0000-0000");
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain("Nessun attestato corrisponde");

    // Emailed on request (with the PDF attached), again, then rate limited.
    await jobsSettled(t);
    smtp.clear();
    const mePath = pathOf(linkIn(attended, `${BASE}/conferences/${conf.slug}/me?`));
    const meAccess = new URL(mePath, BASE).searchParams.get("t")!;
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await c.submit(mePath, `/conferences/${conf.slug}/me/certificate/email`, { t: meAccess });
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 4)).toEqual([200, 200, 200, 200]);
    expect(statuses[4]).toBe(429);
    const sent = await smtp.waitFor(email, (m) => /Attestato di partecipazione/.test(m.subject));
    expect(sent.headers.get("content-type")).toBeTruthy();
    await jobsSettled(t);
    expect(smtp.to(email)).toHaveLength(4);
  });

  it("gives an English certificate to someone who registered in English", async () => {
    const c = new Client(t);
    const email = address();
    await c.get("/?lang=en");
    const res = await c.submit(`/conferences/${conf.slug}`, `/conferences/${conf.slug}/register`, {
      name: "John Smith",
      email,
    });
    expect(await res.text()).toContain("Check your mail");
    const link = linkIn(await smtp.waitFor(email), `${BASE}/conferences/registrations/confirm`);
    await followLink(c, link);
    const registered = await smtp.waitFor(email, (m) => /Registration confirmed/.test(m.subject));
    const code = /([0-9A-Z]{4}-[0-9A-Z]{4})/.exec(registered.text)![1]!;
    const page = `/conferences/${conf.slug}/check-in`;
    await coordinator.submit(page, page, { code });
    const attended = await smtp.waitFor(email, (m) => /Thank you for attending/.test(m.subject));
    const pdf = await new Client(t).get(
      pathOf(linkIn(attended, `${BASE}/conferences/${conf.slug}/me/certificate.pdf`)),
    );
    const s = await readPdfStructure(new Uint8Array(await pdf.arrayBuffer()));
    expect(s.lang).toBe("en-GB");
    expect(s.title).toBe("Certificate of attendance of John Smith — Interactive Cities Genova");
  });

  it("lets only the network's coordinators check people in", async () => {
    const member = (await actorFor(t, "member", networkId)).client;
    expect((await member.get(`/conferences/${conf.slug}/check-in`)).status).toBe(403);
    const other = (await actorFor(t, "other-coordinator", networkId)).client;
    expect((await other.get(`/conferences/${conf.slug}/check-in`)).status).toBe(404);
    expect((await new Client(t).get(`/conferences/${conf.slug}/check-in`)).status).toBe(303);
  });
});
