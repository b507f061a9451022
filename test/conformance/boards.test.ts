// Conformance: a client written only from docs/api-clients.md, docs/live-protocol.md and
// docs/board-protocol.md (client.ts; nothing here imports src/) against a real Bottega started as
// `npm start` starts it (server.ts), with demo data, on the embedded database or, with DATABASE_URL,
// on PostgreSQL (and Redis with REDIS_URL). It runs the worked example of api-clients.md as written
// (the tokens, curl and TypeScript blocks, taken from the document itself), then what a third party
// needs to rely on: catching up with `since`, the snapshot past 500 missed events, a private collect
// and an anonymous session as a participant sees them, guests by link with their tickets, `Origin`
// against BASE_URL's default, refusals as problem details, and the close codes 1009, 1008 and 1001.
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Answer, apiAs, Browser, type Json, type Live, ok, openLive, refusedUpgrade } from "./client.ts";
import { type Bottega, ROOT, startBottega } from "./server.ts";

const run = promisify(execFile);
const DOC = readFileSync(path.join(ROOT, "docs/api-clients.md"), "utf8");
const scratch = path.join(ROOT, ".tmp", `conformance-${process.pid}`);

/** A code block of api-clients.md, marked `<!-- example:name -->`, on this server's address. */
function example(name: string, base: string): string {
  const block = new RegExp(`<!-- example:${name} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\`\`\`\\n`).exec(DOC)?.[1];
  if (!block) throw new Error(`api-clients.md has no example:${name} block`);
  return block.replaceAll("http://localhost:3000", base);
}

let bottega: Bottega;
let FAC: string;
let ME: string;
let LUCA: string;
/** Luca Galli signed in on the site (for the Origin check). */
let luca: Browser;
let fac: ReturnType<typeof apiAs>;
let me: ReturnType<typeof apiAs>;
let lucaApi: ReturnType<typeof apiAs>;
const lives: Live[] = [];

/** `npx bottega` is this repository's own bin (npm's own start-up aside, it is the same command). */
const NPX_SHIM = `npx() { if [ "$1" = bottega ]; then shift; node "${ROOT}/bin/bottega.mjs" "$@"; else command npx "$@"; fi; }\n`;
// Vitest puts Vite's BASE_URL ("/") in process.env: the commands get the server's environment instead.
const shellEnv = () => ({
  ...process.env,
  BASE_URL: "",
  ...bottega.env,
  PATH: `${path.join(ROOT, "node_modules/.bin")}:${process.env.PATH}`,
});

beforeAll(async () => {
  mkdirSync(scratch, { recursive: true });
  bottega = await startBottega();
  const password = /all with the password: (\S+)/.exec(bottega.output())?.[1];
  expect(password, "the demo banner names the password").toBeDefined();
  // The documents' two ways to a token: the tokens block (the command line) for Davide and Sara, and
  // /account/tokens after signing in, for Luca.
  const tokens = run("bash", ["-c", `${NPX_SHIM}${example("tokens", bottega.base)}\necho "$FAC $ME"`], {
    cwd: ROOT,
    env: shellEnv(),
  });
  luca = new Browser(bottega.base);
  const signIn = await luca.post("/sign-in", {
    _csrf: await luca.csrf("/sign-in"),
    email: "luca.galli@heritagetech.example",
    password: password!,
  });
  expect(signIn.status).toBe(303);
  const made = await luca.post("/account/tokens", {
    _csrf: await luca.csrf("/account/tokens"),
    name: "conformance",
    days: "30",
  });
  expect(made.status).toBe(201);
  LUCA = /bt_[\w-]+/.exec(await made.text())![0];
  const printed = await tokens;
  [FAC, ME] = printed.stdout.trim().split(" ") as [string, string];
  expect(FAC, printed.stderr).toMatch(/^bt_/);
  expect(ME, printed.stderr).toMatch(/^bt_/);
  fac = apiAs(bottega.base, FAC);
  me = apiAs(bottega.base, ME);
  lucaApi = apiAs(bottega.base, LUCA);
}, 180_000);

