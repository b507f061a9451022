// Reminders 24 h and 1 h before a meeting: scheduled as pg-boss jobs with `startAfter` from the
// application clock, worked by the real queue, stale after a move or a cancellation, and never mailed
// twice when two workers run the same reminder.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor, buildNetwork } from "../../../../test/helpers/factories.ts";
import { buildLab, buildMeeting, mailsTo, waitForMail } from "../../../../test/helpers/labs.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";
import { register } from "../registrations/service.ts";
import { type ReminderData, sendReminders } from "./reminders.ts";

let t: TestRuntime;
let net: { id: string; slug: string };
beforeAll(async () => {
  t = await createTestRuntime();
  net = await buildNetwork(t);
});
afterAll(() => t.close());

const H = 3_600_000;

type JobRow = { data: ReminderData; start_after: Date; state: string };
const jobsOf = async (meetingId: string) =>
  (
    await t.deps.pool.query<JobRow>(
      "select data, start_after, state from pgboss.job where name = 'labs.meeting-reminder' and data->>'meetingId' = $1 order by start_after",
      [meetingId],
    )
  ).rows;

async function person() {
  const a = await actorFor(t, "member", net.id);
  const { loadActor } = await import("../../identity/index.ts");
  return { ...a, actor: (await loadActor(t.deps, a.accountId!))! };
}

