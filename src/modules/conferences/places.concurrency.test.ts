// Places in a session under concurrency: 20 confirmed people asking at the same moment for a
// 5-place session give exactly 5 places and 15 places on the waiting list, and nobody holds two. On
// PostgreSQL (DATABASE_URL set) the requests run on separate pool connections, so this proves the
// row lock; the embedded database runs one query at a time and proves only the counting.
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildConference, buildProgramme, confirmedRegistration } from "../../../test/helpers/conferences.ts";
import { buildNetwork } from "../../../test/helpers/factories.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { SYSTEM } from "../../platform/auth/index.ts";
import { AppError } from "../../platform/errors.ts";
import { programmeOf } from "./conferences.service.ts";
import { saveSession } from "./index.ts";
import { joinSession, registrationByAccess } from "./registrations.service.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime({ limits: { emailLinksPerAddress: { max: 100, windowSeconds: 3600 } } });
});
afterAll(() => t.close());

it("gives exactly the places there are to simultaneous requests", async () => {
  const net = await buildNetwork(t);
  const conf = await buildConference(t, net.id);
  const prog = await buildProgramme(t, conf);
  const session = await saveSession(t.deps, SYSTEM, conf, {
    title: "Cinque posti",
    trackId: prog.tracks.workshops.id,
    day: conf.startsOn,
    start: "16:00",
    end: "17:00",
    capacity: 5,
  });
  const people = [];
  for (let i = 0; i < 20; i++) {
    const { access } = await confirmedRegistration(
      t,
      conf,
      `corsa.${i}.${Date.now()}@example.org`,
      `Persona ${i}`,
    );
    people.push((await registrationByAccess(t.deps, conf.slug, access)).registration);
  }
  // Each person asks twice at once, too: nobody may end up with two places.
  const attempts = [...people, ...people.slice(0, 5)].map((r) => joinSession(t.deps, r, session));
  const results = await Promise.allSettled(attempts);
  const refused = results.filter((r) => r.status === "rejected");
  for (const r of refused) {
    const err = (r as PromiseRejectedResult).reason;
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(409);
    // A second request of the same person is "already booked" or "already on the waiting list".
    expect(["conferences.errors.alreadyWaiting", "conferences.errors.alreadyBooked"]).toContain(
      (err as AppError).message,
    );
  }
  expect(refused).toHaveLength(5);
  const s = (await programmeOf(t.deps, conf)).sessions.find((x) => x.id === session)!;
  expect(s.taken).toBe(5);
  expect(s.waiting).toBe(15);
  const answers = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
  expect(answers.filter((a) => a.status === "confirmed")).toHaveLength(5);
  // The waiting list is in one order: positions 1 to 15, each given once.
  const positions = answers.flatMap((a) => (a.status === "waitlisted" ? [a.position] : []));
  expect(positions.sort((x, y) => x - y)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
}, 120_000);
