// How /live answers a board client's requests (docs/board-protocol.md "Answers"): the snapshot that
// answers a subscription carries its `ref`; a command's `clientId` comes back on its events (to its
// sender's connections only, live and when catching up) and on its ack or refusal; and `board.ack`
// always follows the sender's own events on that connection — also when the hub delivers them late
// (as Redis may) or not at all (then they are read from the database).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBoard, startBoardServer } from "../../../test/helpers/boards.ts";
import { browserHeaders, connectLive, type LiveClient, type Message } from "../../../test/helpers/live.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { type LiveHub, memoryHub } from "../../platform/realtime/hub.ts";
import { DEFAULT_LIVE_LIMITS } from "../../platform/realtime/limits.ts";
import { FANOUT } from "./command-runner.ts";

let t: TestRuntime;
let s: Awaited<ReturnType<typeof startBoardServer>>;
/** What the hub does with a board event: deliver it now, 150 ms late, or lose it. */
let mode: "now" | "late" | "lost" = "now";

/** The memory hub, with board events delayed or dropped as `mode` says (presence passes). */
function unreliable(inner: LiveHub): LiveHub {
  return {
    ...inner,
    async publish(stream, event) {
      if (event.type !== FANOUT || mode === "now") return inner.publish(stream, event);
      if (mode === "late") setTimeout(() => void inner.publish(stream, event), 150);
      return 0;
    },
  };
}

beforeAll(async () => {
  t = await createTestRuntime();
  s = await startBoardServer(t, {
    hub: unreliable(memoryHub()),
    limits: { ...DEFAULT_LIVE_LIMITS, messages: { burst: 1_000, perSecond: 1_000 }, queue: 1_000 },
  });
});
afterAll(async () => {
  mode = "now";
  await s?.close();
  await t?.close();
});

type Board = Awaited<ReturnType<typeof buildBoard>>;

async function client(accountId: string) {
  const c = await connectLive(s.url, await browserHeaders(t, accountId), { ignore: ["board.presence"] });
  await c.next("hello");
  return c;
}

/** Every message up to and including `board.subscribed`. */
async function subscribe(c: LiveClient, board: Board, extra: Record<string, unknown> = {}) {
  c.send({ type: "board.subscribe", session: board.session.id, ...extra });
  const got: Message[] = [];
  for (let m = await c.next(); ; m = await c.next()) {
    got.push(m);
    if (m.type === "board.subscribed" || m.type === "error") return got;
  }
}

const firstColumn = async (board: Board) =>
  (
    await t.deps.pool.query("select id from board_columns where session_id = $1 order by position limit 1", [
      board.session.id,
    ])
  ).rows[0].id as string;

describe("answers on /live", () => {
  it("puts the request's ref on the snapshot that answers a subscription, as on board.subscribed", async () => {
    const board = await buildBoard(t);
    const c = await client(board.people[0]!.account.id);
    const got = await subscribe(c, board, { ref: "sub-1" });
    expect(got.map((m) => [m.type, m.ref])).toEqual([
      ["board.snapshot", "sub-1"],
      ["board.subscribed", "sub-1"],
    ]);
    c.send({ type: "board.unsubscribe", session: board.session.id, ref: 2 });
    expect(await c.next()).toEqual({ type: "board.unsubscribed", session: board.session.id, ref: 2 });
    // Too far ahead (`since` past the session's seq): a snapshot, answering with the ref too.
    const ahead = await subscribe(c, board, { since: 10_000, ref: "sub-2" });
    expect(ahead[0]).toMatchObject({ type: "board.snapshot", ref: "sub-2" });
    c.close();
  });

  it("gives a command's clientId back to its sender, on every connection of theirs, and to no one else", async () => {
    const board = await buildBoard(t, { anonymous: true });
    const [p1, p2] = board.people;
    const tab1 = await client(p1!.account.id);
    const tab2 = await client(p1!.account.id);
    const other = await client(p2!.account.id);
    for (const c of [tab1, tab2, other]) await subscribe(c, board);
    const col = await firstColumn(board);
    const command = { type: "note.add", columnId: col, text: "Senza firma", clientId: "c-17" };
    tab1.send({ type: "board.command", session: board.session.id, ref: 9, command });
    const event = await tab1.next();
    expect(event).toMatchObject({ type: "note.added", mine: true, clientId: "c-17" });
    expect(await tab1.next()).toEqual({
      type: "board.ack",
      session: board.session.id,
      seq: event.seq as number,
      clientId: "c-17",
      ref: 9,
    });
    expect(await tab2.next("note.added")).toMatchObject({ clientId: "c-17", seq: event.seq });
    const seen = await other.next("note.added");
    expect(seen).not.toHaveProperty("clientId");
    expect(seen).not.toHaveProperty("mine");

    // Catching up after a reconnection, the sender finds it again; the others still do not.
    const back = await client(p1!.account.id);
    const missed = await subscribe(back, board, { since: (event.seq as number) - 1 });
    expect(missed[0]).toMatchObject({ type: "note.added", seq: event.seq, clientId: "c-17" });
    const otherBack = await client(p2!.account.id);
    expect((await subscribe(otherBack, board, { since: (event.seq as number) - 1 }))[0]).not.toHaveProperty(
      "clientId",
    );

    // A refusal carries it as well; a malformed clientId makes the command malformed.
    tab1.send({
      type: "board.command",
      session: board.session.id,
      command: { ...command, text: " ", clientId: "c-18" },
    });
    expect(await tab1.next()).toMatchObject({ type: "board.refused", reason: "empty", clientId: "c-18" });
    tab1.send({
      type: "board.command",
      session: board.session.id,
      command: { ...command, clientId: "no spaces" },
    });
    const bad = await tab1.next();
    expect(bad).toMatchObject({ type: "board.refused", reason: "malformed" });
    expect(bad).not.toHaveProperty("clientId");
    for (const c of [tab1, tab2, other, back, otherBack]) c.close();
  });

  for (const how of ["late", "lost"] as const) {
    it(`acknowledges only after the sender's own event, when the hub delivers it ${how}`, async () => {
      const board = await buildBoard(t);
      const c = await client(board.people[0]!.account.id);
      await subscribe(c, board);
      const col = await firstColumn(board);
      mode = how;
      try {
        for (const [i, text] of ["Prima", "Seconda"].entries()) {
          c.send({
            type: "board.command",
            session: board.session.id,
            ref: i,
            command: { type: "note.add", columnId: col, text },
          });
          const first = await c.next();
          expect(first).toMatchObject({ type: "note.added", note: { text } });
          expect(await c.next()).toMatchObject({ type: "board.ack", seq: first.seq, ref: i });
        }
        // What the hub delivers late afterwards is not sent twice.
        await c.silence(300);
      } finally {
        mode = "now";
      }
      c.close();
    });
  }
});
