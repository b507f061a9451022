// Waiting lists of sessions with limited places: a full session puts people on its waiting list in
// arrival order (the page says so, with the position); leaving a place gives it to the first person
// waiting, who is mailed the link to their registration; people can leave the waiting list; more
// places from the coordinators go to the waiting list in order; only places count, never the queue.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { buildConference, buildProgramme, confirmedRegistration } from "../../../test/helpers/conferences.ts";
import { actorFor, buildNetwork } from "../../../test/helpers/factories.ts";
import { mailsTo } from "../../../test/helpers/labs.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { SYSTEM } from "../../platform/auth/index.ts";
import { AppError } from "../../platform/errors.ts";
import { accessToken } from "./access.ts";
import { programmeOf } from "./conferences.service.ts";
import { saveSession } from "./index.ts";
import { joinSession, leaveSession, registrationByAccess } from "./registrations.service.ts";
import type { Conference } from "./types.ts";
import { mePath } from "./urls.ts";

let t: TestRuntime;
let conf: Conference;
let prog: Awaited<ReturnType<typeof buildProgramme>>;
let coordinator: Client;

beforeAll(async () => {
  t = await createTestRuntime({ limits: { emailLinksPerAddress: { max: 100, windowSeconds: 3600 } } });
  const net = await buildNetwork(t);
  conf = await buildConference(t, net.id, { title: "Città in lista" });
  prog = await buildProgramme(t, conf);
  coordinator = (await actorFor(t, "coordinator", net.id)).client;
});
afterAll(() => t.close());

let n = 0;
/** A confirmed registrant: their address, secret link and current registration (re-read on demand). */
async function person(name: string) {
  const email = `attesa.${++n}.${Date.now()}@example.org`;
  const { access } = await confirmedRegistration(t, conf, email, name);
  const current = async () => (await registrationByAccess(t.deps, conf.slug, access)).registration;
  return { email, access, name, current };
}

const sessionOf = async (id: string) => (await programmeOf(t.deps, conf)).sessions.find((s) => s.id === id)!;
const placeMails = async (email: string) =>
  (await mailsTo(t, email)).filter((m) => /Si è liberato un posto/.test(m.subject ?? ""));

async function limitedSession(title: string, capacity: number) {
  return saveSession(t.deps, SYSTEM, conf, {
    title,
    trackId: prog.tracks.workshops.id,
    day: conf.startsOn,
    start: "14:00",
    end: "15:00",
    capacity,
  });
}

describe("joining a full session", () => {
  it("puts people on the waiting list in arrival order, and the page says so with the position", async () => {
    const s = await limitedSession("Due posti", 2);
    const [a, b, c, d, e] = await Promise.all(["Anna", "Bruno", "Carla", "Dario", "Elena"].map(person));
    expect(await joinSession(t.deps, await a!.current(), s)).toEqual({ status: "confirmed" });
    expect(await joinSession(t.deps, await b!.current(), s)).toEqual({ status: "confirmed" });
    expect(await joinSession(t.deps, await c!.current(), s)).toEqual({ status: "waitlisted", position: 1 });
    expect(await joinSession(t.deps, await d!.current(), s)).toEqual({ status: "waitlisted", position: 2 });
    // Asking again is refused clearly, and changes nothing.
    const again = await joinSession(t.deps, await c!.current(), s).catch((err) => err);
    expect(again).toBeInstanceOf(AppError);
    expect((again as AppError).message).toBe("conferences.errors.alreadyWaiting");

    // Only places count: the queue is not a place, and it is not in the person's sessions.
    expect(await sessionOf(s)).toMatchObject({ taken: 2, waiting: 2, capacity: 2 });
    expect((await c!.current()).sessionIds).not.toContain(s);
    expect((await d!.current()).waitlisted).toEqual([{ sessionId: s, position: 2 }]);

    const cPage = await (await new Client(t).get(mePath(conf.slug, c!.access))).text();
    expect(cPage).toContain("Sei in lista d&#39;attesa: posizione 1");
    expect(cPage).toContain("Esci dalla lista d&#39;attesa di «Due posti»");
    const ePage = await (await new Client(t).get(`${mePath(conf.slug, e!.access)}&lang=en`)).text();
    expect(ePage).toContain("Join the waiting list for “Due posti”");
    expect(ePage).not.toContain("Book a place in “Due posti”");
    expect((await new Client(t).get(`/conferences/${conf.slug}`)).status).toBe(200);

    // The coordinators see the waiting list beside the places.
    const manage = await (await coordinator.get(`/conferences/${conf.slug}/manage`)).text();
    expect(manage).toContain("2 in lista d&#39;attesa");
  });

  it("through the form: a full session answers with the waiting-list position, and one can leave it", async () => {
    const s = await limitedSession("Un posto dal modulo", 1);
    const [a, b] = await Promise.all(["Franca", "Gino"].map(person));
    await joinSession(t.deps, await a!.current(), s);
    const c = new Client(t);
    const me = mePath(conf.slug, b!.access);
    const post = (action: string) =>
      c.submit(me, `/conferences/${conf.slug}/me/sessions`, { t: b!.access, session: s, action });
    const joined = await post("join");
    expect(joined.status).toBe(200);
    expect(await joined.text()).toContain("sei in lista d&#39;attesa, in posizione 1");
    const left = await post("leave");
    expect(left.status).toBe(200);
    expect(await left.text()).toContain("Hai lasciato la lista d&#39;attesa");
    expect(await sessionOf(s)).toMatchObject({ taken: 1, waiting: 0 });
    // A session id that is not one is an unknown session, not a server error.
    const odd = await c.submit(me, `/conferences/${conf.slug}/me/sessions`, {
      t: b!.access,
      session: "not-a-session",
      action: "leave",
    });
    expect(odd.status).toBe(404);
  });
});

