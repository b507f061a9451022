// Registrations through the API: capacity, waiting list, promotion with its email, refusals as
// problem details; the meeting's online link; the API's shapes; iCal parsed back.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ical, { type VEvent } from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor, buildNetwork } from "../../../../test/helpers/factories.ts";
import { jobsSettled } from "../../../../test/helpers/jobs.ts";
import { buildLab, buildMeeting } from "../../../../test/helpers/labs.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";
import { loadActor } from "../../identity/index.ts";
import { cancelMeeting } from "../meetings/edit.service.ts";

let t: TestRuntime;
let net: { id: string; slug: string };
beforeAll(async () => {
  t = await createTestRuntime();
  net = await buildNetwork(t);
});
afterAll(() => t.close());

const api = (method: string, url: string, token?: string) =>
  t.app.request(url, { method, headers: token ? { authorization: `Bearer ${token}` } : {} });

const person = async () =>
  (await actorFor(t, "member", net.id)) as { token: string; email: string; accountId: string };

const mailsTo = (email: string) => {
  const dir = path.join(t.dataDir, "mail");
  if (!existsSync(dir)) return [];
  return (
    readdirSync(dir)
      .map((f) => readFileSync(path.join(dir, f), "utf8").replace(/=\r?\n/g, ""))
      // Promotion mails only (registering also mails a confirmation, through the job queue).
      .filter((m) => m.includes(email) && m.includes("liberato un posto"))
  );
};

