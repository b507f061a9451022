// Issue 16, item 5, through the real SMTP sink: moving a conference with every session (wall-clock
// times kept across a change to summer time, audited, registrants mailed the new dates with an .ics),
// a new edition (tracks, sessions, speakers; no registrations), bad input on the same forms (422,
// nothing stored), and the .ics attached to the confirmation mail.
import ical from "node-ical";
import { beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { buildConference, buildProgramme } from "../../../test/helpers/conferences.ts";
import { actorFor, buildNetwork } from "../../../test/helpers/factories.ts";
import { jobsSettled } from "../../../test/helpers/jobs.ts";
import { tokenOf, withMailRuntime } from "../../../test/helpers/mail-runtime.ts";
import type { TestRuntime } from "../../../test/helpers/runtime.ts";
import { linkIn, type ReceivedMail, type SmtpSink } from "../../../test/helpers/smtp.ts";
import { loadConference, programmeOf } from "./conferences.service.ts";
import { registrationsOf } from "./registrations.repo.ts";
import { confirmRegistration, register } from "./registrations.service.ts";
import type { Conference } from "./types.ts";
import { dayOf, timeOf } from "./when.ts";

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
let coordinator: Client;
let n = 0;
const address = () => `edizioni.${++n}.${Date.now()}@example.org`;

beforeAll(async () => {
  networkId = (await buildNetwork(t, { name: "Rete delle edizioni" })).id;
  coordinator = (await actorFor(t, "coordinator", networkId)).client;
});

/** Registers and confirms through the mailed link; answers the registration and its access token. */
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

/** The VEVENTs of a mail's .ics attachment. */
function icsEvents(mail: ReceivedMail) {
  const a = (mail.attachments ?? []).find((x) => x.filename?.endsWith(".ics"));
  expect(a?.contentType).toBe("text/calendar");
  return Object.values(ical.sync.parseICS(a!.content.toString("utf8"))).filter(
    (e) => e?.type === "VEVENT",
  ) as {
    summary: string;
    start: Date & { dateOnly?: boolean };
    end: Date;
    location?: string;
  }[];
}

const audits = async (action: string, conferenceId: string) =>
  (
    await t.deps.pool.query(
      "select actor_id, details from audit_log where action = $1 and details->>'conferenceId' = $2",
      [action, conferenceId],
    )
  ).rows;

describe("the confirmation mail", () => {
  it("carries the conference as an all-day .ics event", async () => {
    const conf = await buildConference(t, networkId, { startsOn: "2027-04-14", endsOn: "2027-04-16" });
    const email = address();
    await confirmed(conf, email);
    const mail = await smtp.waitFor(email, (m) => /Iscrizione confermata/.test(m.subject));
    const [event, ...more] = icsEvents(mail);
    expect(more).toHaveLength(0);
    expect(event!.summary).toBe(conf.title);
    expect(event!.start.dateOnly).toBe(true);
    expect(dayOf(event!.start, "UTC")).toBe("2027-04-14");
    expect(dayOf(event!.end, "UTC")).toBe("2027-04-17");
    expect(event!.location).toBe("Palazzo Tursi, Genova");
  });
});

describe("moving a conference with all its sessions", () => {
  it("shifts every session by the days given, keeping times across summer time; audited; registrants mailed", async () => {
    // 26–28 March 2027: summer time begins in Rome on the 28th; a week later it is in force.
    const conf = await buildConference(t, networkId, { startsOn: "2027-03-26", endsOn: "2027-03-28" });
    await buildProgramme(t, conf);
    const email = address();
    await confirmed(conf, email, "Anna Spostata");
    await jobsSettled(t);
    const before = await programmeOf(t.deps, conf);
    const page = `/conferences/${conf.slug}/shift`;
    const res = await coordinator.submit(page, page, { days: "+7" });
    expect(res.status).toBe(303);
    const moved = await loadConference(t.deps, conf.id);
    expect([moved.startsOn, moved.endsOn]).toEqual(["2027-04-02", "2027-04-04"]);
    const after = await programmeOf(t.deps, moved);
    expect(after.sessions).toHaveLength(before.sessions.length);
    for (const s of before.sessions) {
      const m = after.sessions.find((x) => x.id === s.id)!;
      const tz = conf.timeZone;
      const d = new Date(Date.parse(`${dayOf(s.startsAt, tz)}T12:00:00Z`) + 7 * 86_400_000);
      expect(dayOf(m.startsAt, tz)).toBe(d.toISOString().slice(0, 10));
      expect(timeOf(m.startsAt, tz)).toBe(timeOf(s.startsAt, tz));
      expect(timeOf(m.endsAt, tz)).toBe(timeOf(s.endsAt, tz));
      // An hour less in UTC: the clocks went forward in between.
      expect(m.startsAt.getTime() - s.startsAt.getTime()).toBe(7 * 86_400_000 - 3_600_000);
    }
    const rows = await audits("conference.dates-shifted", conf.id);
    expect(rows).toHaveLength(1);
    expect(rows[0].details).toMatchObject({ days: 7, from: "2027-03-26", to: "2027-04-02" });
    const mail = await smtp.waitFor(email, (m) => /Nuove date/.test(m.subject));
    expect(mail.text).toMatch(/0?2–0?4 aprile 2027/);
    expect(dayOf(icsEvents(mail)[0]!.start, "UTC")).toBe("2027-04-02");
    await jobsSettled(t);
    expect(smtp.to(email).filter((m) => /Nuove date/.test(m.subject))).toHaveLength(1);

    // Back by seven days: where it was.
    expect((await coordinator.submit(page, page, { days: "-7" })).status).toBe(303);
    expect((await loadConference(t.deps, conf.id)).startsOn).toBe("2027-03-26");
    const back = await programmeOf(t.deps, conf);
    expect(back.sessions.map((s) => s.startsAt.toISOString())).toEqual(
      before.sessions.map((s) => s.startsAt.toISOString()),
    );
  });

  it("refuses bad input on the same form (422, in Italian and English) and stores nothing", async () => {
    const conf = await buildConference(t, networkId, { startsOn: "2027-05-10", endsOn: "2027-05-11" });
    await buildProgramme(t, conf);
    const before = (await programmeOf(t.deps, conf)).sessions.map((s) => s.startsAt.toISOString());
    const page = `/conferences/${conf.slug}/shift`;
    for (const days of ["", "0", "due", "1.5", "99999", "<b>3</b>", "3650000"]) {
      const res = await coordinator.submit(page, page, { days });
      expect(res.status, days).toBe(422);
      const html = await res.text();
      expect(html).toContain("Indica un numero intero di giorni diverso da zero");
      expect(html).toContain('aria-invalid="true"');
    }
    const en = await coordinator.submit(`${page}?lang=en`, page, { days: "x" });
    expect(en.status).toBe(422);
    expect(await en.text()).toContain("Give a whole number of days other than zero");
    await coordinator.get("/?lang=it");
    expect((await loadConference(t.deps, conf.id)).startsOn).toBe("2027-05-10");
    expect((await programmeOf(t.deps, conf)).sessions.map((s) => s.startsAt.toISOString())).toEqual(before);
    expect(await audits("conference.dates-shifted", conf.id)).toHaveLength(0);
    // Only staff: a member of the network is refused, an outsider does not see the page.
    const member = (await actorFor(t, "member", networkId)).client;
    expect((await member.get(page)).status).toBe(403);
    expect((await new Client(t).get(page)).status).toBe(303);
  });
});

describe("a new edition", () => {
  it("copies tracks, sessions and speakers, moved to the new first day, without registrations", async () => {
    const conf = await buildConference(t, networkId, {
      title: "Città interattive",
      startsOn: "2027-03-26",
      endsOn: "2027-03-28",
    });
    await buildProgramme(t, conf);
    await confirmed(conf, address());
    const source = await programmeOf(t.deps, conf);
    const page = `/conferences/${conf.slug}/duplicate`;
    const form = await coordinator.get(page);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('value="2028-03-24"');
    const res = await coordinator.submit(page, page, {
      title: "Città interattive 2028",
      startsOn: "2028-03-24",
      registrationOpen: "on",
    });
    expect(res.status).toBe(303);
    const slug = /^\/conferences\/([^/]+)\/manage$/.exec(res.headers.get("location") ?? "")?.[1];
    expect(slug).toBe("citta-interattive-2028");
    const edition = await loadConference(t.deps, slug!);
    expect(edition).toMatchObject({
      startsOn: "2028-03-24",
      endsOn: "2028-03-26",
      venue: conf.venue,
      registrationOpen: true,
      networkId,
    });
    const copy = await programmeOf(t.deps, edition);
    expect(copy.tracks.map((x) => [x.name, x.room])).toEqual(source.tracks.map((x) => [x.name, x.room]));
    expect(copy.speakers.map((x) => x.name)).toEqual(source.speakers.map((x) => x.name));
    expect(copy.sessions).toHaveLength(source.sessions.length);
    const tz = conf.timeZone;
    const speakerName = (p: typeof copy, id: string) => p.speakers.find((s) => s.id === id)!.name;
    for (const s of source.sessions) {
      const c = copy.sessions.find((x) => x.title === s.title)!;
      expect(c.id).not.toBe(s.id);
      expect(timeOf(c.startsAt, tz)).toBe(timeOf(s.startsAt, tz));
      expect(c.capacity).toBe(s.capacity);
      expect(c.taken + c.waiting).toBe(0);
      expect(copy.tracks.find((x) => x.id === c.trackId)!.name).toBe(
        source.tracks.find((x) => x.id === s.trackId)!.name,
      );
      expect(c.speakerIds.map((id) => speakerName(copy, id)).sort()).toEqual(
        s.speakerIds.map((id) => speakerName(source, id)).sort(),
      );
    }
    expect(await registrationsOf(t.deps.db, edition.id)).toHaveLength(0);
    expect(await registrationsOf(t.deps.db, conf.id)).toHaveLength(1);
    expect((await programmeOf(t.deps, conf)).sessions.map((s) => s.id)).toEqual(
      source.sessions.map((s) => s.id),
    );
    expect(await audits("conference.duplicated", conf.id)).toHaveLength(1);
  });

  it("refuses bad input with 422 on the same form and creates nothing", async () => {
    const conf = await buildConference(t, networkId, { title: "Da non copiare" });
    const page = `/conferences/${conf.slug}/duplicate`;
    for (const f of [
      { title: "", startsOn: "2028-01-10" },
      { title: "Nuova", startsOn: "2028-02-30" },
      { title: "Nuova", startsOn: "domani" },
      { title: "<script>x</script>", startsOn: "2028-01-10" },
    ]) {
      const res = await coordinator.submit(page, page, f);
      expect(res.status, JSON.stringify(f)).toBe(422);
      expect(await res.text()).toContain('aria-invalid="true"');
    }
    expect(await audits("conference.duplicated", conf.id)).toHaveLength(0);
    expect((await t.deps.pool.query("select 1 from conferences where title = 'Nuova'")).rows).toHaveLength(0);
  });
});
