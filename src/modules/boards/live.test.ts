// The board over /live with real WebSocket clients, on the embedded database or PostgreSQL
// (DATABASE_URL): commands, per-recipient filtering with gaps, refusals, catching up, snapshots.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorOf, buildBoard, startBoardServer } from "../../../test/helpers/boards.ts";
import { addToNetwork, buildAccount } from "../../../test/helpers/factories.ts";
import { browserHeaders, connectLive, type LiveClient, type Message } from "../../../test/helpers/live.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { DEFAULT_LIVE_LIMITS } from "../../platform/realtime/limits.ts";
import { FLOOD, runCommand } from "./command-runner.ts";
import { MAX_CATCH_UP } from "./live.ts";

let t: TestRuntime;
let s: Awaited<ReturnType<typeof startBoardServer>>;

beforeAll(async () => {
  t = await createTestRuntime();
  // The connection-wide message bucket (platform/realtime/limits.ts) is widened here so that what
  // these tests meet is the board's own per-person command limit; live-limits.test.ts tests the bucket.
  s = await startBoardServer(t, {
    limits: { ...DEFAULT_LIVE_LIMITS, messages: { burst: 1_000, perSecond: 1_000 }, queue: 1_000 },
  });
});

afterAll(async () => {
  await s?.close();
  await t?.close();
});

type Board = Awaited<ReturnType<typeof buildBoard>>;

/** A participant's connection; presence (presence.test.ts) is left out of these tests' message order. */
async function client(accountId: string) {
  const c = await connectLive(s.url, await browserHeaders(t, accountId), { ignore: ["board.presence"] });
  await c.next("hello");
  return c;
}

/** Subscribes and returns the `board.subscribed` answer (after a snapshot or the missed events). */
async function subscribe(c: LiveClient, board: Board, since?: number) {
  c.send({ type: "board.subscribe", session: board.session.id, ...(since === undefined ? {} : { since }) });
  const got: Message[] = [];
  for (;;) {
    const m = await c.next();
    got.push(m);
    if (m.type === "board.subscribed" || m.type === "error") return got;
  }
}

const columnOf = async (board: Board, i = 0) => {
  const r = await t.deps.pool.query("select id from board_columns where session_id = $1 order by position", [
    board.session.id,
  ]);
  return r.rows[i].id as string;
};

