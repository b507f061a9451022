// A conference's sessions with limited places: booking, the waiting list, freed places, and never
// more places than capacity under concurrent requests. Set-up shared through registrations.test-kit.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import type { TestRuntime } from "../../../test/helpers/runtime.ts";
import { linkIn, type SmtpSink } from "../../../test/helpers/smtp.ts";
import { SYSTEM } from "../../platform/auth/index.ts";
import { saveSession } from "./index.ts";
import { joinSession, registrationByAccess } from "./registrations.service.ts";
import {
  address,
  BASE,
  type ConferenceRegistrations,
  useConferenceRegistrations,
} from "./registrations.test-kit.ts";
import type { Conference } from "./types.ts";

const kit = useConferenceRegistrations();
const { registerAndConfirm } = kit;
let t: TestRuntime;
let smtp: SmtpSink;
let conf: Conference;
let prog: ConferenceRegistrations["prog"];
beforeAll(() => {
  ({ t, smtp, conf, prog } = kit);
});

describe("sessions with limited places", () => {
  it("books a place, puts a latecomer on the waiting list, and gives them the freed place", async () => {
    const people: { c: Client; me: string; link: string }[] = [];
    for (let i = 0; i < 3; i++) {
      const c = new Client(t);
      people.push({ c, ...(await registerAndConfirm(c, address(), `Persona ${i}`)) });
    }
    const book = async (p: (typeof people)[number], session: string, action = "join") => {
      const access = new URL(p.me, BASE).searchParams.get("t")!;
      return p.c.submit(p.me, `/conferences/${conf.slug}/me/sessions`, { t: access, session, action });
    };
    expect((await book(people[0]!, prog.sessions.workshop)).status).toBe(200);
    const twice = await book(people[0]!, prog.sessions.workshop);
    expect(twice.status).toBe(409);
    expect(await twice.text()).toContain("Hai già un posto in questa sessione");
    expect((await book(people[1]!, prog.sessions.workshop)).status).toBe(200);
    const full = await book(people[2]!, prog.sessions.workshop);
    expect(full.status).toBe(200);
    expect(await full.text()).toContain("sei in lista d&#39;attesa, in posizione 1");
    // The public programme says how many are waiting (one: the singular).
    const waitingPage = await (await new Client(t).get(`/conferences/${conf.slug}?lang=it`)).text();
    expect(waitingPage).toContain("Completa (posti: 2): 1 persona in lista d&#39;attesa");
    const open = await book(people[2]!, prog.sessions.opening);
    expect(open.status).toBe(409);
    expect(await open.text()).toContain("accesso libero");
    const unknown = await book(people[2]!, "00000000-0000-7000-8000-000000000000");
    expect(unknown.status).toBe(404);
    expect((await book(people[1]!, prog.sessions.workshop, "leave")).status).toBe(200);
    // The freed place went to the person waiting, who got a mail with the link to their page.
    const waiting = await registrationByAccess(
      t.deps,
      conf.slug,
      new URL(people[2]!.me, BASE).searchParams.get("t")!,
    );
    const promoted = await smtp.waitFor(waiting.registration.email, (m) =>
      /Si è liberato un posto: Workshop/.test(m.subject),
    );
    expect(linkIn(promoted, `${BASE}/conferences/${conf.slug}/me?`)).toBeTruthy();
    const again = await book(people[2]!, prog.sessions.workshop);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("Hai già un posto in questa sessione");
    const page = await (await new Client(t).get(`/conferences/${conf.slug}`)).text();
    expect(page).toContain("Completa (posti: 2): lista d&#39;attesa aperta");
  });

  it("never gives more places than capacity to concurrent requests", async () => {
    const people: { c: Client; me: string; link: string }[] = [];
    for (let i = 0; i < 6; i++) {
      const c = new Client(t);
      people.push({ c, ...(await registerAndConfirm(c, address(), `Concorrente ${i}`)) });
    }
    const regs = await Promise.all(
      people.map((p) => registrationByAccess(t.deps, conf.slug, new URL(p.me, BASE).searchParams.get("t")!)),
    );
    const results = await Promise.allSettled(
      regs.map((r) => joinSession(t.deps, r.registration, prog.sessions.visit)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(6);
    // A 1-place session: the same six at once.
    const single = await saveSession(t.deps, SYSTEM, conf, {
      title: "Un posto solo",
      trackId: prog.tracks.workshops.id,
      day: conf.startsOn,
      start: "15:00",
      end: "16:00",
      capacity: 1,
    });
    const race = await Promise.all(regs.map((r) => joinSession(t.deps, r.registration, single)));
    expect(race.filter((r) => r.status === "confirmed")).toHaveLength(1);
    expect(
      race
        .filter((r) => r.status === "waitlisted")
        .map((r) => r.status === "waitlisted" && r.position)
        .sort(),
    ).toEqual([1, 2, 3, 4, 5]);
  });
});