describe("registration with capacity and waiting list", () => {
  it("confirms up to capacity, waitlists the rest, refuses a second registration (409), promotes on cancel with an email", async () => {
    const lab = await buildLab(t, net.id);
    const m = await buildMeeting(t, lab, { capacity: 2, waitlist: true });
    const [a, b, c] = [await person(), await person(), await person()];
    const statuses = [];
    for (const p of [a, b, c]) {
      const res = await api("POST", `/api/v1/meetings/${m.id}/registrations`, p.token);
      expect(res.status).toBe(201);
      statuses.push((await res.json()).status);
    }
    expect(statuses).toEqual(["confirmed", "confirmed", "waitlisted"]);

    const twice = await api("POST", `/api/v1/meetings/${m.id}/registrations`, a.token);
    expect(twice.status).toBe(409);
    expect(twice.headers.get("content-type")).toContain("application/problem+json");
    expect(await twice.json()).toMatchObject({
      code: "already-registered",
      status: 409,
      type: "/problems/already-registered",
    });

    await jobsSettled(t);
    expect(mailsTo(c.email)).toHaveLength(0);
    expect((await api("DELETE", `/api/v1/meetings/${m.id}/registrations/me`, a.token)).status).toBe(204);
    const one = await (await api("GET", `/api/v1/meetings/${m.id}`, c.token)).json();
    expect(one).toMatchObject({ confirmed: 2, waitlisted: 0, capacity: 2 });
    // The count kept on the meeting row (registering reads it under the row lock) agrees.
    const kept = await t.deps.pool.query("select confirmed_count from meetings where id = $1", [m.id]);
    expect(kept.rows[0].confirmed_count).toBe(2);
    await jobsSettled(t);
    const mails = mailsTo(c.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain(`/labs/${lab.slug}/meetings/${m.slug}`);
    // Cancelling again: nothing to cancel.
    expect((await api("DELETE", `/api/v1/meetings/${m.id}/registrations/me`, a.token)).status).toBe(404);
    // Registering again after cancelling is allowed; the place is gone, so the waiting list it is.
    expect(await (await api("POST", `/api/v1/meetings/${m.id}/registrations`, a.token)).json()).toMatchObject(
      {
        status: "waitlisted",
      },
    );
  });

  it("says so when the meeting is full and has no waiting list", async () => {
    const m = await buildMeeting(t, await buildLab(t, net.id), { capacity: 1, waitlist: false });
    expect((await api("POST", `/api/v1/meetings/${m.id}/registrations`, (await person()).token)).status).toBe(
      201,
    );
    const res = await api("POST", `/api/v1/meetings/${m.id}/registrations`, (await person()).token);
    expect(res.status).toBe(409);
    expect((await res.json()).code).toBe("meeting-full");
  });

  it("refuses registration for a past meeting, a cancelled one, without a token, and for what the caller cannot see", async () => {
    const lab = await buildLab(t, net.id);
    const start = new Date(t.clock.now().getTime() - 86_400_000);
    const past = await buildMeeting(t, lab, {
      startsAt: start,
      endsAt: new Date(start.getTime() + 3_600_000),
    });
    const p = await person();
    const res = await api("POST", `/api/v1/meetings/${past.id}/registrations`, p.token);
    expect(res.status).toBe(409);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(await res.json()).toMatchObject({
      code: "registration-closed",
      detail: "The meeting has already started or taken place: registration is not possible.",
    });
    const cancelled = await buildMeeting(t, lab);
    const coordinator = await actorFor(t, "coordinator", net.id);
    await cancelMeeting(t.deps, await loadActor(t.deps, coordinator.accountId!), cancelled.id);
    const refused = await api("POST", `/api/v1/meetings/${cancelled.id}/registrations`, p.token);
    expect(refused.status).toBe(409);
    expect((await refused.json()).detail).toBe("The meeting was cancelled: registration is not possible.");
    expect((await api("POST", `/api/v1/meetings/${past.id}/registrations`)).status).toBe(401);
    const hidden = await buildMeeting(
      t,
      await buildLab(t, (await buildNetwork(t)).id, { visibility: "network" }),
    );
    expect((await api("POST", `/api/v1/meetings/${hidden.id}/registrations`, p.token)).status).toBe(404);
    expect((await api("GET", `/api/v1/meetings/${hidden.id}`, p.token)).status).toBe(404);
  });
});

describe("registration window", () => {
  it("refuses before it opens and after it closes (409, saying when), and registers in between", async () => {
    const lab = await buildLab(t, net.id);
    const now = t.clock.now().getTime();
    const opens = new Date(now + 86_400_000);
    const closes = new Date(now + 3 * 86_400_000);
    const m = await buildMeeting(t, lab, { registrationOpensAt: opens, registrationClosesAt: closes });
    const [early, onTime, late] = [await person(), await person(), await person()];
    const before = await api("POST", `/api/v1/meetings/${m.id}/registrations`, early.token);
    expect(before.status).toBe(409);
    expect(before.headers.get("content-type")).toContain("application/problem+json");
    expect(await before.json()).toMatchObject({
      code: "registration-closed",
      detail: `Registration for this meeting opens at ${opens.toISOString()}.`,
    });
    t.clock.advance(2 * 86_400_000);
    try {
      const ok = await api("POST", `/api/v1/meetings/${m.id}/registrations`, onTime.token);
      expect(ok.status).toBe(201);
      t.clock.advance(2 * 86_400_000);
      const after = await api("POST", `/api/v1/meetings/${m.id}/registrations`, late.token);
      expect(after.status).toBe(409);
      expect((await after.json()).detail).toBe(
        `Registration for this meeting closed at ${closes.toISOString()}.`,
      );
      // Nothing half-stored: only the one registration made inside the window counts.
      expect(await (await api("GET", `/api/v1/meetings/${m.id}`, onTime.token)).json()).toMatchObject({
        confirmed: 1,
        waitlisted: 0,
      });
    } finally {
      t.clock.set(new Date(now));
    }
  });
});

describe("online link", () => {
  it("is shown only to confirmed participants, from 30 minutes before the start", async () => {
    const start = new Date(t.clock.now().getTime() + 3 * 3_600_000);
    const m = await buildMeeting(t, await buildLab(t, net.id), {
      mode: "online",
      venue: null,
      onlineUrl: "https://meet.example.org/abc",
      startsAt: start,
      endsAt: new Date(start.getTime() + 3_600_000),
    });
    const p = await person();
    const other = await person();
    await api("POST", `/api/v1/meetings/${m.id}/registrations`, p.token);
    const link = async (token: string) =>
      (await (await api("GET", `/api/v1/meetings/${m.id}`, token)).json()).onlineUrl;
    expect(await link(p.token)).toBeNull();
    t.clock.advance(2.5 * 3_600_000 + 1000);
    expect(await link(p.token)).toBe("https://meet.example.org/abc");
    expect(await link(other.token)).toBeNull();
    t.clock.advance(-(2.5 * 3_600_000 + 1000));
  });
});

describe("API shapes", () => {
  it("lists labs and meetings in a range, with absolute urls, UTC dates and the meeting's zone", async () => {
    const lab = await buildLab(t, net.id, { title: "Lab delle forme" });
    const start = new Date("2031-03-10T08:30:00Z");
    const m = await buildMeeting(t, lab, { startsAt: start, endsAt: new Date("2031-03-10T11:30:00Z") });
    const labs = await (await api("GET", `/api/v1/labs?network=${net.slug}`)).json();
    expect(labs).toMatchObject({ page: 1, limit: 20 });
    expect(labs.items.find((l: { id: string }) => l.id === lab.id)).toMatchObject({
      url: `http://localhost:3000/labs/${lab.slug}`,
      title: "Lab delle forme",
    });
    expect(await (await api("GET", `/api/v1/labs/${lab.id}`)).json()).toMatchObject({
      id: lab.id,
      networkId: net.id,
    });
    const r = await (
      await api("GET", `/api/v1/meetings?from=2031-03-10&to=2031-03-10&lab=${lab.slug}`)
    ).json();
    expect(r.total).toBe(1);
    expect(r.items[0]).toMatchObject({
      id: m.id,
      startsAt: "2031-03-10T08:30:00.000Z",
      timeZone: "Europe/Rome",
      url: `http://localhost:3000/labs/${lab.slug}/meetings/${m.slug}`,
      onlineUrl: null,
    });
    expect((await (await api("GET", `/api/v1/meetings?from=2031-03-11&lab=${lab.id}`)).json()).total).toBe(0);
    const bad = await api("GET", "/api/v1/meetings?from=yesterday");
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors[0].field).toBe("from");
    expect((await api("GET", "/api/v1/meetings?limit=101")).status).toBe(422);
    expect((await api("GET", "/api/v1/meetings/not-a-uuid")).status).toBe(404);
    const doc = await (await api("GET", "/api/v1/openapi.json")).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/labs",
        "/labs/{id}",
        "/meetings",
        "/meetings/{id}",
        "/meetings/{id}/registrations",
        "/meetings/{id}/registrations/me",
      ]),
    );
  });
});

