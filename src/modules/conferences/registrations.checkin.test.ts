// Check-in by code, the attendance mail, the certificate (PDF structure, in the registrant's
// language) and its public verification; only the network's coordinators check people in. Set-up
// shared through registrations.test-kit.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { buildConference } from "../../../test/helpers/conferences.ts";
import { actorFor } from "../../../test/helpers/factories.ts";
import { jobsSettled } from "../../../test/helpers/jobs.ts";
import { followLink } from "../../../test/helpers/mail-runtime.ts";
import { readPdfStructure } from "../../../test/helpers/pdf.ts";
import type { TestRuntime } from "../../../test/helpers/runtime.ts";
import { linkIn, pathOf, type SmtpSink } from "../../../test/helpers/smtp.ts";
import { address, BASE, useConferenceRegistrations } from "./registrations.test-kit.ts";
import type { Conference } from "./types.ts";
import { addDays, dayOf } from "./when.ts";

const kit = useConferenceRegistrations();
const { registerAndConfirm } = kit;
let t: TestRuntime;
let smtp: SmtpSink;
let conf: Conference;
let coordinator: Client;
let networkId: string;
beforeAll(() => {
  ({ t, smtp, conf, coordinator, networkId } = kit);
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
    kit.conf = conf; // registerAndConfirm registers to this one too
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
