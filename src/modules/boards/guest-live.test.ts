// Guests on the live board with real WebSocket clients, on the embedded database or PostgreSQL
// (DATABASE_URL): a guest who joined by link with a name gets a one-use ticket for that session
// only, takes part over /live like a participant (commands, the private collect and anonymity
// filtered by the server), appears in presence by name (or only in the count when anonymous), and
// is refused on any other session.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBoard, startBoardServer } from "../../../test/helpers/boards.ts";
import { Client } from "../../../test/helpers/client.ts";
import { signedIn } from "../../../test/helpers/factories.ts";
import { browserHeaders, connectLive, type LiveClient, type Message } from "../../../test/helpers/live.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { runCommand } from "./command-runner.ts";
import { GUEST_TICKET_LIMIT } from "./guest-live.service.ts";
import { PRESENCE } from "./presence.ts";

let t: TestRuntime;
let s: Awaited<ReturnType<typeof startBoardServer>>;

beforeAll(async () => {
  PRESENCE.settleMs = 20;
  t = await createTestRuntime();
  s = await startBoardServer(t);
});

afterAll(async () => {
  await s?.close();
  await t?.close();
});

type Board = Awaited<ReturnType<typeof buildBoard>>;
type Presence = Message & { count: number; people: { id: string; name: string }[] | null };

/** A browser that joins the session by its link with a guest name (the no-JS form). */
async function guestOf(board: Board, name: string) {
  const g = new Client(t);
  const link = `/boards/join/${board.session.join_code}`;
  const res = await g.submit(link, link, { name });
  expect(res.status).toBe(303);
  return g;
}

/** Asks for a ticket as the board script (client/board) does (the page's CSRF token, the guest cookie). */
async function ticketFor(g: Client, sessionId: string, formPage = `/boards/${sessionId}`) {
  const csrf = await g.csrf(formPage);
  return g.post(`/boards/${sessionId}/live-ticket`, { _csrf: csrf });
}

async function openAsGuest(g: Client, board: Board) {
  const res = await ticketFor(g, board.session.id);
  expect(res.status).toBe(200);
  const { ticket, url } = (await res.json()) as { ticket: string; url: string };
  // Answered like an account's ticket: the /live URL on BASE_URL, ticket included.
  expect(url).toBe(`ws://localhost:3000/live?ticket=${ticket}`);
  const c = await connectLive(
    `${s.url}?ticket=${encodeURIComponent(ticket)}`,
    {},
    { ignore: ["board.presence"] },
  );
  return { c, ticket, hello: await c.next("hello") };
}

async function subscribe(c: LiveClient, sessionId: string) {
  c.send({ type: "board.subscribe", session: sessionId, ref: "s" });
  const got: Message[] = [];
  for (;;) {
    const m = await c.next();
    got.push(m);
    if (m.type === "board.subscribed" || m.type === "error") return got;
  }
}

async function member(accountId: string, ignore = ["board.presence"]) {
  const c = await connectLive(s.url, await browserHeaders(t, accountId), { ignore });
  await c.next("hello");
  return c;
}

const columnOf = async (board: Board) =>
  (
    await t.deps.pool.query("select id from board_columns where session_id = $1 order by position", [
      board.session.id,
    ])
  ).rows[0].id as string;

