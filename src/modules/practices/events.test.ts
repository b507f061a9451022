// The practice events (issue 14, "Domain events"): each transition of a report emits its event once,
// in the transaction that makes it — a delivery per handler on the `platform.event` queue — with ids,
// network and visibility and never the submitter's name or address; a transition that fails takes
// its event with it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withRefusingQueue } from "../../../test/helpers/broken-queue.ts";
import { actorFor, buildAccount, buildNetwork, signedIn } from "../../../test/helpers/factories.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { fillAndSend, MANY_REPORTS, REPORT } from "../../../test/helpers/submissions.ts";
import type { EventName } from "../../platform/events.ts";
import { onEvent } from "../../platform/events.ts";
import { loadActor } from "../identity/index.ts";
import { setPracticeStatus } from "./catalogue/service.ts";
import { decide } from "./workflow/moderation.service.ts";
import { EditForm } from "./workflow/submissions.schema.ts";
import { resubmitOwn } from "./workflow/submissions.service.ts";

const EVENTS = [
  "practices.practice.submitted",
  "practices.practice.resubmitted",
  "practices.review.opened",
  "practices.practice.changes-requested",
  "practices.practice.rejected",
  "practices.practice.published",
  "practices.practice.updated",
] as const satisfies EventName[];
const handlerOf = (e: string) => `test.events.${e.split(".").slice(1).join("-")}`;
for (const e of EVENTS) onEvent(handlerOf(e), e, async () => undefined);

let t: TestRuntime;
let net: { id: string };
beforeAll(async () => {
  t = await createTestRuntime(MANY_REPORTS);
  net = await buildNetwork(t);
});
afterAll(() => t.close());

/** The test handlers' deliveries for a practice, by event name. */
async function eventsOf(practiceId: string) {
  const { rows } = await t.deps.pool.query(
    "select data from pgboss.job where name = 'platform.event' and data->>'practiceId' = $1 and data->>'handler' like 'test.events.%'",
    [practiceId],
  );
  const count: Record<string, number> = {};
  for (const r of rows) {
    expect(r.data.handler).toBe(handlerOf(r.data.name));
    count[r.data.name] = (count[r.data.name] ?? 0) + 1;
  }
  return { count, data: rows.map((r) => r.data) };
}

describe("practice events", () => {
  it("one per transition, with ids, network and visibility, never the submitter", async () => {
    const submitter = await buildAccount(t, { name: "Giulia Segnalatrice", email: "giulia.s@example.org" });
    const client = await signedIn(t, submitter.id);
    const title = "Mostra accessibile a tutti";
    const out = await fillAndSend(t, client, {
      ...REPORT,
      project: { ...REPORT.project, title, networkId: net.id },
      you: { ...REPORT.you, name: "Giulia Segnalatrice", email: "giulia.s@example.org" },
    });
    expect(out.res.status).toBe(303);
    const id = (await t.deps.pool.query("select id from practices where title = $1", [title])).rows[0].id;
    expect((await eventsOf(id)).count).toEqual({ "practices.practice.submitted": 1 });

    const coordinator = await actorFor(t, "coordinator", net.id);
    const actor = (await loadActor(t.deps, coordinator.accountId!))!;
    const submitterActor = (await loadActor(t.deps, submitter.id))!;
    await decide(t.deps, actor, id, { decision: "review", reason: null });
    await decide(t.deps, actor, id, { decision: "request-changes", reason: "Aggiungete le date." });
    const edit = EditForm.parse({
      ...REPORT.project,
      ...REPORT.approach,
      ...REPORT.results,
      title,
      networkId: net.id,
    });
    await resubmitOwn(t.deps, submitterActor, id, edit);
    await decide(t.deps, actor, id, { decision: "publish", reason: null });
    const { count, data } = await eventsOf(id);
    expect(count).toEqual({
      "practices.practice.submitted": 1,
      "practices.review.opened": 1,
      "practices.practice.changes-requested": 1,
      "practices.practice.resubmitted": 1,
      "practices.practice.published": 1,
    });
    for (const d of data) {
      expect(d).toMatchObject({ practiceId: id, networkId: net.id, visibility: "public", v: 1 });
      expect(JSON.stringify(d)).not.toMatch(/giulia|Segnalatrice/i);
    }
    // The submitter's receipt for the resubmission travels on its own handler.
    const receipts = await t.deps.pool.query(
      "select data->>'name' as name from pgboss.job where name = 'platform.event' and data->>'practiceId' = $1 and data->>'handler' = 'practices.resubmitted-mail'",
      [id],
    );
    expect(receipts.rows.map((r) => r.name)).toEqual(["practices.practice.resubmitted"]);

    // A second publication of the same report is refused and emits nothing.
    await expect(decide(t.deps, actor, id, { decision: "publish", reason: null })).rejects.toThrow();
    expect((await eventsOf(id)).count["practices.practice.published"]).toBe(1);
  });

  it("rejected; and a decision whose transaction fails leaves neither the change nor its event", async () => {
    const title = "Segnalazione da respingere";
    await fillAndSend(t, (await actorFor(t, "anonymous", net.id)).client, {
      ...REPORT,
      project: { ...REPORT.project, title, networkId: net.id },
    });
    const id = (await t.deps.pool.query("select id from practices where title = $1", [title])).rows[0].id;
    const coordinator = await actorFor(t, "coordinator", net.id);
    const actor = (await loadActor(t.deps, coordinator.accountId!))!;
    await expect(
      decide(withRefusingQueue(t.deps), actor, id, { decision: "reject", reason: "Fuori tema." }),
    ).rejects.toThrow(/refused/);
    const status = async () =>
      (await t.deps.pool.query("select status from practices where id = $1", [id])).rows[0].status;
    expect(await status()).toBe("submitted");
    expect((await eventsOf(id)).count).toEqual({ "practices.practice.submitted": 1 });
    await decide(t.deps, actor, id, { decision: "reject", reason: "Fuori tema." });
    expect(await status()).toBe("rejected");
    expect((await eventsOf(id)).count).toEqual({
      "practices.practice.submitted": 1,
      "practices.practice.rejected": 1,
    });
  });

  it("published when a coordinator publishes directly (the API's verb), once", async () => {
    const coordinator = await actorFor(t, "coordinator", net.id);
    const res = await t.app.request("/api/v1/practices", {
      method: "POST",
      headers: { authorization: `Bearer ${coordinator.token}`, "content-type": "application/json" },
      body: JSON.stringify({
        title: "Pubblicata via API",
        summary: "Direttamente dalla rete.",
        country: "IT",
        language: "it",
        networkId: net.id,
        visibility: "network",
      }),
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    await setPracticeStatus(t.deps, id, "published"); // already published: no second event
    const { count, data } = await eventsOf(id);
    expect(count).toEqual({ "practices.practice.published": 1 });
    expect(data[0]).toMatchObject({ networkId: net.id, visibility: "network" });
  });
});
