// A cohort's waiting list (embedded database, and PostgreSQL when DATABASE_URL is set): joining a full
// cohort puts the learner in line, told on the page and in their notifications; the facilitators see
// the line in order; a member leaving gives their place to the first in line in the same transaction
// (enrolled, registered for the lab's upcoming meetings, told "a place in a cohort"); one waiting may
// leave the line. Ten joins at once on a cohort of three: exactly three members, seven in line in the
// order they took the cohort's lock.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor, buildNetwork } from "../../../test/helpers/factories.ts";
import { jobsSettled } from "../../../test/helpers/jobs.ts";
import { buildLab, buildMeeting } from "../../../test/helpers/labs.ts";
import { buildCourse } from "../../../test/helpers/learning.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { type Actor, SYSTEM } from "../../platform/auth/index.ts";
import { loadActor } from "../identity/index.ts";
import { myRegistration } from "../labs/index.ts";
import { joinCohort } from "./cohorts.places.ts";
import { cohortOfLearner, memberCount, waitlistOf } from "./cohorts.repo.ts";
import { createCohort } from "./cohorts.service.ts";
import { enrolmentOf } from "./progress.repo.ts";

let t: TestRuntime;
let net: { id: string; slug: string };
beforeAll(async () => {
  t = await createTestRuntime({ poolSize: 12 });
  net = await buildNetwork(t, { name: "Rete delle liste d'attesa" });
});
afterAll(() => t.close());

const day = (n: number) => new Date(t.clock.now().getTime() + n * 86_400_000).toISOString().slice(0, 10);

async function setup(capacity: number) {
  const b = await buildCourse(t, net.id);
  const lab = await buildLab(t, net.id);
  const meeting = await buildMeeting(t, lab);
  const facilitator = await actorFor(t, "member", net.id);
  const cohort = await createCohort(t.deps, SYSTEM, b.course, {
    title: "Bootcamp con lista d'attesa",
    startsOn: day(0),
    endsOn: day(60),
    capacity,
    labId: lab.id,
    facilitators: [facilitator.accountId!],
  });
  return { ...b, lab, meeting, cohort, facilitator };
}

const nameOf = async (id: string) =>
  (await t.deps.pool.query("select name from accounts where id = $1", [id])).rows[0].name as string;

const kindsOf = async (id: string) =>
  (
    await t.deps.pool.query(
      "select kind from notifications where account_id = $1 and kind like 'learning.%' order by kind",
      [id],
    )
  ).rows.map((r) => r.kind);

