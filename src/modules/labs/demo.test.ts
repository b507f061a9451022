// The demo data loads, and reads as the seeds say: AnciLab's Lab II with its programme (the opening
// reserved to public administrations) and the meeting at Nemi on 12 June 2018, 9:30–12:30. Its
// meetings still to come have their reminder jobs, as meetings created through the pages do.
import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDemo } from "../../../test/helpers/demo.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
  await seedDemo(t.deps);
});
afterAll(() => t.close());

it("seeds Lab II with five meetings and the Castelli Romani table", async () => {
  const labs = await (await t.app.request("/api/v1/labs?network=ancilab")).json();
  expect(labs.items.map((l: { title: string }) => l.title)).toContain(
    "Lab II – Valorizzazione del patrimonio culturale",
  );
  const page = await (await t.app.request("/labs/lab-ii-valorizzazione-del-patrimonio-culturale")).text();
  // Anonymous visitors see the public lab but neither the PA-only opening nor the network's meetings.
  expect(page).toContain("Finanziamento");
  expect(page).not.toContain("Incontro di apertura");
  const nemi = await (
    await t.app.request(
      "/labs/tavolo-territoriale-sulla-comunicazione-social/meetings/dagli-scaffali-al-web-i-social-che-fanno-crescere-il-territorio",
    )
  ).text();
  expect(nemi).toContain("martedì 12 giugno 2018, 09:30–12:30 (Europe/Rome)");
  expect(nemi).toContain("L&#39;incontro si è già svolto");
});

it("schedules the reminders of the demo meetings still to come, and none for the one already held", async () => {
  const meetings = (
    await t.deps.pool.query<{ id: string; title: string; starts_at: Date }>(
      "select id, title, starts_at from meetings order by starts_at",
    )
  ).rows;
  const jobs = (
    await t.deps.pool.query<{
      data: { meetingId: string; kind: string; version: number };
      start_after: Date;
    }>("select data, start_after from pgboss.job where name = 'labs.meeting-reminder' and state = 'created'")
  ).rows;
  const now = t.clock.now().getTime();
  const future = meetings.filter((m) => m.starts_at.getTime() > now + 24 * 3_600_000);
  const held = meetings.filter((m) => m.starts_at.getTime() < now);
  // Lab II's five meetings and the Castelli Romani table's second one; Nemi 2018 and ICOM's table
  // of July 2024 are held.
  expect(future).toHaveLength(6);
  expect(held.map((m) => m.title)).toEqual([
    "Dagli scaffali al web. I social che fanno crescere il territorio",
    "Tavolo tecnico del 22 luglio 2024",
  ]);
  for (const m of future) {
    const mine = jobs.filter((j) => j.data.meetingId === m.id);
    expect(mine.map((j) => [j.data.kind, j.start_after.getTime()]).sort(), m.title).toEqual(
      [
        ["1h", m.starts_at.getTime() - 3_600_000],
        ["24h", m.starts_at.getTime() - 24 * 3_600_000],
      ].sort(),
    );
  }
  expect(jobs.filter((j) => held.some((m) => m.id === j.data.meetingId))).toEqual([]);
});
