// Issue 16, item 5, through the real SMTP sink: check-in opens on the conference's first day in its
// own zone (refused before, allowed with a reason that is audited), the certificate is offered only
// from then and carries the check-in day; and a whole registration cancelled from its link frees its
// places for the waiting list, once, with a mail.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { buildConference, buildProgramme } from "../../../test/helpers/conferences.ts";
import { actorFor, buildNetwork } from "../../../test/helpers/factories.ts";
import { jobsSettled } from "../../../test/helpers/jobs.ts";
import { tokenOf, withMailRuntime } from "../../../test/helpers/mail-runtime.ts";
import type { TestRuntime } from "../../../test/helpers/runtime.ts";
import { linkIn, type SmtpSink } from "../../../test/helpers/smtp.ts";
import { certificateDay } from "./certificate.ts";
import { registrationBy } from "./registrations.repo.ts";
import { confirmRegistration, joinSession, register, registrationByAccess } from "./registrations.service.ts";
import type { Conference } from "./types.ts";
import { mePath } from "./urls.ts";

let t: TestRuntime;
let smtp: SmtpSink;
withMailRuntime(
  (r) => {
    t = r.t;
    smtp = r.smtp;
  },
  { limits: { emailLinksPerAddress: { max: 20, windowSeconds: 3600 } } },
);

const BASE = "http://localhost:3000";
let networkId: string;
let n = 0;
const address = () => `presenze.${++n}.${Date.now()}@example.org`;
let realNow: Date;

beforeAll(async () => {
  networkId = (await buildNetwork(t, { name: "Rete delle presenze" })).id;
  realNow = t.clock.now();
});
afterEach(() => t.clock.set(realNow));

