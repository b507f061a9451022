// Presence ("who is here") with real WebSocket clients, on the embedded database or PostgreSQL
// (DATABASE_URL): names deduplicated per person across tabs, arrivals and departures, only a count
// in an anonymous session, the page's "Chi è qui (N)", and members of a process that stopped
// refreshing them dropping out. The shared expiring set is also checked on Redis when REDIS_URL is set.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBoard, startBoardServer } from "../../../test/helpers/boards.ts";
import { signedIn } from "../../../test/helpers/factories.ts";
import { browserHeaders, connectLive, type LiveClient, type Message } from "../../../test/helpers/live.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { createLogger } from "../../platform/logger.ts";
import { type LiveHub, memoryHub, redisHub } from "../../platform/realtime/hub.ts";
import { PRESENCE, PRESENCE_NOTICE } from "./presence.ts";

let t: TestRuntime;
let s: Awaited<ReturnType<typeof startBoardServer>>;

beforeAll(async () => {
  // Short enough for a test to see a silent process's people expire.
  PRESENCE.refreshMs = 150;
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

async function open(accountId: string, board: Board) {
  const c = await connectLive(s.url, await browserHeaders(t, accountId));
  await c.next("hello");
  c.send({ type: "board.subscribe", session: board.session.id });
  await c.next("board.subscribed");
  return c;
}

/** The next presence whose names are `names` (earlier ones, sent while people arrived, are skipped). */
async function presenceWith(c: LiveClient, names: string[]): Promise<Presence> {
  for (;;) {
    const m = (await c.next("board.presence", 5000)) as Presence;
    if (JSON.stringify(m.people?.map((p) => p.name)) === JSON.stringify(names)) return m;
  }
}

const namesIn = (html: string) =>
  /<section id="board-presence"[\s\S]*?<\/section>/.exec(html)?.[0].replace(/&#39;/g, "'") ?? "";

describe("presence on /live", () => {
  it("shows who is here by name, one entry per person across tabs, and updates when they come and go", async () => {
    const board = await buildBoard(t);
    const [p1, p2] = board.people;
    const a = await open(p1!.account.id, board);
    const first = await presenceWith(a, ["Partecipante 1"]);
    expect(first).toEqual({
      type: "board.presence",
      stream: `board:${board.session.id}`,
      session: board.session.id,
      count: 1,
      people: [{ id: p1!.participant.id, name: "Partecipante 1" }],
    });
    expect(first).not.toHaveProperty("seq");

    const b = await open(p2!.account.id, board);
    await presenceWith(a, ["Partecipante 1", "Partecipante 2"]);
    expect((await presenceWith(b, ["Partecipante 1", "Partecipante 2"])).count).toBe(2);

    // A second tab of Partecipante 1: it gets the list; nobody else hears of a change.
    const a2 = await open(p1!.account.id, board);
    expect((await presenceWith(a2, ["Partecipante 1", "Partecipante 2"])).count).toBe(2);
    await b.silence(400);
    // Closing one of the two tabs is no departure; closing the other is.
    a.close();
    await b.silence(400);
    a2.close();
    expect((await presenceWith(b, ["Partecipante 2"])).count).toBe(1);

    // The page shows the same list to whoever loads it.
    const page = namesIn(
      await (await (await signedIn(t, p1!.account.id)).get(`/boards/${board.session.id}`)).text(),
    );
    expect(page).toContain("Chi è qui (1)");
    expect(page).toContain("<li>Partecipante 2</li>");
    expect(page).not.toContain("Partecipante 1");
    const en = namesIn(
      await (await (await signedIn(t, p1!.account.id)).get(`/boards/${board.session.id}?lang=en`)).text(),
    );
    expect(en).toContain("Who is here (1)");
    // The board view (for pointer users) carries the same region.
    const visual = namesIn(
      await (await (await signedIn(t, p1!.account.id)).get(`/boards/${board.session.id}?view=board`)).text(),
    );
    expect(visual).toContain("<li>Partecipante 2</li>");

    // Unsubscribing leaves too.
    b.send({ type: "board.unsubscribe", session: board.session.id });
    await b.next("board.unsubscribed");
    const c = await open(board.fac.account.id, board);
    await presenceWith(c, ["Fabiana Facilitatrice"]);
    for (const x of [b, c]) x.close();
  });

  it("gives only the number in an anonymous session, to everyone, on /live and on the page", async () => {
    const board = await buildBoard(t, { anonymous: true });
    const [p1, p2] = board.people;
    const a = await open(p1!.account.id, board);
    const f = await open(board.fac.account.id, board);
    const b = await open(p2!.account.id, board);
    for (const c of [a, f, b]) {
      let m = (await c.next("board.presence", 5000)) as Presence;
      while (m.count < 3) m = (await c.next("board.presence", 5000)) as Presence;
      expect(m).toEqual({
        type: "board.presence",
        stream: `board:${board.session.id}`,
        session: board.session.id,
        count: 3,
        people: null,
      });
    }
    const page = await (await signedIn(t, board.fac.account.id)).get(`/boards/${board.session.id}`);
    const region = namesIn(await page.text());
    expect(region).toContain("Chi è qui (3)");
    expect(region).toContain("si vede solo quante persone sono collegate");
    for (const p of [...board.people, board.fac]) {
      expect(region).not.toContain(p.participant.name);
      expect(region).not.toContain(p.participant.id);
    }
    for (const c of [a, f, b]) c.close();
  });

  it("drops people whose process stopped refreshing them (a crash), and tells the others", async () => {
    const board = await buildBoard(t);
    const [p1, p2] = board.people;
    const a = await open(p1!.account.id, board);
    await presenceWith(a, ["Partecipante 1"]);
    // Another process put Partecipante 2 in the set, then died: nothing re-adds the entry.
    await s.live.hub.setAdd(`board-presence:${board.session.id}`, [`deadbeef/${p2!.participant.id}`], 300);
    await s.live.hub.publish(`board:${board.session.id}`, { type: PRESENCE_NOTICE });
    await presenceWith(a, ["Partecipante 1", "Partecipante 2"]);
    await presenceWith(a, ["Partecipante 1"]);
    a.close();
  });
});

async function expiringSet(hub: LiveHub) {
  const key = `board-presence:test-${randomBytes(4).toString("hex")}`;
  await hub.setAdd(key, ["p1/a", "p1/b"], 60_000);
  await hub.setAdd(key, ["p2/a"], 150);
  expect((await hub.setMembers(key)).members.sort()).toEqual(["p1/a", "p1/b", "p2/a"]);
  await hub.setRemove(key, ["p1/b"]);
  await new Promise((r) => setTimeout(r, 250));
  expect(await hub.setMembers(key)).toEqual({ members: ["p1/a"], expired: 1 });
  expect(await hub.setMembers(key)).toEqual({ members: ["p1/a"], expired: 0 });
  await hub.setRemove(key, ["p1/a"]);
  expect(await hub.setMembers(key)).toEqual({ members: [], expired: 0 });
}

describe("the hub's expiring sets", () => {
  it("keep members until removed or expired, in one process", () => expiringSet(memoryHub()));

  it.runIf(Boolean(process.env.REDIS_URL))("do the same through Redis (REDIS_URL)", async () => {
    const hub = await redisHub(
      process.env.REDIS_URL!,
      createLogger("silent"),
      `bottega-test:${randomBytes(6).toString("hex")}:`,
    );
    try {
      await expiringSet(hub);
    } finally {
      await hub.close();
    }
  });
});
