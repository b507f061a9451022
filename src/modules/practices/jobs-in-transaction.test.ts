// The submitter's mails are queued inside the transaction that changes the practice: when the queue
// refuses the mail, a report is not sent and a moderation decision is not taken (queued after the
// commit, a crash or a queue failure in between left a decision that nobody was told about).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withRefusingQueue } from "../../../test/helpers/broken-queue.ts";
import { Client } from "../../../test/helpers/client.ts";
import { actorFor, buildNetwork } from "../../../test/helpers/factories.ts";
import { createApp, createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { fillAndSend, MANY_REPORTS, REPORT } from "../../../test/helpers/submissions.ts";
import type { Deps } from "../../platform/deps.ts";
import { loadActor } from "../identity/index.ts";
import { decide } from "./workflow/moderation.service.ts";

let t: TestRuntime;
let broken: Deps;
beforeAll(async () => {
  t = await createTestRuntime(MANY_REPORTS);
  broken = withRefusingQueue(t.deps);
});
afterAll(() => t.close());

const statusOf = async (title: string) =>
  (await t.deps.pool.query("select status from practices where title = $1", [title])).rows.map(
    (r) => r.status,
  );
const mailsFor = async (title: string) =>
  Number(
    (
      await t.deps.pool.query(
        "select count(*) as n from pgboss.job j join practices p on p.id::text = j.data->>'practiceId' where p.title = $1",
        [title],
      )
    ).rows[0].n,
  );

describe("the submitter's mails, queued with the change", () => {
  it("a report whose receipt cannot be queued is not sent", async () => {
    const net = await buildNetwork(t);
    const title = "Segnalazione senza ricevuta";
    const withBrokenQueue = { ...t, app: await createApp(broken) };
    await fillAndSend(t, new Client(withBrokenQueue), {
      ...REPORT,
      project: { ...REPORT.project, title, networkId: net.id },
    });
    expect(await statusOf(title)).toEqual([]);
    expect(await mailsFor(title)).toBe(0);
  });

  it("a decision whose mail cannot be queued is not taken; with the queue working it is, with its mail", async () => {
    const net = await buildNetwork(t);
    const title = "Segnalazione da decidere";
    const out = await fillAndSend(t, new Client(t), {
      ...REPORT,
      project: { ...REPORT.project, title, networkId: net.id },
    });
    expect(out.res.status).toBe(303);
    expect(await statusOf(title)).toEqual(["submitted"]);
    expect(await mailsFor(title)).toBe(2); // the receipt, and the moderators' notice
    const id = (await t.deps.pool.query("select id from practices where title = $1", [title])).rows[0].id;
    const coordinator = await actorFor(t, "coordinator", net.id);
    const actor = (await loadActor(t.deps, coordinator.accountId!))!;

    await expect(decide(broken, actor, id, { decision: "review", reason: null })).rejects.toThrow(/refused/);
    expect(await statusOf(title)).toEqual(["submitted"]);
    expect(await mailsFor(title)).toBe(2);

    await decide(t.deps, actor, id, { decision: "review", reason: null });
    expect(await statusOf(title)).toEqual(["in-review"]);
    expect(await mailsFor(title)).toBe(3);
  });
});