describe("a full cohort", () => {
  it("puts learners in line, shows the line to facilitators, and promotes the first when a member leaves", async () => {
    const s = await setup(1);
    const path = `/learning/cohorts/${s.cohort.id}`;
    const [a, b, c] = [
      await actorFor(t, "member", net.id),
      await actorFor(t, "member", net.id),
      await actorFor(t, "member", net.id),
    ];
    const join = (who: typeof a) => who.client.submit(path, `${path}/join`, {});
    expect((await join(a)).status).toBe(200);
    // The page offers the waiting list once the places are taken.
    const offer = await (await b.client.get(path)).text();
    expect(offer).toContain("Mettiti in lista d&#39;attesa");
    expect(offer).not.toContain("Partecipa a questa edizione</button>");
    const rb = await join(b);
    expect(rb.status).toBe(200);
    expect(await rb.text()).toContain(
      "L&#39;edizione è al completo: sei al numero 1 della lista d&#39;attesa.",
    );
    expect(await (await join(c)).text()).toContain("sei al numero 2 della lista d&#39;attesa");
    // Asking again keeps the place in line.
    expect(await (await join(c)).text()).toContain("Sei al numero 2 della lista d&#39;attesa.");
    const cPage = await (await c.client.get(`${path}?lang=en`)).text();
    expect(cPage).toContain("You are number 2 on the waiting list.");
    expect(cPage).toContain("On the waiting list: 2");
    expect(cPage).toContain(`action="${path}/leave"`);
    await c.client.get(`${path}?lang=it`);
    expect(await enrolmentOf(t.deps.db, s.course.id, b.accountId!)).toBeUndefined();

    // The facilitators see the line, in order.
    const progress = await (await s.facilitator.client.get(`${path}/progress`)).text();
    expect(progress).toContain("Persone in lista d&#39;attesa: 2");
    const [nb, nc] = [await nameOf(b.accountId!), await nameOf(c.accountId!)];
    const list = progress.slice(progress.indexOf('id="cohort-waitlist"'));
    expect(list.indexOf(nb)).toBeGreaterThan(0);
    expect(list.indexOf(nc)).toBeGreaterThan(list.indexOf(nb));

    // The member leaves: b takes the place (enrolled, registered for the meeting), c moves up.
    const left = await a.client.submit(path, `${path}/leave`, {});
    expect(left.status).toBe(303);
    expect(left.headers.get("location")).toBe(path);
    expect(await (await a.client.get(path)).text()).toContain(
      "Hai lasciato l&#39;edizione: il corso resta tra i tuoi",
    );
    // The one who left keeps the course, self-paced.
    expect(await enrolmentOf(t.deps.db, s.course.id, a.accountId!)).toBeDefined();
    expect(await cohortOfLearner(t.deps.db, s.course.id, a.accountId!)).toBeNull();
    expect(await cohortOfLearner(t.deps.db, s.course.id, b.accountId!)).toBe(s.cohort.id);
    const actorB = (await loadActor(t.deps, b.accountId!))!;
    expect((await myRegistration(t.deps, actorB, s.meeting.id))?.status).toBe("confirmed");
    expect(await memberCount(t.deps.db, s.cohort.id)).toBe(1);
    expect(await (await b.client.get(path)).text()).toContain("Partecipi a questa edizione.");
    expect(await (await c.client.get(path)).text()).toContain("Sei al numero 1 della lista d&#39;attesa.");

    // Told after commit: b in line, then of the place; c only in line.
    await jobsSettled(t);
    expect(await kindsOf(b.accountId!)).toEqual(["learning.cohort-place", "learning.cohort-waitlist"]);
    expect(await kindsOf(c.accountId!)).toEqual(["learning.cohort-waitlist"]);
    const { rows } = await t.deps.pool.query(
      "select text_params from notifications where account_id = $1 and kind = 'learning.cohort-waitlist'",
      [c.accountId],
    );
    expect(rows[0].text_params.position).toBe("2");

    // c leaves the line; leaving again only says they are not in.
    expect((await c.client.submit(path, `${path}/leave`, {})).status).toBe(303);
    expect(await waitlistOf(t.deps.db, s.cohort.id)).toEqual([]);
    expect(await (await c.client.get(path)).text()).toContain(
      "Non sei più in lista d&#39;attesa per questa edizione.",
    );
    await c.client.submit(path, `${path}/leave`, {});
    expect(await (await c.client.get(path)).text()).toContain(
      "Non partecipi a questa edizione e non sei in lista d&#39;attesa.",
    );
    expect((await s.facilitator.client.get(`${path}/progress`)).status).toBe(200);
  });

  it("takes exactly its capacity when ten join at once, and queues the rest in the order of the lock", async () => {
    const s = await setup(3);
    const learners: Actor[] = [];
    for (let i = 0; i < 10; i++)
      learners.push((await loadActor(t.deps, (await actorFor(t, "member", net.id)).accountId!))!);
    const outcomes = await Promise.all(learners.map((a) => joinCohort(t.deps, a, s.cohort, s.course)));
    const members = outcomes.filter((o) => o.state === "member");
    expect(members).toHaveLength(3);
    expect(await memberCount(t.deps.db, s.cohort.id)).toBe(3);
    const waiting = outcomes.flatMap((o, i) =>
      o.state === "waitlisted" ? [{ id: learners[i]!.id, position: o.position }] : [],
    );
    // Each told a different number, 1 to 7, and the list is in that order.
    expect(waiting.map((w) => w.position).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const line = await waitlistOf(t.deps.db, s.cohort.id);
    expect(line.map((w) => w.account_id)).toEqual(
      [...waiting].sort((x, y) => x.position - y.position).map((w) => w.id),
    );
  });
});