async function confirmed(conf: Conference, email: string, name = "Persona Iscritta") {
  await register(t.deps, conf, { name, email }, "it");
  const mail = await smtp.waitFor(email, (m) => /Conferma l'iscrizione/.test(m.subject));
  const res = await confirmRegistration(
    t.deps,
    tokenOf(linkIn(mail, `${BASE}/conferences/registrations/confirm`)),
  );
  if (!res.ok) throw new Error(res.problem);
  return res;
}

const checkedIn = async (id: string) => (await registrationBy(t.deps.db, { id }))?.checked_in_at ?? null;

describe("check-in from the first day", () => {
  it("is refused before the first day, allowed with an audited reason; the certificate waits for the first day", async () => {
    const conf = await buildConference(t, networkId, { startsOn: "2027-04-14", endsOn: "2027-04-16" });
    const { registration: r, access } = await confirmed(conf, address(), "Paola Presto");
    const coord = await actorFor(t, "coordinator", networkId);
    const page = `/conferences/${conf.slug}/check-in`;
    const shown = await (await coord.client.get(page)).text();
    expect(shown).toContain(
      "La registrazione delle presenze apre il primo giorno della conferenza, mercoledì 14 aprile 2027",
    );
    expect(shown).toContain('name="reason"');

    const refused = await coord.client.submit(page, page, { code: r.code });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain("La registrazione delle presenze non è ancora aperta");
    const short = await coord.client.submit(page, page, { code: r.code, reason: "x" });
    expect(short.status).toBe(422);
    expect(await short.text()).toContain("almeno 3 caratteri");
    expect(await checkedIn(r.id)).toBeNull();

    const ok = await coord.client.submit(page, page, {
      code: r.code,
      reason: "Serata inaugurale il giorno prima",
    });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain("Presenza registrata: Paola Presto");
    const audit = await t.deps.pool.query(
      "select actor_id, details from audit_log where action = 'conference.check-in-override' and details->>'conferenceId' = $1",
      [conf.id],
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({
      actor_id: coord.accountId,
      details: { reason: "Serata inaugurale il giorno prima", registrationId: r.id },
    });

    // Checked in, but the conference has not begun: no certificate yet; the mail and the page say when.
    const early = await smtp.waitFor(r.email, (m) => /Grazie per aver partecipato/.test(m.subject));
    expect(early.text).toContain(
      "sarà disponibile dal primo giorno della conferenza, mercoledì 14 aprile 2027",
    );
    expect(early.text).not.toContain("certificate.pdf");
    const me = new Client(t);
    const mine = await (await me.get(mePath(conf.slug, access))).text();
    expect(mine).toContain("L&#39;attestato sarà disponibile dal primo giorno della conferenza");
    const pdf = `/conferences/${conf.slug}/me/certificate.pdf?t=${encodeURIComponent(access)}`;
    expect((await me.get(pdf)).status).toBe(404);
    // 23:30 on the 13th in Rome (21:30 UTC) is still the day before; 00:30 on the 14th is the first day.
    t.clock.set(new Date("2027-04-13T21:30:00Z"));
    expect((await me.get(pdf)).status).toBe(404);
    t.clock.set(new Date("2027-04-13T22:30:00Z"));
    const got = await me.get(pdf);
    expect(got.status).toBe(200);
    expect(got.headers.get("content-type")).toBe("application/pdf");
  });

  it("opens on the first day in the conference's zone and dates the certificate with the check-in day", async () => {
    const conf = await buildConference(t, networkId, { startsOn: "2027-04-14", endsOn: "2027-04-16" });
    const { registration: r } = await confirmed(conf, address(), "Dario Puntuale");
    t.clock.set(new Date("2027-04-13T21:30:00Z"));
    const early = await actorFor(t, "coordinator", networkId);
    const page = `/conferences/${conf.slug}/check-in`;
    expect((await early.client.submit(page, page, { code: r.code })).status).toBe(422);
    // 00:30 in Rome on the 14th, still the 13th in UTC: open, without a reason.
    t.clock.set(new Date("2027-04-13T22:30:00Z"));
    const coord = await actorFor(t, "coordinator", networkId);
    expect((await coord.client.get(page)).status).toBe(200);
    const ok = await coord.client.submit(page, page, { code: r.code });
    expect(ok.status).toBe(200);
    expect(await ok.text()).not.toContain('name="reason"');
    const at = await checkedIn(r.id);
    expect(at?.toISOString()).toBe("2027-04-13T22:30:00.000Z");
    expect(certificateDay("it", conf, at!)).toBe("14 aprile 2027");
    expect(certificateDay("en", conf, at!)).toBe("14 April 2027");
    const audit = await t.deps.pool.query(
      "select 1 from audit_log where action = 'conference.check-in-override' and details->>'conferenceId' = $1",
      [conf.id],
    );
    expect(audit.rows).toHaveLength(0);
  });
});

describe("cancelling a whole registration", () => {
  it("frees the places, promotes the waiting list once, mails the person; the link then opens nothing", async () => {
    const conf = await buildConference(t, networkId);
    const { sessions } = await buildProgramme(t, conf);
    const [a, b, c] = [address(), address(), address()];
    const ra = await confirmed(conf, a, "Alba Annulla");
    const rb = await confirmed(conf, b, "Bruno Resta");
    const rc = await confirmed(conf, c, "Carla Attende");
    expect((await joinSession(t.deps, ra.registration, sessions.workshop)).status).toBe("confirmed");
    expect((await joinSession(t.deps, ra.registration, sessions.visit)).status).toBe("confirmed");
    expect((await joinSession(t.deps, rb.registration, sessions.workshop)).status).toBe("confirmed");
    expect((await joinSession(t.deps, rc.registration, sessions.workshop)).status).toBe("waitlisted");
    await jobsSettled(t);

    const person = new Client(t);
    const me = mePath(conf.slug, ra.access);
    expect(await (await person.get(me)).text()).toContain("Annulla l&#39;iscrizione");
    const res = await person.submit(me, `/conferences/${conf.slug}/me/cancel`, { t: ra.access });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Iscrizione annullata");

    const carla = await registrationByAccess(t.deps, conf.slug, rc.access);
    expect(carla.registration.sessionIds).toContain(sessions.workshop);
    expect(carla.registration.waitlisted).toEqual([]);
    const bruno = await registrationByAccess(t.deps, conf.slug, rb.access);
    expect(bruno.registration.sessionIds).toEqual([sessions.workshop]);
    expect((await registrationBy(t.deps.db, { id: ra.registration.id }))?.status).toBe("cancelled");

    await smtp.waitFor(a, (m) => /Iscrizione annullata/.test(m.subject));
    await smtp.waitFor(c, (m) => /Si è liberato un posto/.test(m.subject));
    // Once: the same link again opens nothing and changes nothing.
    const confPage = `/conferences/${conf.slug}`;
    const again = await person.submit(confPage, `/conferences/${conf.slug}/me/cancel`, { t: ra.access });
    expect(again.status).toBe(404);
    expect((await person.get(me)).status).toBe(404);
    expect((await person.submit(confPage, `/conferences/${conf.slug}/me/cancel`, { t: "nope" })).status).toBe(
      404,
    );
    await jobsSettled(t);
    expect(smtp.to(c).filter((m) => /Si è liberato un posto/.test(m.subject))).toHaveLength(1);
    expect(smtp.to(a).filter((m) => /Iscrizione annullata/.test(m.subject))).toHaveLength(1);
    const events = await t.deps.pool.query(
      "select count(*)::int as n from conference_session_registrations where session_id = $1 and status = 'confirmed'",
      [sessions.workshop],
    );
    expect(events.rows[0].n).toBe(2);

    // The code no longer checks anyone in; the address may register again.
    t.clock.set(new Date(Date.parse(`${conf.startsOn}T09:00:00Z`)));
    const coord = await actorFor(t, "coordinator", networkId);
    const page = `/conferences/${conf.slug}/check-in`;
    const code = await coord.client.submit(page, page, { code: ra.registration.code });
    expect(code.status).toBe(422);
    expect(await code.text()).toContain("Questa iscrizione è stata annullata");
    t.clock.set(realNow);
    smtp.clear();
    await confirmed(conf, a, "Alba Ritorna");
    expect((await registrationBy(t.deps.db, { id: ra.registration.id }))?.status).toBe("confirmed");
  });
});
