// The session events (board-experience issue, "Domain events"): opening, closing and reopening a
// session each emit their event once, in the transaction that makes the change — a delivery per
// handler on the `platform.event` queue — with ids and the session's visibility, never its title,
// a note or a name; a command that is refused emits nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorOf, buildBoard, DEFAULT_SESSION } from "../../../test/helpers/boards.ts";
import { addToNetwork, buildAccount, buildNetwork } from "../../../test/helpers/factories.ts";
import { buildLab, buildMeeting } from "../../../test/helpers/labs.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { type EventName, onEvent } from "../../platform/events.ts";
import { createSession } from "./boards.service.ts";
import { runCommand } from "./command-runner.ts";

const EVENTS = [
  "boards.session.opened",
  "boards.session.closed",
  "boards.session.reopened",
] as const satisfies EventName[];
const handlerOf = (e: string) => `test.board-events.${e.split(".").slice(1).join("-")}`;
for (const e of EVENTS) onEvent(handlerOf(e), e, async () => undefined);

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

/** The test handlers' deliveries for a session, oldest first. */
async function eventsOf(sessionId: string) {
  const { rows } = await t.deps.pool.query(
    "select data from pgboss.job where name = 'platform.event' and data->>'sessionId' = $1 and data->>'handler' like 'test.board-events.%' order by created_on, data->>'occurredAt'",
    [sessionId],
  );
  return rows.map((r) => r.data as Record<string, unknown>);
}

describe("session events", () => {
  it("opened with its lab and meeting, with ids and visibility only", async () => {
    const net = await buildNetwork(t);
    const fac = await buildAccount(t, { name: "Ornella Organizzatrice" });
    await addToNetwork(t, net.id, fac.id, "coordinator");
    const lab = await buildLab(t, net.id);
    const meeting = await buildMeeting(t, lab);
    const s = await createSession(
      t.deps,
      await actorOf(t, fac.id),
      net,
      { ...DEFAULT_SESSION, title: "Tavolo segreto", meeting: meeting.id },
      "it",
    );
    const [opened, ...rest] = await eventsOf(s.id);
    expect(rest).toEqual([]);
    const { id, occurredAt, ...payload } = opened!;
    expect(id).toEqual(expect.any(String));
    expect(occurredAt).toEqual(expect.any(String));
    expect(payload).toEqual({
      name: "boards.session.opened",
      handler: handlerOf("boards.session.opened"),
      v: 1,
      sessionId: s.id,
      networkId: net.id,
      labId: lab.id,
      meetingId: meeting.id,
      visibility: "network",
    });
    expect(JSON.stringify(opened)).not.toMatch(/Tavolo segreto|Ornella/);
  });

  it("closed once when its facilitator ends it; a refused command emits nothing", async () => {
    const b = await buildBoard(t);
    const id = b.session.id;
    // A participant may not end the session: refused, nothing emitted.
    expect(await runCommand(t.deps, id, b.people[0]!.participant.id, { type: "end" })).toEqual({
      ok: false,
      reason: "not-facilitator",
    });
    expect((await eventsOf(id)).map((e) => e.name)).toEqual(["boards.session.opened"]);
    expect((await runCommand(t.deps, id, b.fac.participant.id, { type: "end" })).ok).toBe(true);
    // Ending it again is refused (it is closed): still one "closed".
    expect((await runCommand(t.deps, id, b.fac.participant.id, { type: "end" })).ok).toBe(false);
    const events = await eventsOf(id);
    expect(events.map((e) => e.name)).toEqual(["boards.session.opened", "boards.session.closed"]);
    expect(events[1]).toMatchObject({
      sessionId: id,
      networkId: b.network.id,
      labId: null,
      visibility: "network",
    });
  });
});