describe("iCal", () => {
  it("gives one meeting and the lab feed in the meeting's zone, with a stable UID and a link back", async () => {
    const lab = await buildLab(t, net.id);
    // 9:30–12:30 in Rome on 12 June 2031 (summer time: UTC+2).
    const m = await buildMeeting(t, lab, {
      title: "Dagli scaffali al web",
      startsAt: new Date("2031-06-12T07:30:00Z"),
      endsAt: new Date("2031-06-12T10:30:00Z"),
    });
    await buildMeeting(t, lab);
    const url = `/labs/${lab.slug}/meetings/${m.slug}/calendar.ics`;
    const res = await t.app.request(url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/calendar");
    const text = await res.text();
    expect(text).toContain("DTSTART;TZID=Europe/Rome:20310612T093000");
    const events = Object.values(ical.sync.parseICS(text)).filter((e) => e?.type === "VEVENT") as VEvent[];
    expect(events).toHaveLength(1);
    const e = events[0] as VEvent;
    expect(e.start.toISOString()).toBe("2031-06-12T07:30:00.000Z");
    expect(e.end?.toISOString()).toBe("2031-06-12T10:30:00.000Z");
    expect(e.start.tz).toBe("Europe/Rome");
    expect(e.summary).toBe("Dagli scaffali al web");
    // A URL with VALUE=URI comes back with its parameters.
    const link = e.url as unknown as string | { val: string };
    expect(typeof link === "string" ? link : link.val).toBe(
      `http://localhost:3000/labs/${lab.slug}/meetings/${m.slug}`,
    );
    expect(e.uid).toBe(`${m.id}@localhost:3000`);
    const again = ical.sync.parseICS(await (await t.app.request(url)).text());
    expect((Object.values(again).find((x) => x?.type === "VEVENT") as VEvent).uid).toBe(e.uid);

    const feed = ical.sync.parseICS(await (await t.app.request(`/labs/${lab.slug}/calendar.ics`)).text());
    const uids = Object.values(feed)
      .filter((x) => x?.type === "VEVENT")
      .map((x) => (x as VEvent).uid);
    expect(uids).toHaveLength(2);
    expect(uids).toContain(e.uid);
  });
});
