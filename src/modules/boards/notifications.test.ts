// Boards' notification kind on a real database: a session opened in a lab is in the list of the
// lab's members, not of the person who opened it, nor of people outside the lab.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorOf, DEFAULT_SESSION } from "../../../test/helpers/boards.ts";
import { addToNetwork, buildAccount, buildNetwork } from "../../../test/helpers/factories.ts";
import { jobsSettled } from "../../../test/helpers/jobs.ts";
import { buildLab, buildMeeting } from "../../../test/helpers/labs.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { addMember } from "../labs/index.ts";
import { createSession } from "./boards.service.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

const noticesOf = async (accountId: string) =>
  (
    await t.deps.pool.query(
      "select kind, text_params, href, scope_kind from notifications where account_id = $1",
      [accountId],
    )
  ).rows;

describe("a session opened in a lab", () => {
  it("is in the lab members' notifications, not the opener's nor others'", async () => {
    const net = await buildNetwork(t);
    const [fac, member, outsider] = await Promise.all([buildAccount(t), buildAccount(t), buildAccount(t)]);
    await addToNetwork(t, net.id, fac.id, "coordinator");
    for (const a of [member, outsider]) await addToNetwork(t, net.id, a.id, "member");
    const lab = await buildLab(t, net.id, { title: "Lab II" });
    for (const a of [fac, member]) await addMember(t.deps, lab.id, a.id, "member");
    const meeting = await buildMeeting(t, lab);
    const s = await createSession(
      t.deps,
      await actorOf(t, fac.id),
      net,
      { ...DEFAULT_SESSION, title: "Obiettivi comuni", meeting: meeting.id },
      "it",
    );
    await jobsSettled(t);
    expect(await noticesOf(member.id)).toEqual([
      {
        kind: "boards.session-opened",
        text_params: { title: "Obiettivi comuni", lab: "Lab II" },
        href: `/boards/${s.id}`,
        scope_kind: "lab",
      },
    ]);
    expect(await noticesOf(fac.id)).toEqual([]);
    expect(await noticesOf(outsider.id)).toEqual([]);
  });
});