describe("a place that frees up", () => {
  it("goes to the first person waiting, in the same step, who is mailed the link to their registration", async () => {
    const s = await limitedSession("Posto che si libera", 2);
    const [a, b, c, d] = await Promise.all(["Ilaria", "Luca", "Marta", "Nino"].map(person));
    for (const p of [a, b, c, d]) await joinSession(t.deps, await p!.current(), s);

    const res = await leaveSession(t.deps, await a!.current(), s);
    expect(res.left).toBe("confirmed");
    expect(res.promoted).toEqual([(await c!.current()).id]);
    expect((await c!.current()).sessionIds).toContain(s);
    expect((await d!.current()).waitlisted).toEqual([{ sessionId: s, position: 1 }]);
    expect(await sessionOf(s)).toMatchObject({ taken: 2, waiting: 1 });

    const mails = await placeMails(c!.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain("Posto che si libera");
    const text = String(mails[0]!.text);
    expect(text).toContain("eri in lista d'attesa e ora il posto è tuo");
    const link = `${t.deps.config.baseUrl}${mePath(conf.slug, c!.access)}`;
    expect(text).toContain(link);
    // The link opens the person's page, which shows the place.
    const page = await (await new Client(t).get(link.slice(t.deps.config.baseUrl.length))).text();
    expect(page).toContain("Annulla la prenotazione di «Posto che si libera»");
    expect(await placeMails(d!.email)).toHaveLength(0);
  });

  it("leaving the waiting list frees no place and mails nobody", async () => {
    const s = await limitedSession("Lista senza posti liberi", 1);
    const [a, b, c] = await Promise.all(["Olga", "Piero", "Rita"].map(person));
    for (const p of [a, b, c]) await joinSession(t.deps, await p!.current(), s);
    const res = await leaveSession(t.deps, await b!.current(), s);
    expect(res).toEqual({ left: "waitlisted", promoted: [] });
    expect((await c!.current()).waitlisted).toEqual([{ sessionId: s, position: 1 }]);
    expect(await sessionOf(s)).toMatchObject({ taken: 1, waiting: 1 });
    expect(await placeMails(c!.email)).toHaveLength(0);
    // Leaving what one does not hold says so and changes nothing.
    expect(await leaveSession(t.deps, await b!.current(), s)).toEqual({ left: null, promoted: [] });
  });
});

describe("more places from the coordinators", () => {
  it("go to the waiting list in order, with a mail to each; fewer places than taken stays refused", async () => {
    const s = await limitedSession("Posti in più", 1);
    const people = await Promise.all(["Sara", "Tino", "Ugo", "Vera"].map(person));
    for (const p of people) await joinSession(t.deps, await p.current(), s);
    const edit = (capacity: number | null) =>
      saveSession(
        t.deps,
        SYSTEM,
        conf,
        {
          title: "Posti in più",
          trackId: prog.tracks.workshops.id,
          day: conf.startsOn,
          start: "14:00",
          end: "15:00",
          capacity,
        },
        s,
      );

    await edit(3);
    expect(await sessionOf(s)).toMatchObject({ taken: 3, waiting: 1, capacity: 3 });
    const [, tino, ugo, vera] = people;
    expect((await tino!.current()).sessionIds).toContain(s);
    expect((await ugo!.current()).sessionIds).toContain(s);
    expect((await vera!.current()).waitlisted).toEqual([{ sessionId: s, position: 1 }]);
    expect(await placeMails(tino!.email)).toHaveLength(1);
    expect(await placeMails(ugo!.email)).toHaveLength(1);
    expect(await placeMails(vera!.email)).toHaveLength(0);

    // Only places count against the capacity: 3 places and 1 waiting fit a capacity of 3.
    const below = await edit(2).catch((err) => err);
    expect(below).toBeInstanceOf(AppError);
    expect((below as AppError).status).toBe(422);
    expect(await sessionOf(s)).toMatchObject({ taken: 3, waiting: 1, capacity: 3 });

    // A session that stops limiting places lets everyone waiting in.
    await edit(null);
    expect(await sessionOf(s)).toMatchObject({ taken: 4, waiting: 0, capacity: null });
    expect(await placeMails(vera!.email)).toHaveLength(1);
  });

  it("through the coordinators' form, the places column shows places and waiting list", async () => {
    const s = await limitedSession("Dal modulo di gestione", 1);
    const people = await Promise.all(["Walter", "Zoe", "Aldo"].map(person));
    for (const p of people) await joinSession(t.deps, await p.current(), s);
    const editPage = `/conferences/${conf.slug}/sessions/${s}/edit`;
    const res = await coordinator.submit(editPage, editPage, {
      title: "Dal modulo di gestione",
      description: "",
      trackId: prog.tracks.workshops.id,
      day: conf.startsOn,
      start: "14:00",
      end: "15:00",
      capacity: "2",
    });
    expect(res.status).toBe(303);
    expect(await sessionOf(s)).toMatchObject({ taken: 2, waiting: 1 });
    expect(await placeMails(people[1]!.email)).toHaveLength(1);
  });
});

// Several leaves and joins racing on one session: on PostgreSQL each runs on its own connection, so
// this proves the session's row lock (the embedded database runs one query at a time: skipped there).
describe.skipIf(!process.env.DATABASE_URL)("leaves and joins at the same moment (PostgreSQL only)", () => {
  let pg: TestRuntime;
  beforeAll(async () => {
    pg = await createTestRuntime({
      poolSize: 20,
      limits: { emailLinksPerAddress: { max: 100, windowSeconds: 3600 } },
    });
  });
  afterAll(() => pg?.close());

  it("never gives more places than capacity, leaves nobody waiting beside a free place, nobody twice", async () => {
    const net = await buildNetwork(pg);
    const c = await buildConference(pg, net.id);
    const p = await buildProgramme(pg, c);
    const s = await saveSession(pg.deps, SYSTEM, c, {
      title: "Quattro posti contesi",
      trackId: p.tracks.workshops.id,
      day: c.startsOn,
      start: "16:00",
      end: "17:00",
      capacity: 4,
    });
    const someone = async (i: number) => {
      const email = `gara.${i}.${Date.now()}@example.org`;
      const { access } = await confirmedRegistration(pg, c, email, `Persona ${i}`);
      return { email, registration: (await registrationByAccess(pg.deps, c.slug, access)).registration };
    };
    const everyone = await Promise.all(Array.from({ length: 18 }, (_, i) => someone(i)));
    const placed = everyone.slice(0, 4);
    const queued = everyone.slice(4, 10);
    const newcomers = everyone.slice(10);
    for (const x of [...placed, ...queued]) await joinSession(pg.deps, x.registration, s);

    // All four places are given up, the last two in the queue leave it, eight newcomers join, and
    // two of those who leave ask for a place again, all at once.
    await Promise.all([
      ...placed.map((x) => leaveSession(pg.deps, x.registration, s)),
      ...queued.slice(4).map((x) => leaveSession(pg.deps, x.registration, s)),
      ...newcomers.map((x) => joinSession(pg.deps, x.registration, s)),
      ...placed.slice(0, 2).map((x) => joinSession(pg.deps, x.registration, s).catch(() => null)),
    ]);

    const session = (await programmeOf(pg.deps, c)).sessions.find((x) => x.id === s)!;
    expect(session.taken).toBe(4);
    const rows = await pg.deps.pool.query(
      "select registration_id, status from conference_session_registrations where session_id = $1",
      [s],
    );
    expect(new Set(rows.rows.map((r) => r.registration_id)).size).toBe(rows.rows.length);
    expect(rows.rows.filter((r) => r.status === "confirmed")).toHaveLength(4);
    expect(rows.rows.filter((r) => r.status === "waitlisted")).toHaveLength(session.waiting);
    // The freed places went to the first four in the queue, each mailed once; nobody else was mailed.
    for (const x of queued.slice(0, 4)) {
      expect((await registrationByAccessOf(pg, c, x.registration.id)).sessionIds).toContain(s);
      const mails = (await mailsTo(pg, x.email)).filter((m) =>
        /Si è liberato un posto/.test(m.subject ?? ""),
      );
      expect(mails).toHaveLength(1);
    }
    for (const x of [...placed, ...queued.slice(4), ...newcomers]) {
      const mails = (await mailsTo(pg, x.email)).filter((m) =>
        /Si è liberato un posto/.test(m.subject ?? ""),
      );
      expect(mails).toHaveLength(0);
    }
    // The queue is one line: positions 1 to n, each given once.
    const positions = [];
    for (const x of everyone) {
      const w = (await registrationByAccessOf(pg, c, x.registration.id)).waitlisted;
      positions.push(...w.map((y) => y.position));
    }
    expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: session.waiting }, (_, i) => i + 1));
  }, 120_000);
});

/** A registration re-read through its secret link (derived from its id, as the mails carry it). */
async function registrationByAccessOf(rt: TestRuntime, c: Conference, id: string) {
  return (await registrationByAccess(rt.deps, c.slug, accessToken(rt.deps, id))).registration;
}