afterAll(async () => {
  for (const l of lives) l.close();
  await bottega?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

/** A ticket's URL for the holder of this token, and the open connection after its `hello`. */
async function connect(api: ReturnType<typeof apiAs>): Promise<Live> {
  const ticket = await ok(api("POST", "/live/tickets"));
  expect(ticket.url).toBe(`ws://localhost:${bottega.port}/live?ticket=${ticket.ticket}`);
  const live = await openLive(ticket.url);
  lives.push(live);
  await live.next((m) => m.type === "hello");
  return live;
}

/** Subscribes; every message up to and including `board.subscribed` (or an `error`). */
async function subscribe(live: Live, session: string, extra: Json = {}) {
  const ref = extra.ref ?? `s-${Math.random()}`;
  const from = live.seen.length;
  live.send({ type: "board.subscribe", session, ref, ...extra });
  const end = await live.next((m) => m.ref === ref && (m.type === "board.subscribed" || m.type === "error"));
  return live.seen.slice(from, live.seen.indexOf(end) + 1).filter((m) => m.type !== "board.presence");
}

/** Creates a session in ancilab as Davide, with `settings`; answers it. */
const session = (settings: Json = {}, title = "Tavolo di conformità") =>
  ok(fac("POST", "/boards", { network: "ancilab", title, template: "issues-solutions-practices", settings }));

/** A guest who joined by the session's link with `name`: their browser and their /live ticket. */
async function guest(s: Json, name: string) {
  const g = new Browser(bottega.base);
  const joined = await g.post(`/boards/join/${s.join.code}`, {
    _csrf: await g.csrf(`/boards/join/${s.join.code}`),
    name,
  });
  expect(joined.status).toBe(303);
  const res = await g.post(`/boards/${s.id}/live-ticket`, { _csrf: await g.csrf(`/boards/${s.id}`) });
  expect(res.status).toBe(200);
  const ticket = (await res.json()) as Json;
  // Answered like an account's ticket.
  expect(ticket).toEqual({
    ticket: expect.stringMatching(/^gt_/),
    expiresAt: expect.any(String),
    url: expect.any(String),
  });
  expect(ticket.url).toBe(`ws://localhost:${bottega.port}/live?ticket=${ticket.ticket}`);
  const live = await openLive(ticket.url);
  lives.push(live);
  const hello = await live.next((m) => m.type === "hello");
  expect(hello).toMatchObject({ actor: null, guest: { name, scope: `board:${s.id}` } });
  return live;
}

/** Sends `command` on /live and waits for its answer (by ref). */
async function command(live: Live, sessionId: string, cmd: Json): Promise<Json> {
  const ref = `c-${Math.random()}`;
  live.send({ type: "board.command", session: sessionId, ref, command: cmd });
  return live.next((m) => m.ref === ref);
}

/** `n` changes of "ready" through the API (each one event), as fast as the rules allow. */
async function toggles(api: ReturnType<typeof apiAs>, id: string, n: number) {
  for (let i = 0; i < n; i++)
    await ok(api("POST", `/boards/${id}/commands`, { type: "ready", ready: i % 2 === 0 }));
}

describe("a client written from the documents", () => {
  it("runs the worked example with curl as written", async () => {
    const { stdout } = await run("bash", ["-c", example("curl", bottega.base)], {
      cwd: scratch,
      env: { ...shellEnv(), BASE: bottega.base, FAC, ME },
    });
    expect(stdout).toMatch(/^session [0-9a-f-]{36}: collect, join code \S+$/m);
    expect(stdout).toContain("joined as participant\n");
    expect(stdout).toContain("note stored at seq 2 (n1)\n");
    expect(stdout).toContain("now closed\n");
    expect(stdout).toContain("Poche competenze digitali\n");
    expect(stdout).toContain("Servizi non accessibili\n");
    expect(stdout).toContain(`live: ws://localhost:${bottega.port}/live?ticket=…`);
  });

  it("runs the worked example in TypeScript with ws as written", async () => {
    const file = path.join(scratch, "worked-example.ts");
    writeFileSync(file, example("ws", bottega.base));
    const { stdout } = await run(process.execPath, [file], {
      cwd: scratch,
      env: { ...shellEnv(), BASE: bottega.base, FAC, ME },
    });
    expect(stdout).toMatch(/^subscribed at seq 1, as participant$/m);
    expect(stdout).toMatch(/^note [0-9a-f-]{36} at seq 2 \(note-1\)$/m);
    expect(stdout).toMatch(/^note [0-9a-f-]{36} at seq 3 \(note-2\)$/m);
    expect(stdout).toContain("phase closed at seq 4\n");
    expect(stdout).toContain("- Riunioni più brevi\n");
  });

  it("gets refusals as problem details: bad template and settings, a passed phase, a closed session", async () => {
    const problem = async (a: Promise<Answer>, status: number, code: string) => {
      const r = await a;
      expect([r.status, r.body.code], JSON.stringify(r.body)).toEqual([status, code]);
      expect(r.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      return r.body;
    };
    const bad = await problem(
      fac("POST", "/boards", { network: "ancilab", title: "X", template: "nope" }),
      422,
      "validation-failed",
    );
    expect(bad.errors[0].field).toBe("template");
    const range = { network: "ancilab", title: "X", template: "swot", settings: { voteBudget: 0 } };
    expect((await problem(fac("POST", "/boards", range), 422, "validation-failed")).errors[0].field).toBe(
      "settings.voteBudget",
    );
    const s = await session();
    await ok(me("POST", `/boards/${s.id}/participants`));
    await ok(fac("POST", `/boards/${s.id}/commands`, { type: "phase.set", phase: "group" }));
    await problem(
      me("POST", `/boards/${s.id}/commands`, { type: "note.add", columnId: s.columns[0].id, text: "Tardi" }),
      409,
      "wrong-phase",
    );
    await ok(fac("POST", `/boards/${s.id}/close`));
    await problem(lucaApi("POST", `/boards/${s.id}/participants`), 409, "join-refused");
    await problem(me("POST", `/boards/${s.id}/commands`, { type: "ready", ready: true }), 409, "closed");
  });

  it("catches up with `since`: exactly the missed events, in order, then board.subscribed", async () => {
    const s = await session();
    for (const api of [me, lucaApi]) await ok(api("POST", `/boards/${s.id}/participants`));
    const first = await connect(me);
    const answer = await subscribe(first, s.id);
    expect(answer.map((m) => m.type)).toEqual(["board.snapshot", "board.subscribed"]);
    const since = answer[0]!.seq as number;
    first.close();
    const missed: number[] = [];
    for (const text of ["Uno", "Due", "Tre"]) {
      const done = await ok(
        lucaApi("POST", `/boards/${s.id}/commands`, { type: "note.add", columnId: s.columns[1].id, text }),
      );
      missed.push(done.seq);
    }
    missed.push(
      (await ok(fac("POST", `/boards/${s.id}/commands`, { type: "timer.start", seconds: 60 }))).seq,
    );
    const again = await connect(me);
    const back = await subscribe(again, s.id, { since });
    expect(back.map((m) => m.seq)).toEqual([...missed, missed.at(-1)]);
    expect(back.map((m) => m.type)).toEqual([
      "note.added",
      "note.added",
      "note.added",
      "timer.changed",
      "board.subscribed",
    ]);
    expect(back.slice(0, 3).map((m) => m.note.text)).toEqual(["Uno", "Due", "Tre"]);
    again.close();
  });

  it("gets a snapshot, with its ref, after more than 500 missed events (guests joining by link among them)", async () => {
    const s = await session({ guestsAllowed: true }, "Tavolo affollato");
    for (const api of [me, lucaApi]) await ok(api("POST", `/boards/${s.id}/participants`));
    const live = await connect(me);
    const since = (await subscribe(live, s.id))[0]!.seq as number;
    live.close();
    // Every person may send 40 commands in 10 s: ten guests and three people make > 500 events.
    const guests = await Promise.all(Array.from({ length: 10 }, (_, i) => guest(s, `Ospite ${i + 1}`)));
    await Promise.all([
      ...guests.map(async (g) => {
        for (let i = 0; i < 40; i++)
          expect(await command(g, s.id, { type: "ready", ready: i % 2 === 0 })).toMatchObject({
            type: "board.ack",
          });
        g.close();
      }),
      toggles(fac, s.id, 40),
      toggles(me, s.id, 40),
      toggles(lucaApi, s.id, 40),
    ]);
    const now = (await ok(me("GET", `/boards/${s.id}`))).seq as number;
    expect(now - since).toBeGreaterThan(500);
    const back = await connect(me);
    const answer = await subscribe(back, s.id, { since, ref: "after-500" });
    expect(answer.map((m) => [m.type, m.seq, m.ref])).toEqual([
      ["board.snapshot", now, "after-500"],
      ["board.subscribed", now, "after-500"],
    ]);
    expect(answer[0]!.board.participantCount).toBe(13);
    back.close();
  }, 120_000);

  it("sees a private collect and an anonymous session as a participant: others' notes hidden, no authors", async () => {
    const s = await session({ privateCollect: true, anonymous: true }, "Tavolo riservato");
    const conns: Record<string, Live> = {};
    for (const [name, api] of [
      ["me", me],
      ["luca", lucaApi],
      ["fac", fac],
    ] as const) {
      if (name !== "fac") await ok(api("POST", `/boards/${s.id}/participants`));
      conns[name] = await connect(api);
      const snap = (await subscribe(conns[name]!, s.id))[0]!;
      expect(snap.board.participants).toBeNull(); // anonymous: only the count
    }
    const joined = await ok(lucaApi("GET", `/boards/${s.id}`));
    expect(joined.counts.participants).toBe(3);
    const column = s.columns[0].id;
    const added = await command(conns.luca!, s.id, {
      type: "note.add",
      columnId: column,
      text: "Solo per me",
      clientId: "p-1",
    });
    expect(added).toMatchObject({ type: "board.ack", clientId: "p-1" });
    const mine = conns.luca!.seen.find((m) => m.type === "note.added")!;
    expect(mine).toMatchObject({ mine: true, clientId: "p-1", note: { text: "Solo per me" } });
    expect(mine.note).not.toHaveProperty("author");
    const staffSees = await conns.fac!.next((m) => m.type === "note.added");
    expect(staffSees.note).not.toHaveProperty("author");
    expect(staffSees).not.toHaveProperty("clientId");
    await conns.me!.quiet(300, (m) => m.type === "note.added");
    expect((await ok(me("GET", `/boards/${s.id}`))).counts).toMatchObject({ notes: 0, hiddenNotes: 1 });
    // The collect ends: the note reaches everyone with the phase change, still without its author.
    await ok(fac("POST", `/boards/${s.id}/commands`, { type: "phase.set", phase: "group" }));
    const reveal = await conns.me!.next((m) => m.type === "phase.changed");
    expect(reveal.seq).toBeGreaterThan(mine.seq); // a gap where the private note was
    expect(reveal.notes).toEqual([expect.objectContaining({ text: "Solo per me" })]);
    expect(reveal.notes[0]).not.toHaveProperty("author");
    await ok(fac("POST", `/boards/${s.id}/close`));
    const summary = await ok(me("GET", `/boards/${s.id}/summary`));
    expect(summary.anonymous).toBe(true);
    expect(JSON.stringify(summary)).not.toMatch(/Luca|Galli|author/);
    for (const c of Object.values(conns)) c.close();
  });

  it("checks a browser's Origin against BASE_URL (default http://localhost:$PORT), never a ticket's", async () => {
    const cookie = luca.cookieHeader;
    const wrong = await refusedUpgrade(`ws://localhost:${bottega.port}/live`, {
      cookie,
      origin: `http://127.0.0.1:${bottega.port}`,
    });
    expect([wrong.status, wrong.body.code]).toEqual([403, "bad-origin"]);
    const right = await openLive(`ws://localhost:${bottega.port}/live`, { cookie, origin: bottega.base });
    lives.push(right);
    expect(await right.next((m) => m.type === "hello")).toMatchObject({ actor: { name: "Luca Galli" } });
    right.close();
    const none = await refusedUpgrade(`ws://localhost:${bottega.port}/live`);
    expect([none.status, none.body.code]).toEqual([401, "unauthorized"]);
    const ticket = await ok(lucaApi("POST", "/live/tickets"));
    lives.push(await openLive(ticket.url, { origin: "https://elsewhere.example" }));
    const reused = await refusedUpgrade(ticket.url);
    expect([reused.status, reused.body.code]).toEqual([401, "invalid-ticket"]);
  });

  it("is closed with 1009 for a message over 64 KB and 1008 for flooding past the rate", async () => {
    const s = await session({ guestsAllowed: true }, "Tavolo dei limiti");
    const big = await guest(s, "Ospite grande");
    big.send(JSON.stringify({ type: "ping", pad: "x".repeat(65 * 1024) }));
    expect((await big.closed).code).toBe(1009);
    const flood = await guest(s, "Ospite frettoloso");
    for (let i = 0; i < 400; i++) flood.send({ type: "ping", ref: i });
    expect((await flood.closed).code).toBe(1008);
    expect(flood.seen.some((m) => m.type === "error" && m.code === "rate-limited")).toBe(true);
  });

  it("is closed with 1001 when the server stops", async () => {
    const live = await connect(me);
    await bottega.stop();
    expect((await live.closed).code).toBe(1001);
  });
});