describe("guests on /live", () => {
  it("the page of a guest turns the live board on and says where to get a ticket", async () => {
    const board = await buildBoard(t, { guestsAllowed: true }, 0);
    const g = await guestOf(board, "Ospite Lucia");
    const html = await (await g.get(`/boards/${board.session.id}`)).text();
    expect(html).toContain('data-live="on"');
    expect(html).toContain(`data-ticket-url="/boards/${board.session.id}/live-ticket"`);
    // The board's script, bundled from client/board and named by its content hash, is served.
    const src = /src="(\/static\/client\/board\.[0-9a-f]{16}\.js)"/.exec(html)?.[1];
    expect(src).toBeDefined();
    const script = await g.get(src!);
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toContain("javascript");
    expect(await script.text()).toContain("board.subscribe");
  });

  it("connects with a one-use ticket, takes part as its guest place, and members see the guest's note", async () => {
    const board = await buildBoard(t, { guestsAllowed: true }, 1);
    const g = await guestOf(board, "Ospite Lucia");
    const { c, ticket, hello } = await openAsGuest(g, board);
    expect(hello).toMatchObject({ type: "hello", actor: null, guest: { name: "Ospite Lucia" } });
    const sub = await subscribe(c, board.session.id);
    const snap = sub[0]!.board as { me: { role: string; name: string } };
    expect(snap.me).toMatchObject({ role: "guest", name: "Ospite Lucia" });
    expect(sub.at(-1)).toMatchObject({ type: "board.subscribed", ref: "s" });

    const m = await member(board.people[0]!.account.id);
    await subscribe(m, board.session.id);
    c.send({
      type: "board.command",
      session: board.session.id,
      ref: "n1",
      command: { type: "note.add", columnId: await columnOf(board), text: "Nota da ospite, dal vivo" },
    });
    expect(await c.next("board.ack")).toMatchObject({ ref: "n1" });
    expect(await m.next("note.added")).toMatchObject({
      note: { text: "Nota da ospite, dal vivo", author: { name: "Ospite Lucia" } },
    });
    // The same ticket does not open a second connection.
    await expect(connectLive(`${s.url}?ticket=${encodeURIComponent(ticket)}`)).rejects.toThrow(/401/);
    // A forged one neither.
    await expect(
      connectLive(`${s.url}?ticket=${encodeURIComponent(`${ticket.slice(0, -4)}AAAA`)}`),
    ).rejects.toThrow(/401/);
    c.close();
    m.close();
  });

  it("is refused on any other session, even one that allows guests", async () => {
    const board = await buildBoard(t, { guestsAllowed: true }, 0);
    const other = await buildBoard(t, { guestsAllowed: true }, 0);
    const g = await guestOf(board, "Ospite Marco");
    // No ticket for a session the guest has not joined…
    const refused = await ticketFor(g, other.session.id, `/boards/${board.session.id}`);
    expect(refused.status).toBe(404);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    // …and this session's ticket does not reach the other one.
    const events = async () =>
      (
        await t.deps.pool.query("select count(*)::int as n from board_events where session_id = $1", [
          other.session.id,
        ])
      ).rows[0].n as number;
    const before = await events();
    const { c } = await openAsGuest(g, board);
    const sub = await subscribe(c, other.session.id);
    expect(sub).toEqual([{ type: "error", code: "not-found", message: expect.any(String), ref: "s" }]);
    c.send({
      type: "board.command",
      session: other.session.id,
      ref: "x",
      command: { type: "participant.ready" },
    });
    expect(await c.next("error")).toMatchObject({ code: "not-found", ref: "x" });
    expect(await events()).toBe(before);
    c.close();
  });

  it("does not see other participants' notes in private collect", async () => {
    const board = await buildBoard(t, { guestsAllowed: true, privateCollect: true }, 1);
    const col = await columnOf(board);
    const before = await runCommand(t.deps, board.session.id, board.people[0]!.participant.id, {
      type: "note.add",
      columnId: col,
      text: "Segreta di prima",
    });
    expect(before.ok).toBe(true);
    const g = await guestOf(board, "Ospite Anna");
    const { c } = await openAsGuest(g, board);
    const sub = await subscribe(c, board.session.id);
    expect(JSON.stringify(sub)).not.toContain("Segreta di prima");
    await runCommand(t.deps, board.session.id, board.people[0]!.participant.id, {
      type: "note.add",
      columnId: col,
      text: "Segreta di dopo",
    });
    await c.silence();
    c.close();
  });

  it("appears in presence by the guest's name, or only in the count when the session is anonymous", async () => {
    for (const anonymous of [false, true]) {
      const board = await buildBoard(t, { guestsAllowed: true, anonymous }, 1);
      const m = await member(board.people[0]!.account.id, []);
      await subscribe(m, board.session.id);
      const g = await guestOf(board, "Ospite Paolo");
      const { c } = await openAsGuest(g, board);
      await subscribe(c, board.session.id);
      let p = (await m.next("board.presence", 5000)) as Presence;
      while (p.count < 2) p = (await m.next("board.presence", 5000)) as Presence;
      if (anonymous) expect(p.people).toBeNull();
      else expect(p.people?.map((x) => x.name).sort()).toEqual(["Ospite Paolo", "Partecipante 1"]);
      c.close();
      m.close();
    }
  });

  it("gives tickets only to guests, and only so many", async () => {
    const board = await buildBoard(t, { guestsAllowed: true }, 1);
    // A member connects with their session cookie: no guest ticket.
    const client = await signedIn(t, board.people[0]!.account.id);
    expect((await ticketFor(client, board.session.id)).status).toBe(404);
    // A visitor who never joined.
    const stranger = new Client(t);
    expect(
      (await ticketFor(stranger, board.session.id, `/boards/join/${board.session.join_code}`)).status,
    ).toBe(404);
    const g = await guestOf(board, "Ospite Rita");
    const csrf = await g.csrf(`/boards/${board.session.id}`);
    const asks = [];
    for (let i = 0; i < GUEST_TICKET_LIMIT.max; i++)
      asks.push(g.post(`/boards/${board.session.id}/live-ticket`, { _csrf: csrf }));
    expect((await Promise.all(asks)).every((r) => r.status === 200)).toBe(true);
    const over = await g.post(`/boards/${board.session.id}/live-ticket`, { _csrf: csrf });
    expect(over.status).toBe(429);
    expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
