// The demo data reads as the seeds say: URBACT Interactive Cities' final conference in Genoa,
// 11–13 April 2018, with its tracks, speakers and programme times in Genoa's zone; a demo
// certificate that verifies; and AnciLab Lab II's final conference open for registration.
import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDemo } from "../../../test/helpers/demo.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { DEMO_CERTIFICATE_CODE, GENOA_NEXT_IN_DAYS, GENOA_NEXT_TITLE } from "./demo.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
  await seedDemo(t.deps);
  // The whole demo: a minute was not always enough on a CI machine running other files beside it.
}, 180_000);
afterAll(() => t.close());

const GENOA = "/conferences/interactive-cities-final-conference-genoa";

it("seeds the Genoa conference with three days, tracks and speakers", async () => {
  const res = await t.app.request(`${GENOA}?lang=en`);
  expect(res.status).toBe(200);
  const html = await res.text();
  expect(html).toMatch(/11\s?–\s?13 April 2018/);
  expect(html).toContain("Wednesday, 11 April 2018");
  expect(html).toContain("Thursday, 12 April 2018");
  expect(html).toContain("Friday, 13 April 2018");
  expect(html).toContain("Guided visits");
  expect(html).toContain("Instagramers Genova");
  // 17:00 in Genoa (CEST) is 15:00 UTC: shown in the conference's zone.
  expect(html).toMatch(/datetime="2018-04-12T15:00:00.000Z">17:00/);
  expect(html).toContain("Registration is closed.");
  const list = await (await t.app.request("/conferences")).text();
  expect(list).toContain("Interactive Cities – Final conference, Genoa");
  expect(list).toContain("Lab II – Conferenza finale");
});

it("verifies the demo certificate and has an open conference linked to Lab II", async () => {
  const v = await (await t.app.request(`/certificates/${DEMO_CERTIFICATE_CODE}`)).text();
  expect(v).toContain("Attestato valido");
  expect(v).toContain("Mikko Virtanen");
  const final = await (
    await t.app.request("/conferences/lab-ii-conferenza-finale-valorizzare-il-patrimonio-culturale")
  ).text();
  expect(final).toContain('href="/labs/lab-ii-valorizzazione-del-patrimonio-culturale"');
  expect(final).toContain(
    'action="/conferences/lab-ii-conferenza-finale-valorizzare-il-patrimonio-culturale/register"',
  );
});

it("lists the conference of Lab II for the lab's page", async () => {
  const { conferencesOfLab } = await import("./index.ts");
  const { getLab } = await import("../labs/index.ts");
  const lab = await getLab(t.deps, null, "lab-ii-valorizzazione-del-patrimonio-culturale");
  const list = await conferencesOfLab(t.deps, lab.id);
  expect(list.map((c) => c.slug)).toEqual(["lab-ii-conferenza-finale-valorizzare-il-patrimonio-culturale"]);
});

it("exports the Genoa programme as iCalendar, in Genoa's zone, linking back to each session", async () => {
  const ical = (await import("node-ical")).default;
  const res = await t.app.request(`${GENOA}/programme.ics`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("text/calendar");
  const text = await res.text();
  expect(text).toContain("BEGIN:VTIMEZONE");
  expect(text).toContain("TZID:Europe/Rome");
  const events = Object.values(ical.sync.parseICS(text)).filter((e) => e?.type === "VEVENT") as {
    summary: string;
    start: Date;
    url?: string;
    location?: string;
  }[];
  expect(events).toHaveLength(9);
  const publicEvent = events.find((e) => e.summary === "Public event for the citizens of Genoa")!;
  expect(publicEvent.start.toISOString()).toBe("2018-04-12T15:00:00.000Z");
  const url = publicEvent.url as unknown;
  expect(typeof url === "object" && url ? (url as { val: string }).val : String(url)).toMatch(
    /\/conferences\/interactive-cities-final-conference-genoa#session-/,
  );
  expect(publicEvent.location).toContain("Palazzo Tursi");
});

it("has Genoa's next edition six weeks after the day it was loaded, open, with the 2018 programme", async () => {
  const { loadConference, programmeOf } = await import("./index.ts");
  const { addDays, dayOf } = await import("./when.ts");
  const { registrationsOf } = await import("./registrations.repo.ts");
  const next = await loadConference(t.deps, "interactive-cities-genoa-next-edition");
  const today = dayOf(t.clock.now(), "Europe/Rome");
  expect(next.title).toBe(GENOA_NEXT_TITLE);
  expect(next.startsOn).toBe(addDays(today, GENOA_NEXT_IN_DAYS));
  expect(next.endsOn).toBe(addDays(today, GENOA_NEXT_IN_DAYS + 2));
  expect(next.registrationOpen).toBe(true);
  const p = await programmeOf(t.deps, next);
  expect(p.sessions).toHaveLength(9);
  expect(p.tracks.map((x) => x.name)).toEqual(["Plenary", "Workshops", "Guided visits"]);
  expect(await registrationsOf(t.deps.db, next.id)).toHaveLength(0);
  const html = await (await t.app.request(`/conferences/${next.slug}`)).text();
  expect(html).toContain(`action="/conferences/${next.slug}/register"`);
  // 2018 stays as the past edition; the next one is upcoming.
  const { listConferences } = await import("./index.ts");
  const { upcoming, past } = await listConferences(t.deps);
  expect(upcoming.map((c) => c.slug)).toContain(next.slug);
  expect(past.map((c) => c.slug)).toContain("interactive-cities-final-conference-genoa");
});

it("makes the same next edition, relative to the day, when loaded on another day", async () => {
  const { loadConference, programmeOf } = await import("./index.ts");
  const { addDays, dayOf, daysFrom, timeOf } = await import("./when.ts");
  const { nextGenoaEdition } = await import("./demo.ts");
  const start = t.clock.now();
  try {
    t.clock.set(new Date(start.getTime() + 100 * 86_400_000));
    const later = await nextGenoaEdition(t.deps, await loadConference(t.deps, GENOA.split("/").pop()!));
    const today = dayOf(t.clock.now(), "Europe/Rome");
    expect(later.startsOn).toBe(addDays(today, GENOA_NEXT_IN_DAYS));
    expect(later.registrationOpen).toBe(true);
    const [a, b] = await Promise.all([
      programmeOf(t.deps, await loadConference(t.deps, "interactive-cities-genoa-next-edition")),
      programmeOf(t.deps, later),
    ]);
    // The same sessions, on the same day of the edition, at the same times.
    const shape = (p: typeof a) =>
      p.sessions.map((s) => [
        s.title,
        daysFrom(p.conference.startsOn, dayOf(s.startsAt, "Europe/Rome")),
        timeOf(s.startsAt, "Europe/Rome"),
        s.capacity,
        s.speakerIds.length,
      ]);
    expect(shape(b)).toEqual(shape(a));
  } finally {
    t.clock.set(start);
  }
});