const reminders = async (email: string, re = /^(Domani|Tra un'ora):/) =>
  (await mailsTo(t, email)).filter((m) => re.test(m.subject ?? ""));

describe("scheduling", () => {
  it("schedules both reminders at start − 24 h and start − 1 h, as durable jobs; skips moments already past", async () => {
    const lab = await buildLab(t, net.id);
    const start = new Date(t.clock.now().getTime() + 72 * H);
    const m = await buildMeeting(t, lab, { startsAt: start, endsAt: new Date(start.getTime() + 2 * H) });
    const jobs = await jobsOf(m.id);
    expect(jobs.map((j) => [j.data.kind, j.start_after.toISOString(), j.state])).toEqual([
      ["24h", new Date(start.getTime() - 24 * H).toISOString(), "created"],
      ["1h", new Date(start.getTime() - H).toISOString(), "created"],
    ]);
    expect(jobs[0]!.data).toMatchObject({ startsAt: start.toISOString(), version: 1 });
    // Created 5 hours before it starts: only the 1-hour reminder is still ahead.
    const soon = new Date(t.clock.now().getTime() + 5 * H);
    const m2 = await buildMeeting(t, lab, { startsAt: soon, endsAt: new Date(soon.getTime() + H) });
    expect((await jobsOf(m2.id)).map((j) => j.data.kind)).toEqual(["1h"]);
  });
});

describe("sending", () => {
  it("mails confirmed participants (not those waiting) when the queue works the job", async () => {
    const lab = await buildLab(t, net.id);
    // pg-boss compares startAfter with the database's clock: bring the application clock to the
    // real time, so the 24-hour reminder is due 2.5 s from now and the real queue picks it up.
    t.clock.set(new Date());
    const start = new Date(t.clock.now().getTime() + 24 * H + 2500);
    const m = await buildMeeting(t, lab, {
      title: "Promemoria vero",
      capacity: 1,
      startsAt: start,
      endsAt: new Date(start.getTime() + H),
    });
    const a = await person();
    const b = await person();
    expect((await register(t.deps, a.actor, m.id)).status).toBe("confirmed");
    expect((await register(t.deps, b.actor, m.id)).status).toBe("waitlisted");
    const [mail] = await waitForMail(t, a.email!, /^Domani: Promemoria vero$/);
    expect(mail!.text).toContain(`http://localhost:3000/labs/${lab.slug}/meetings/${m.slug}`);
    expect(mail!.text).toMatch(/codice di iscrizione è [A-Z0-9]+/);
    for (let i = 0; i < 50 && (await jobsOf(m.id))[0]!.state !== "completed"; i++)
      await new Promise((r) => setTimeout(r, 100));
    expect((await jobsOf(m.id))[0]!.state).toBe("completed");
    expect(await reminders(b.email!)).toHaveLength(0);
  });

  it("does nothing for a meeting moved or cancelled after the job was made, or once it has started", async () => {
    const lab = await buildLab(t, net.id);
    const start = new Date(t.clock.now().getTime() + 48 * H);
    const m = await buildMeeting(t, lab, { startsAt: start, endsAt: new Date(start.getTime() + H) });
    const a = await person();
    await register(t.deps, a.actor, m.id);
    const data: ReminderData = { meetingId: m.id, kind: "24h", startsAt: start.toISOString(), version: 1 };
    // Moved (a new version and start): the old job is stale.
    await t.deps.pool.query(
      "update meetings set starts_at = starts_at + interval '1 day', ends_at = ends_at + interval '1 day', version = version + 1 where id = $1",
      [m.id],
    );
    expect(await sendReminders(t.deps, data)).toBe(0);
    const moved = { ...data, startsAt: new Date(start.getTime() + 24 * H).toISOString(), version: 2 };
    // Cancelled: nothing either.
    await t.deps.pool.query("update meetings set status = 'cancelled', version = version + 1 where id = $1", [
      m.id,
    ]);
    expect(await sendReminders(t.deps, { ...moved, version: 3 })).toBe(0);
    await t.deps.pool.query("update meetings set status = 'scheduled' where id = $1", [m.id]);
    // Run after the start by the application clock: too late.
    const now = t.clock.now();
    t.clock.set(new Date(start.getTime() + 25 * H));
    expect(await sendReminders(t.deps, { ...moved, version: 3 })).toBe(0);
    t.clock.set(now);
    expect(await reminders(a.email!)).toHaveLength(0);
    // The current version does mail.
    expect(await sendReminders(t.deps, { ...moved, version: 3 })).toBe(1);
    expect(await reminders(a.email!)).toHaveLength(1);
  });

  it("is mailed once per person when two workers run the same reminder at the same moment", async () => {
    const lab = await buildLab(t, net.id);
    const start = new Date(t.clock.now().getTime() + 30 * H);
    const m = await buildMeeting(t, lab, { startsAt: start, endsAt: new Date(start.getTime() + H) });
    const people = [await person(), await person(), await person()];
    for (const p of people) await register(t.deps, p.actor, m.id);
    const data: ReminderData = { meetingId: m.id, kind: "1h", startsAt: start.toISOString(), version: 1 };
    const counts = await Promise.all([
      sendReminders(t.deps, data),
      sendReminders(t.deps, data),
      sendReminders(t.deps, data),
    ]);
    expect(counts.reduce((x, y) => x + y, 0)).toBe(3);
    for (const p of people) expect(await reminders(p.email!, /^Tra un'ora:/)).toHaveLength(1);
    // Later again (a retried or duplicate job): still nothing new.
    expect(await sendReminders(t.deps, data)).toBe(0);
  });
});

describe("durability", () => {
  // Last in the file: it stops this runtime's queue and works the job with a new one.
  it("a reminder scheduled before the queue stops is sent by the queue started after (a restart)", async () => {
    const { startJobs } = await import("../../../platform/jobs/jobs.ts");
    const { readLock } = await import("../../../platform/db/embedded.ts");
    const { createLogger } = await import("../../../platform/logger.ts");
    const lab = await buildLab(t, net.id);
    t.clock.set(new Date());
    const start = new Date(t.clock.now().getTime() + 24 * H + 4000);
    const m = await buildMeeting(t, lab, {
      title: "Dopo il riavvio",
      startsAt: start,
      endsAt: new Date(start.getTime() + H),
    });
    const a = await person();
    await register(t.deps, a.actor, m.id);
    // The process "stops": its queue and worker end before the reminder is due.
    await t.deps.jobs.stop();
    expect((await jobsOf(m.id))[0]!.state).toBe("created");
    // …and "starts again": a new queue on the same database finds the job and sends it.
    const target = t.config.databaseUrl
      ? { connectionString: t.config.databaseUrl }
      : { socketDir: readLock(t.dataDir)!.socketDir };
    const again = await startJobs(target, createLogger("silent"), {
      work: true,
      deps: () => t.deps,
      pollingIntervalSeconds: 0.5,
    });
    try {
      await waitForMail(t, a.email!, /^Domani: Dopo il riavvio$/, 1, 20_000);
    } finally {
      await again.stop();
    }
  });
});
