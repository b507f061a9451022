// The demo data, loaded on two different days, has the same shape (demo.dates.ts): AnciLab's Lab II a
// finished run (its public thematic meetings held, with minutes and attendance; its opening seen by the
// network, registration reserved to PA), Lab III with its meetings in the weeks ahead, the meeting at
// Nemi on 12 June 2018. Meetings still to come have their reminder jobs, those held none.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../../test/helpers/demo.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { demoCalendar } from "./demo.dates.ts";

// A Monday in winter and a Thursday in summer time: other weekdays, other UTC offsets.
const DAYS = [new Date("2026-12-07T08:00:00Z"), new Date("2027-07-15T16:30:00Z")];
const runs: TestRuntime[] = [];
beforeAll(async () => {
  for (const start of DAYS) {
    const t = await createTestRuntime({ start });
    await seedDemo(t.deps);
    runs.push(t);
  }
}, 120_000);
afterAll(async () => {
  for (const t of runs) await t.close();
});

type Row = {
  id: string;
  lab: string;
  title: string;
  starts_at: Date;
  status: string;
  visibility: string;
  registration: string;
  attendees: number | null;
  minutes: string | null;
};
const meetingsOf = async (t: TestRuntime) =>
  (
    await t.deps.pool.query<Row>(
      `select m.id, l.title as lab, m.title, m.starts_at, m.status, m.visibility, m.registration, m.attendees, m.minutes
         from meetings m join labs l on l.id = m.lab_id order by l.title, m.position`,
    )
  ).rows;

/** What must not depend on the day: per meeting, held or ahead, its weekday in Rome, its state. */
async function shape(t: TestRuntime) {
  const now = t.clock.now().getTime();
  const weekday = (d: Date) =>
    new Intl.DateTimeFormat("en", { weekday: "short", timeZone: "Europe/Rome" }).format(d);
  return (await meetingsOf(t)).map((m) => ({
    lab: m.lab,
    title: m.title,
    when: m.starts_at.getTime() < now ? "held" : "ahead",
    weekday: m.lab.startsWith("Lab I") ? weekday(m.starts_at) : "",
    status: m.status,
    visibility: m.visibility,
    registration: m.registration,
    attended: (m.attendees ?? 0) > 0,
    minutes: Boolean(m.minutes),
  }));
}

describe("the demo's labs", () => {
  it("has the same shape whatever the day it is loaded", async () => {
    const [a, b] = await Promise.all(runs.map(shape));
    expect(a).toEqual(b);
    const lab2 = a!.filter((m) => m.lab.startsWith("Lab II –"));
    expect(lab2).toHaveLength(5);
    expect(lab2.every((m) => m.when === "held" && m.status === "closed" && m.attended && m.minutes)).toBe(
      true,
    );
    expect(lab2.filter((m) => m.visibility === "public").map((m) => m.title)).toEqual([
      "Secondo incontro: il finanziamento",
      "Terzo incontro: gestione organizzativa e innovazione",
      "Quarto incontro: la comunicazione",
    ]);
    expect(lab2[0]).toMatchObject({ visibility: "network", registration: "pa" });
    const lab3 = a!.filter((m) => m.lab.startsWith("Lab III"));
    expect(lab3.map((m) => [m.when, m.status])).toEqual(Array(4).fill(["ahead", "scheduled"]));
    expect(lab3[0]).toMatchObject({ visibility: "network", registration: "pa" });
  });

  it("puts Lab III's meetings in the weeks ahead and Lab II's weeks behind", () => {
    for (const day of DAYS) {
      const cal = demoCalendar(day);
      const offset = (d: string) =>
        (Date.parse(`${d}T12:00:00Z`) - Date.parse(`${cal.today}T12:00:00Z`)) / 86_400_000;
      expect(offset(cal.labIII.meetings[0])).toBeGreaterThanOrEqual(8);
      expect(offset(cal.labIII.meetings[3])).toBeLessThanOrEqual(63);
      expect(offset(cal.labII.meetings[4])).toBeLessThanOrEqual(-28);
      expect(offset(cal.labII.periodEnd)).toBeLessThan(0);
    }
  });

  it("lists Lab II as finished, Lab III as upcoming with its next meeting, to anonymous visitors", async () => {
    const html = await (await runs[0]!.app.request("/labs?lang=it")).text();
    const cardOf = (title: string) => {
      const from = html.lastIndexOf('<li class="col-12', html.indexOf(`>${title}</a>`));
      return html.slice(from, html.indexOf("</li>", from));
    };
    const lab2 = cardOf("Lab II – Valorizzazione del patrimonio culturale");
    expect(lab2).toContain("Concluso");
    expect(lab2).toContain('alt="Illustrazione di copertina del Lab II');
    const lab3 = cardOf("Lab III – Servizi digitali per i cittadini");
    expect(lab3).toContain("In programma");
    // Anonymous visitors do not see the network's opening: their next meeting is the public one.
    expect(lab3).toContain("Secondo incontro: identità digitale e pagamenti");
    expect(cardOf("Tavolo territoriale sulla comunicazione social")).toContain("In corso");
  });

  it("shows Lab II's held meetings with minutes and attendance; Nemi 2018 as it was", async () => {
    const t = runs[0]!;
    const page = await (await t.app.request("/labs/lab-ii-valorizzazione-del-patrimonio-culturale")).text();
    expect(page).toContain("Secondo incontro: il finanziamento");
    expect(page).not.toContain("Incontro di apertura");
    const funding = await (
      await t.app.request(
        "/labs/lab-ii-valorizzazione-del-patrimonio-culturale/meetings/secondo-incontro-il-finanziamento",
      )
    ).text();
    expect(funding).toContain("Mappati i bandi regionali ed europei aperti");
    const nemi = await (
      await t.app.request(
        "/labs/tavolo-territoriale-sulla-comunicazione-social/meetings/dagli-scaffali-al-web-i-social-che-fanno-crescere-il-territorio",
      )
    ).text();
    expect(nemi).toContain("martedì 12 giugno 2018, 09:30–12:30 (Europe/Rome)");
    expect(nemi).toContain("L&#39;incontro si è già svolto");
  });

  it("schedules reminders for the meetings still to come, and none for those held", async () => {
    for (const t of runs) {
      const meetings = await meetingsOf(t);
      const jobs = (
        await t.deps.pool.query<{ data: { meetingId: string; kind: string } }>(
          "select data from pgboss.job where name = 'labs.meeting-reminder' and state = 'created'",
        )
      ).rows;
      const now = t.clock.now().getTime();
      const ahead = meetings.filter((m) => m.starts_at.getTime() > now);
      // Lab III's four, the Castelli Romani table's second one and the two sessions of learning's
      // Smart City Bootcamp (its lab in the Digital City Experts network).
      expect(ahead).toHaveLength(7);
      for (const m of ahead)
        expect(
          jobs
            .filter((j) => j.data.meetingId === m.id)
            .map((j) => j.data.kind)
            .sort(),
          m.title,
        ).toEqual(["1h", "24h"]);
      const held = meetings.filter((m) => !ahead.includes(m)).map((m) => m.id);
      expect(jobs.filter((j) => held.includes(j.data.meetingId))).toEqual([]);
    }
  });
});