describe("board on /live", () => {
  it("sends a snapshot on subscribe, acknowledges a command, and delivers the event to everyone with the session's seq", async () => {
    const board = await buildBoard(t);
    const [p1, p2] = board.people;
    const c1 = await client(p1!.account.id);
    const c2 = await client(p2!.account.id);
    const cf = await client(board.fac.account.id);
    const first = await subscribe(c1, board);
    expect(first[0]).toMatchObject({ type: "board.snapshot", stream: `board:${board.session.id}` });
    const snap = first[0]!.board as { seq: number; columns: { title: string }[]; me: { role: string } };
    expect(snap.columns.map((x) => x.title)).toEqual(["Criticità", "Soluzioni", "Buone pratiche"]);
    expect(snap.me.role).toBe("participant");
    expect(first.at(-1)).toEqual({
      type: "board.subscribed",
      stream: `board:${board.session.id}`,
      session: board.session.id,
      seq: snap.seq,
    });
    await subscribe(c2, board);
    await subscribe(cf, board);

    const col = await columnOf(board);
    c1.send({
      type: "board.command",
      session: board.session.id,
      ref: "a1",
      command: { type: "note.add", columnId: col, text: "Poche risorse per la digitalizzazione" },
    });
    const mine = await c1.next("note.added");
    expect(mine).toMatchObject({
      note: {
        columnId: col,
        text: "Poche risorse per la digitalizzazione",
        author: { name: "Partecipante 1" },
      },
      mine: true,
      seq: snap.seq + 1,
    });
    expect(await c1.next("board.ack")).toEqual({
      type: "board.ack",
      session: board.session.id,
      seq: snap.seq + 1,
      ref: "a1",
    });
    for (const c of [c2, cf]) {
      const m = await c.next("note.added");
      expect(m.seq).toBe(snap.seq + 1);
      expect(m).not.toHaveProperty("mine");
    }
    for (const c of [c1, c2, cf]) c.close();
  });

  it("refuses out-of-phase, oversized and malformed commands to the sender only, in their language, changing nothing", async () => {
    const board = await buildBoard(t, { maxNoteLength: 20 });
    const [p1, p2] = board.people;
    const c1 = await client(p1!.account.id);
    const c2 = await client(p2!.account.id);
    await subscribe(c1, board);
    await subscribe(c2, board);
    const col = await columnOf(board);
    const send = (command: unknown, lang?: string) =>
      c1.send({
        type: "board.command",
        session: board.session.id,
        ref: 9,
        command,
        ...(lang ? { lang } : {}),
      });
    send({ type: "note.add", columnId: col, text: "x".repeat(21) });
    expect(await c1.next()).toEqual({
      type: "board.refused",
      session: board.session.id,
      reason: "too-long",
      message: "Il testo è troppo lungo.",
      ref: 9,
    });
    send({ type: "phase.set", phase: "vote" }, "en");
    expect(await c1.next()).toMatchObject({
      reason: "not-facilitator",
      message: "Only facilitators can do this.",
    });
    send({ type: "vote", groupId: col });
    expect(await c1.next()).toMatchObject({ reason: "wrong-phase" });
    send({ type: "note.add", columnId: "nope", text: "x" });
    expect(await c1.next()).toMatchObject({ reason: "malformed" });
    await c2.silence();
    const n = await t.deps.pool.query(
      "select count(*)::int as n from board_events where session_id = $1 and type <> 'participant.joined'",
      [board.session.id],
    );
    expect(n.rows[0].n).toBe(0);
    for (const c of [c1, c2]) c.close();
  });

  it("in private collect, delivers a note only to its author and the facilitators: others see a gap, then the reveal", async () => {
    const board = await buildBoard(t, { privateCollect: true });
    const [p1, p2] = board.people;
    const c1 = await client(p1!.account.id);
    const c2 = await client(p2!.account.id);
    const cf = await client(board.fac.account.id);
    for (const c of [c1, c2, cf]) await subscribe(c, board);
    const col = await columnOf(board);
    const a = await runCommand(t.deps, board.session.id, p1!.participant.id, {
      type: "note.add",
      columnId: col,
      text: "Segreta",
    });
    expect(a.ok).toBe(true);
    const seq = a.ok ? a.seq : 0;
    expect(await c1.next("note.added")).toMatchObject({ seq, mine: true });
    expect(await cf.next("note.added")).toMatchObject({ seq, note: { text: "Segreta" } });
    await c2.silence();
    await runCommand(t.deps, board.session.id, board.fac.participant.id, {
      type: "phase.set",
      phase: "group",
    });
    const reveal = await c2.next();
    expect(reveal).toMatchObject({ type: "phase.changed", phase: "group", from: "collect", seq: seq + 1 });
    expect((reveal.notes as { text: string }[]).map((x) => x.text)).toEqual(["Segreta"]);
    for (const c of [c1, c2, cf]) c.close();
  });

  it("never carries the author in an anonymous session", async () => {
    const board = await buildBoard(t, { anonymous: true });
    const [p1, p2] = board.people;
    const c2 = await client(p2!.account.id);
    const cf = await client(board.fac.account.id);
    for (const c of [c2, cf]) await subscribe(c, board);
    const col = await columnOf(board);
    await runCommand(t.deps, board.session.id, p1!.participant.id, {
      type: "note.add",
      columnId: col,
      text: "Anonima",
    });
    for (const c of [c2, cf]) {
      const m = await c.next("note.added");
      expect(JSON.stringify(m)).not.toContain("Partecipante 1");
      expect(JSON.stringify(m)).not.toContain(p1!.participant.id);
    }
    for (const c of [c2, cf]) c.close();
  });

  it("catches a reconnecting client up with the events it may see after its last seq, or a snapshot when too far behind", async () => {
    const board = await buildBoard(t, { hideVotes: true });
    const [p1, p2] = board.people;
    const col = await columnOf(board);
    const c1 = await client(p1!.account.id);
    const sub = await subscribe(c1, board);
    const last = Number(sub.at(-1)?.seq);
    c1.close();
    await c1.closed;
    // While p1 is away: a note, the vote phase, a hidden vote of p2 (not for p1), a vote of p1's own elsewhere.
    const fac = board.fac.participant.id;
    const added = await runCommand(t.deps, board.session.id, p2!.participant.id, {
      type: "note.add",
      columnId: col,
      text: "Mentre eri via",
    });
    await runCommand(t.deps, board.session.id, fac, { type: "phase.set", phase: "group" });
    await runCommand(t.deps, board.session.id, fac, { type: "phase.set", phase: "vote" });
    const group = (
      await t.deps.pool.query("select group_id from board_notes where session_id = $1", [board.session.id])
    ).rows[0].group_id as string;
    await runCommand(t.deps, board.session.id, p2!.participant.id, { type: "vote", groupId: group });
    await runCommand(t.deps, board.session.id, p1!.participant.id, { type: "vote", groupId: group });
    expect(added.ok).toBe(true);

    const again = await client(p1!.account.id);
    const got = await subscribe(again, board, last);
    expect(got.map((m) => [m.type, m.seq])).toEqual([
      ["note.added", last + 1],
      ["phase.changed", last + 2],
      ["phase.changed", last + 3],
      // last + 4 is p2's hidden vote: a gap
      ["vote.changed", last + 5],
      ["board.subscribed", last + 5],
    ]);
    expect(got[3]).toMatchObject({ groupId: group, mine: 1, left: 4 });
    again.close();

    // Far behind (more than MAX_CATCH_UP events): a fresh snapshot instead.
    for (let i = 0; i <= MAX_CATCH_UP; i++) {
      await runCommand(t.deps, board.session.id, fac, { type: "lock", locked: i % 2 === 0 });
    }
    const late = await client(p1!.account.id);
    const got2 = await subscribe(late, board, last);
    expect(got2.map((m) => m.type)).toEqual(["board.snapshot", "board.subscribed"]);
    const snap = got2[0]!.board as { seq: number; columns: { groups: { mine: number; total?: number }[] }[] };
    expect(snap.seq).toBe(last + 6 + MAX_CATCH_UP);
    expect(snap.columns[0]!.groups[0]).toMatchObject({ mine: 1 });
    expect(snap.columns[0]!.groups[0]).not.toHaveProperty("total");
    late.close();
  }, 60_000);

  it("rate limits a person who floods the session with commands (per person, the others unaffected)", async () => {
    const board = await buildBoard(t);
    const [p1, p2] = board.people;
    const c1 = await client(p1!.account.id);
    const c2 = await client(p2!.account.id);
    for (let i = 0; i < FLOOD.max; i++) {
      c1.send({ type: "board.command", session: board.session.id, command: { type: "nope" } });
      expect(await c1.next()).toMatchObject({ reason: "malformed" });
    }
    c1.send({ type: "board.command", session: board.session.id, command: { type: "nope" } });
    expect(await c1.next()).toMatchObject({ type: "board.refused", reason: "rate-limited" });
    c2.send({ type: "board.command", session: board.session.id, command: { type: "ready", ready: true } });
    expect(await c2.next("board.ack")).toMatchObject({ type: "board.ack" });
    for (const c of [c1, c2]) c.close();
  });

  it("refuses subscriptions of people who have not joined (403 not-joined) or may not see the session (404)", async () => {
    const board = await buildBoard(t, {}, 0);
    const member = await buildAccount(t);
    await addToNetwork(t, board.network.id, member.id, "member");
    const stranger = await buildAccount(t);
    const cm = await client(member.id);
    expect((await subscribe(cm, board)).at(-1)).toMatchObject({ type: "error", code: "not-joined" });
    const cs = await client(stranger.id);
    expect((await subscribe(cs, board)).at(-1)).toMatchObject({ type: "error", code: "not-found" });
    cs.send({ type: "board.command", session: board.session.id, command: { type: "end" } });
    expect(await cs.next()).toMatchObject({ type: "error", code: "not-found" });
    cs.send({ type: "board.subscribe", session: "not-a-uuid" });
    expect(await cs.next()).toMatchObject({ type: "error", code: "invalid-message" });
    for (const c of [cm, cs]) c.close();
    expect(await actorOf(t, member.id)).toBeTruthy();
  });

  it("delivers commands posted as forms (no JavaScript) to live subscribers too", async () => {
    const board = await buildBoard(t);
    const [p1, p2] = board.people;
    const c2 = await client(p2!.account.id);
    await subscribe(c2, board);
    const { signedIn } = await import("../../../test/helpers/factories.ts");
    const browser = await signedIn(t, p1!.account.id);
    const col = await columnOf(board);
    const res = await browser.submit(`/boards/${board.session.id}`, `/boards/${board.session.id}/commands`, {
      command: "note.add",
      columnId: col,
      text: "Dal modulo",
    });
    expect(res.status).toBe(303);
    expect(await c2.next("note.added")).toMatchObject({ note: { text: "Dal modulo" } });
    c2.close();
  });
});
