// The jobs that follow from a change to a meeting (its reminders) or from registrations (their
// confirmation mails) are queued inside the change's own transaction: when the queue refuses them, the
// change is rolled back too, so no committed meeting is ever without its reminders and no registration
// without its mail. (Queued after the commit, a crash or a queue failure in between lost them.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withRefusingQueue } from "../../../test/helpers/broken-queue.ts";
import { actorFor, buildNetwork } from "../../../test/helpers/factories.ts";
import { buildLab, buildMeeting } from "../../../test/helpers/labs.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { SYSTEM } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { createMeeting } from "./index.ts";
import { updateMeeting } from "./meetings/edit.service.ts";
import { register } from "./registrations/service.ts";

let t: TestRuntime;
let net: { id: string; slug: string };
let broken: Deps;
beforeAll(async () => {
  t = await createTestRuntime();
  net = await buildNetwork(t);
  broken = withRefusingQueue(t.deps);
});
afterAll(() => t.close());

const H = 3_600_000;
const count = async (sql: string, params: unknown[]) =>
  Number((await t.deps.pool.query(sql, params)).rows[0].n);

describe("jobs queued with the change", () => {
  it("a new meeting whose reminders cannot be queued is not created", async () => {
    const lab = await buildLab(t, net.id);
    const start = new Date(t.clock.now().getTime() + 72 * H);
    await expect(
      createMeeting(broken, SYSTEM, lab, {
        title: "Incontro senza promemoria",
        kind: "tematico",
        mode: "in-person",
        venue: "Sala consiliare",
        startsAt: start,
        endsAt: new Date(start.getTime() + 2 * H),
        timeZone: "Europe/Rome",
        visibility: "public",
      }),
    ).rejects.toThrow(/refused/);
    expect(
      await count("select count(*) as n from meetings where title = $1", ["Incontro senza promemoria"]),
    ).toBe(0);
  });

  it("a meeting moved while its new reminders cannot be queued keeps its old time and version", async () => {
    const lab = await buildLab(t, net.id);
    const start = new Date(t.clock.now().getTime() + 72 * H);
    const m = await buildMeeting(t, lab, {
      title: "Da spostare",
      startsAt: start,
      endsAt: new Date(start.getTime() + H),
    });
    const later = new Date(start.getTime() + 24 * H);
    const admin = await actorFor(t, "admin", net.id);
    const { loadActor } = await import("../identity/index.ts");
    const actor = (await loadActor(t.deps, admin.accountId!))!;
    await expect(
      updateMeeting(broken, actor, m.id, {
        title: "Da spostare",
        kind: "tematico",
        mode: "in-person",
        venue: "Sala consiliare",
        startsAt: later,
        endsAt: new Date(later.getTime() + H),
        timeZone: "Europe/Rome",
        visibility: "public",
      }),
    ).rejects.toThrow(/refused/);
    const row = (await t.deps.pool.query("select starts_at, version from meetings where id = $1", [m.id]))
      .rows[0];
    expect(row.starts_at.toISOString()).toBe(start.toISOString());
    expect(row.version).toBe(1);
  });

  it("a registration whose confirmation mail cannot be queued is not made", async () => {
    const lab = await buildLab(t, net.id);
    const m = await buildMeeting(t, lab, { title: "Con iscrizioni" });
    const a = await actorFor(t, "member", net.id);
    const { loadActor } = await import("../identity/index.ts");
    const actor = (await loadActor(t.deps, a.accountId!))!;
    await expect(register(broken, actor, m.id)).rejects.toThrow(/refused/);
    expect(
      await count("select count(*) as n from registrations where meeting_id = $1 and account_id = $2", [
        m.id,
        a.accountId,
      ]),
    ).toBe(0);
    expect(await count("select confirmed_count as n from meetings where id = $1", [m.id])).toBe(0);
    // With the queue working, the same registration goes through and its mail is queued.
    expect((await register(t.deps, actor, m.id)).status).toBe("confirmed");
    expect(
      await count(
        "select count(*) as n from pgboss.job j join registrations r on r.id::text = j.data->>'registrationId' where r.meeting_id = $1 and j.data->>'handler' = 'labs.registration-confirmed-mail'",
        [m.id],
      ),
    ).toBe(1);
  });
});
