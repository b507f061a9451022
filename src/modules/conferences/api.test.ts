// The conferences' REST API: the list and one conference with its programme (public, no token), and
// registration without an account: 202 and a mailed confirmation link (through the real SMTP sink);
// the registration counts only once the link is opened; bad input and a second registration are
// problem details, with nothing stored.
import { beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { buildConference, buildProgramme } from "../../../test/helpers/conferences.ts";
import { buildNetwork } from "../../../test/helpers/factories.ts";
import { followLink, withMailRuntime } from "../../../test/helpers/mail-runtime.ts";
import type { TestRuntime } from "../../../test/helpers/runtime.ts";
import { linkIn, type SmtpSink } from "../../../test/helpers/smtp.ts";
import { registrationsOf } from "./registrations.repo.ts";
import type { Conference } from "./types.ts";

let t: TestRuntime;
let smtp: SmtpSink;
withMailRuntime(
  (r) => {
    t = r.t;
    smtp = r.smtp;
  },
  { limits: { signUpPerIp: { max: 1000, windowSeconds: 3600 } } },
);

let conf: Conference;
let past: Conference;
let network: { id: string; slug: string };
const BASE = "http://localhost:3000";

beforeAll(async () => {
  network = await buildNetwork(t, { name: "Rete URBACT Interactive Cities" });
  conf = await buildConference(t, network.id, { title: "Interactive Cities Genova" });
  await buildProgramme(t, conf);
  past = await buildConference(t, network.id, {
    title: "Kick-off Digital City Experts",
    startsOn: "2019-01-10",
    endsOn: "2019-01-10",
  });
});

const call = (method: string, path: string, body?: unknown) =>
  t.app.request(path, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe("conferences API", () => {
  it("lists conferences, upcoming first, filtered by network (id or slug), paged", async () => {
    const res = await call("GET", `/api/v1/conferences?network=${network.slug}`);
    expect(res.status).toBe(200);
    const list = await res.json();
    expect(list).toMatchObject({ total: 2, page: 1, limit: 20 });
    expect(list.items.map((c: { slug: string }) => c.slug)).toEqual([conf.slug, past.slug]);
    expect(list.items[0]).toMatchObject({
      id: conf.id,
      url: `${BASE}/conferences/${conf.slug}`,
      calendarUrl: `${BASE}/conferences/${conf.slug}/programme.ics`,
      timeZone: "Europe/Rome",
      registrationOpen: true,
    });
    expect(list.items[1].registrationOpen).toBe(false);
    const second = await (
      await call("GET", `/api/v1/conferences?network=${network.id}&limit=1&page=2`)
    ).json();
    expect(second.items.map((c: { slug: string }) => c.slug)).toEqual([past.slug]);
    const none = await (await call("GET", "/api/v1/conferences?network=nessuna-rete")).json();
    expect(none).toMatchObject({ total: 0, items: [] });
    const bad = await call("GET", "/api/v1/conferences?limit=500");
    expect(bad.status).toBe(422);
    expect(bad.headers.get("content-type")).toContain("application/problem+json");
  });

  it("gives one conference (by id or slug) with tracks, sessions and speakers; 404 for an unknown one", async () => {
    const byId = await (await call("GET", `/api/v1/conferences/${conf.id}`)).json();
    const bySlug = await (await call("GET", `/api/v1/conferences/${conf.slug}`)).json();
    expect(bySlug).toEqual(byId);
    expect(byId.tracks.length).toBeGreaterThan(0);
    expect(byId.speakers.length).toBeGreaterThan(0);
    const limited = byId.sessions.find((s: { capacity: number | null }) => s.capacity !== null);
    expect(limited).toMatchObject({ taken: 0, waiting: 0 });
    expect(limited.startsAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const trackIds = new Set(byId.tracks.map((x: { id: string }) => x.id));
    expect(byId.sessions.every((s: { trackId: string }) => trackIds.has(s.trackId))).toBe(true);
    const missing = await call("GET", "/api/v1/conferences/01900000-0000-7000-8000-000000000000");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toContain("application/problem+json");
  });

  it("starts a registration: 202, a mailed link in the chosen language, and it counts once the link is opened", async () => {
    const email = `api.${Date.now()}@comune.genova.example`;
    const res = await call("POST", `/api/v1/conferences/${conf.id}/registrations`, {
      name: "Chiara Rossi",
      email,
      language: "en",
    });
    expect(res.status).toBe(202);
    const started = await res.json();
    expect(started).toMatchObject({ status: "pending-confirmation" });
    const mail = await smtp.waitFor(email);
    expect(mail.subject).toContain("Interactive Cities Genova");
    const mine = () => registrationsOf(t.deps.db, conf.id).then((rs) => rs.filter((r) => r.email === email));
    expect((await mine()).map((r) => [r.status, r.language])).toEqual([["pending", "en"]]);

    const done = await followLink(new Client(t), linkIn(mail, `${BASE}/conferences/registrations/confirm`));
    expect(done.status).toBe(303);
    expect((await mine()).map((r) => r.status)).toEqual(["confirmed"]);

    // Registering the address again: the same 202 as a new address (the answer does not say it is
    // registered); the mail to the address says so, with the link to the registration.
    const again = await call("POST", `/api/v1/conferences/${conf.slug}/registrations`, {
      name: "Chiara Rossi",
      email,
    });
    expect(again.status).toBe(202);
    expect(await again.json()).toEqual(started);
    const already = await smtp.waitFor(email, (m) => /already registered/.test(m.subject));
    expect(linkIn(already, `${BASE}/conferences/${conf.slug}/me?`)).toBeTruthy();
    expect(await mine()).toHaveLength(1);
  });

  it("refuses bad input and a closed registration with problem details, storing nothing", async () => {
    const before = (await registrationsOf(t.deps.db, conf.id)).length;
    const badEmail = await call("POST", `/api/v1/conferences/${conf.id}/registrations`, {
      name: "Mario",
      email: "non-un-indirizzo",
    });
    expect(badEmail.status).toBe(422);
    const problem = await badEmail.json();
    expect(problem).toMatchObject({ status: 422, code: "validation-failed" });
    // Words for the client, not the catalogue key the page translates.
    expect(problem.errors).toHaveLength(1);
    expect(problem.errors[0].field).toBe("email");
    expect(problem.errors[0].message).not.toMatch(/^form\./);
    const extra = await call("POST", `/api/v1/conferences/${conf.id}/registrations`, {
      name: "Mario",
      email: "mario@example.org",
      admin: true,
    });
    expect(extra.status).toBe(422);
    const noName = await call("POST", `/api/v1/conferences/${conf.id}/registrations`, {
      email: "m@example.org",
    });
    expect(noName.status).toBe(422);
    expect((await registrationsOf(t.deps.db, conf.id)).length).toBe(before);

    const closed = await call("POST", `/api/v1/conferences/${past.id}/registrations`, {
      name: "Mario",
      email: "mario@example.org",
    });
    expect(closed.status).toBe(409);
    expect((await closed.json()).code).toBe("registration-closed");
    expect(await registrationsOf(t.deps.db, past.id)).toHaveLength(0);
  });

  it("is described in the OpenAPI document", async () => {
    const doc = await (await call("GET", "/api/v1/openapi.json")).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/conferences", "/conferences/{id}", "/conferences/{id}/registrations"]),
    );
    expect(doc.components.schemas.ConferenceProgramme).toBeDefined();
  });
});
