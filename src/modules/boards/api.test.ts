// Board sessions in /api/v1 with Bearer tokens: create (built-in and saved templates), list with
// filters, read, join (idempotent; by code from another network), commands through the rules,
// the summary, close and reopen — and every bad input answered with problem details, never a 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorOf } from "../../../test/helpers/boards.ts";
import { addToNetwork, apiTokenFor, buildAccount, buildNetwork } from "../../../test/helpers/factories.ts";
import { buildLab } from "../../../test/helpers/labs.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { createApiToken } from "../identity/index.ts";
import { accessSession } from "./boards.service.ts";
import { FLOOD } from "./command-runner.ts";
import { saveTemplate } from "./templates.service.ts";

let t: TestRuntime;
let net: { id: string; slug: string };
let other: { id: string; slug: string };
const tok: Record<string, string> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestRuntime();
  net = await buildNetwork(t, { name: "Rete delle API dei tavoli" });
  other = await buildNetwork(t, { name: "Altra rete delle API" });
  for (const [who, role, where] of [
    ["fac", "facilitator", net.id],
    ["member", "member", net.id],
    ["member2", "member", net.id],
    ["communicator", "communicator", net.id],
    ["outsider", "member", other.id],
  ] as const) {
    const a = await buildAccount(t, { name: `Persona ${who}` });
    await addToNetwork(t, where, a.id, role);
    tok[who] = await apiTokenFor(t, a.id);
    ids[who] = a.id;
  }
  tok.readOnly = (await createApiToken(t.deps, ids.member!, { name: "ro", readOnly: true })).token;
});
afterAll(() => t?.close());

// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field, each checked by expect()
type Json = Record<string, any>;
async function call(who: string | null, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = {};
  if (who) headers.authorization = `Bearer ${tok[who]}`;
  if (body !== undefined) headers["content-type"] = "application/json";
  const res = await t.app.request(`/api/v1${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : null) as Json };
}

const create = (o: Json = {}, who = "fac") =>
  call(who, "POST", "/boards", { network: net.slug, title: "Tavolo API", template: "swot", ...o });

describe("board sessions in /api/v1", () => {
  it("creates a session (201 + Location), shows facilitators its join link, lists and filters it", async () => {
    const lab = await buildLab(t, net.id, { visibility: "network" });
    const res = await create({ lab: lab.id, settings: { anonymous: true, maxNoteLength: 100 } });
    expect(res.status).toBe(201);
    const s = res.body;
    expect(res.headers.get("location")).toBe(`http://localhost:3000/api/v1/boards/${s.id}`);
    expect(s).toMatchObject({
      networkId: net.id,
      labId: lab.id,
      phase: "collect",
      template: "swot",
      stream: `board:${s.id}`,
      settings: {
        anonymous: true,
        maxNoteLength: 100,
        privateCollect: false,
        voteBudget: 5,
        timerMinutes: 5,
      },
      me: { role: "facilitator", name: "Persona fac" },
      counts: { participants: 1, notes: 0 },
    });
    expect(s.columns.map((c: Json) => c.title)).toEqual([
      "Punti di forza",
      "Debolezze",
      "Opportunità",
      "Minacce",
    ]);
    expect(s.join.url).toBe(`http://localhost:3000/boards/join/${s.join.code}`);

    const seen = await call("member", "GET", `/boards/${s.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ id: s.id, me: null, join: null });

    const list = await call("member", "GET", `/boards?network=${net.slug}&lab=${lab.slug}`);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 1, page: 1, limit: 20 });
    expect(list.body.items[0]).toMatchObject({ id: s.id, title: "Tavolo API", phase: "collect" });
    expect(list.body.items[0]).not.toHaveProperty("join");
    const closedOnly = await call("member", "GET", `/boards?network=${net.id}&phase=closed`);
    expect(closedOnly.body.items.map((i: Json) => i.id)).not.toContain(s.id);
  });

  it("joins idempotently, runs commands through the rules with the clientId back, and closes and reopens", async () => {
    const s = (await create({ title: "Tavolo dei comandi" })).body;
    const first = await call("member", "POST", `/boards/${s.id}/participants`);
    expect(first.status).toBe(201);
    expect(first.headers.get("location")).toBe(`http://localhost:3000/api/v1/boards/${s.id}`);
    expect(first.body).toMatchObject({ sessionId: s.id, role: "participant", name: "Persona member" });
    const again = await call("member", "POST", `/boards/${s.id}/participants`, {});
    expect(again.status).toBe(200);
    expect(again.body.participantId).toBe(first.body.participantId);
    // The body is optional, but a JSON content type with nothing after it is malformed JSON (400).
    const empty = await t.app.request(`/api/v1/boards/${s.id}/participants`, {
      method: "POST",
      headers: { authorization: `Bearer ${tok.member}`, "content-type": "application/json" },
    });
    expect(empty.status).toBe(400);
    expect(empty.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const asForm = await t.app.request(`/api/v1/boards/${s.id}/participants`, {
      method: "POST",
      headers: { authorization: `Bearer ${tok.member}`, "content-type": "application/x-www-form-urlencoded" },
      body: "code=x",
    });
    expect(asForm.status).toBe(400);
    expect(((await asForm.json()) as Json).code).toBe("unsupported-content-type");

    const col = s.columns[0].id;
    const added = await call("member", "POST", `/boards/${s.id}/commands`, {
      type: "note.add",
      columnId: col,
      text: "Mancano dati aperti",
      clientId: "nota-1",
    });
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({ seq: s.seq + 2, clientId: "nota-1" });
    expect(added.body.events).toEqual([
      expect.objectContaining({
        type: "note.added",
        mine: true,
        clientId: "nota-1",
        stream: `board:${s.id}`,
        seq: s.seq + 2,
        note: expect.objectContaining({ text: "Mancano dati aperti", columnId: col }),
      }),
    ]);
    // A phase that has passed, a malformed command, a participant closing: problem details.
    expect(
      (await call("fac", "POST", `/boards/${s.id}/commands`, { type: "phase.set", phase: "vote" })).status,
    ).toBe(200);
    const late = await call("member", "POST", `/boards/${s.id}/commands`, {
      type: "note.add",
      columnId: col,
      text: "x",
    });
    expect(late.status).toBe(409);
    expect(late.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(late.body).toMatchObject({ code: "wrong-phase", type: "/problems/wrong-phase", status: 409 });
    expect(late.body.detail).toMatch(/phase/i);
    const malformed = await call("member", "POST", `/boards/${s.id}/commands`, {
      type: "vote",
      groupId: "nope",
    });
    expect(malformed.status).toBe(422);
    expect(malformed.body).toMatchObject({ code: "malformed", errors: [{ field: "groupId" }] });
    const badId = await call("member", "POST", `/boards/${s.id}/commands`, {
      type: "ready",
      ready: true,
      clientId: "a b",
    });
    expect(badId.status).toBe(422);
    expect(badId.body.errors).toEqual([expect.objectContaining({ field: "clientId" })]);
    const notFac = await call("member", "POST", `/boards/${s.id}/close`);
    expect(notFac.status).toBe(403);
    expect(notFac.body.code).toBe("not-facilitator");
    const notJoined = await call("member2", "POST", `/boards/${s.id}/commands`, {
      type: "ready",
      ready: true,
    });
    expect(notJoined.status).toBe(403);
    expect(notJoined.body.code).toBe("not-joined");
    expect(
      (await call("readOnly", "POST", `/boards/${s.id}/commands`, { type: "ready", ready: true })).status,
    ).toBe(403);

    expect((await call("fac", "POST", `/boards/${s.id}/reopen`)).body.code).toBe("not-closed");
    const closed = await call("fac", "POST", `/boards/${s.id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.phase).toBe("closed");
    expect(closed.body.closedAt).not.toBeNull();
    const twice = await call("fac", "POST", `/boards/${s.id}/close`);
    expect([twice.status, twice.body.code]).toEqual([409, "closed"]);
    const cmd = await call("member", "POST", `/boards/${s.id}/commands`, { type: "ready", ready: true });
    expect([cmd.status, cmd.body.code]).toEqual([409, "closed"]);
    const joinClosed = await call("member2", "POST", `/boards/${s.id}/participants`);
    expect([joinClosed.status, joinClosed.body.code]).toEqual([409, "join-refused"]);
    expect(joinClosed.body.detail).toMatch(/closed/i);
    // Already in it: joining again is still the same place, closed or not.
    expect((await call("member", "POST", `/boards/${s.id}/participants`)).status).toBe(200);
    const reopened = await call("fac", "POST", `/boards/${s.id}/reopen`);
    expect([reopened.status, reopened.body.phase]).toEqual([200, "discuss"]);
    // Reopening is for facilitators: anyone else is told nothing is there.
    expect((await call("member", "POST", `/boards/${s.id}/reopen`)).status).toBe(404);
  });

  it("lets in someone of another network only with the join code; without it the session is not there", async () => {
    const s = (await create({ title: "Tavolo aperto col codice" })).body;
    expect((await call("outsider", "GET", `/boards/${s.id}`)).status).toBe(404);
    expect((await call("outsider", "POST", `/boards/${s.id}/participants`)).status).toBe(404);
    expect(
      (await call("outsider", "POST", `/boards/${s.id}/participants`, { code: "sbagliato" })).status,
    ).toBe(404);
    expect((await call("outsider", "GET", `/boards?network=${net.slug}`)).status).toBe(404);
    const joined = await call("outsider", "POST", `/boards/${s.id}/participants`, { code: s.join.code });
    expect(joined.status).toBe(201);
    expect((await call("outsider", "GET", `/boards/${s.id}`)).body.me.participantId).toBe(
      joined.body.participantId,
    );
    // A code of another session does not open this one.
    const otherSession = (await create({ title: "Altro tavolo" })).body;
    expect(
      (await call("outsider", "POST", `/boards/${otherSession.id}/participants`, { code: s.join.code }))
        .status,
    ).toBe(404);
  });

  it("refuses bad input with problem details, never a 500", async () => {
    const bad = async (res: Promise<{ status: number; body: Json; headers: Headers }>, status: number) => {
      const r = await res;
      expect(r.status, JSON.stringify(r.body)).toBe(status);
      expect(r.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      return r.body;
    };
    expect((await bad(create({ template: "kanban" }), 422)).errors[0].field).toBe("template");
    expect((await bad(create({ template: `saved:${crypto.randomUUID()}` }), 422)).errors[0]).toEqual({
      field: "template",
      message: expect.stringMatching(/template/i),
    });
    expect((await bad(create({ settings: { maxNoteLength: 5 } }), 422)).errors[0].field).toBe(
      "settings.maxNoteLength",
    );
    expect((await bad(create({ settings: { voteBudget: 51 } }), 422)).errors[0].field).toBe(
      "settings.voteBudget",
    );
    expect((await bad(create({ settings: { colour: "red" } }), 422)).errors[0].message).toMatch(/colour/);
    expect((await bad(create({ template: "blank" }), 422)).errors[0].field).toBe("columns");
    expect((await bad(create({ columns: [{ title: "A" }] }), 422)).errors[0].field).toBe("columns");
    expect((await bad(create({ title: "" }), 422)).errors[0].field).toBe("title");
    expect((await bad(create({ lab: crypto.randomUUID() }), 422)).errors[0].field).toBe("lab");
    expect((await bad(create({ network: "nessuna-rete" }), 404)).code).toBe("not-found");
    await bad(create({}, "member"), 403);
    await bad(create({}, "communicator"), 403);
    await bad(create({}, "outsider"), 404);
    await bad(call("fac", "POST", "/boards", "{not json"), 400);
    await bad(call(null, "GET", `/boards?network=${net.slug}`), 401);
    await bad(call("fac", "GET", `/boards?network=${net.slug}&limit=101`), 422);
    await bad(call("fac", "GET", "/boards"), 422);
    await bad(call("fac", "GET", "/boards/not-a-uuid"), 404);
    await bad(call("fac", "GET", `/boards/${crypto.randomUUID()}`), 404);
    await bad(call("fac", "POST", `/boards/${crypto.randomUUID()}/participants`), 404);
    await bad(call("fac", "GET", `/boards/${crypto.randomUUID()}/summary`), 404);
  });

  it("answers 429 with Retry-After past the command rate of one person", async () => {
    const s = (await create({ title: "Tavolo di fretta" })).body;
    // All at once, so that they fall in one window of the rate however slow the machine is.
    const answers = await Promise.all(
      Array.from({ length: FLOOD.max + 1 }, (_, i) =>
        call("fac", "POST", `/boards/${s.id}/commands`, {
          type: "group.focus",
          groupId: null,
          clientId: `f${i}`,
        }),
      ),
    );
    const limited = answers.filter((a) => a.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(1);
    expect(limited[0]!.body.code).toBe("rate-limited");
    expect(limited[0]!.headers.get("retry-after")).toBe("10");
    // The others went through the rules (focus is for the discussion: refused for the phase).
    expect(answers.filter((a) => a.status !== 429).every((a) => a.body.code === "wrong-phase")).toBe(true);
  });

  it("writes a built-in template's columns in the asked language, else the account's", async () => {
    const en = await buildAccount(t, { name: "English facilitator", language: "en" });
    await addToNetwork(t, net.id, en.id, "facilitator");
    tok.en = await apiTokenFor(t, en.id);
    const titles = async (headers: Record<string, string>, query = "") => {
      const res = await t.app.request(`/api/v1/boards${query}`, {
        method: "POST",
        headers: { authorization: `Bearer ${tok.en}`, "content-type": "application/json", ...headers },
        body: JSON.stringify({ network: net.id, title: "Lingua", template: "start-stop-continue" }),
      });
      return ((await res.json()) as Json).columns.map((c: Json) => c.title);
    };
    expect(await titles({ "accept-language": "*" })).toEqual(["Start", "Stop", "Continue"]);
    expect(await titles({ "accept-language": "it-IT" })).toEqual(["Iniziare", "Smettere", "Continuare"]);
    expect(await titles({}, "?lang=it")).toEqual(["Iniziare", "Smettere", "Continuare"]);
  });

  it("creates from a network's saved template (its settings unless given) and lists the templates", async () => {
    const src = (
      await create({
        template: "blank",
        columns: [{ title: "Idee | nuove", prompt: "Cosa proviamo?" }],
        settings: { privateCollect: true, voteBudget: 7 },
      })
    ).body;
    expect(src.columns).toEqual([
      expect.objectContaining({ title: "Idee | nuove", prompt: "Cosa proviamo?" }),
    ]);
    const facActor = await actorOf(t, ids.fac!);
    const access = await accessSession(t.deps, { actor: facActor }, src.id);
    const tpl = await saveTemplate(t.deps, facActor, access, "Modello delle API");
    const list = await call("fac", "GET", `/board-templates?network=${net.id}&lang=en`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: Json) => i.template)).toContain(`saved:${tpl.id}`);
    expect(list.body.items.find((i: Json) => i.template === "swot").columns[0].title).toBe("Strengths");
    expect((await call("member", "GET", `/board-templates?network=${net.id}`)).status).toBe(403);
    const made = await create({ template: `saved:${tpl.id}`, settings: { voteBudget: 3 } });
    expect(made.status).toBe(201);
    expect(made.body.template).toBe("blank");
    expect(made.body.columns.map((c: Json) => c.title)).toEqual(["Idee | nuove"]);
    expect(made.body.settings).toMatchObject({ privateCollect: true, voteBudget: 3 });
  });

  it("gives the summary as JSON with the page's content and anonymity", async () => {
    const s = (await create({ title: "Tavolo anonimo", settings: { anonymous: true } })).body;
    for (const who of ["member", "member2"]) await call(who, "POST", `/boards/${s.id}/participants`);
    const col = s.columns[1].id;
    await call("member", "POST", `/boards/${s.id}/commands`, {
      type: "note.add",
      columnId: col,
      text: "Nota di Uno",
    });
    await call("member2", "POST", `/boards/${s.id}/commands`, {
      type: "note.add",
      columnId: col,
      text: "Nota di Due",
    });
    await call("fac", "POST", `/boards/${s.id}/close`);
    const sum = await call("member2", "GET", `/boards/${s.id}/summary`);
    expect(sum.status).toBe(200);
    expect(sum.body).toMatchObject({
      anonymous: true,
      session: { id: s.id, closed: true, phase: "closed" },
      figures: { participants: 3, contributors: 2, notes: 2, groups: 2, votes: 0 },
      files: { md: `http://localhost:3000/boards/${s.id}/summary.md` },
    });
    const notes = sum.body.columns.flatMap((c: Json) => c.groups.flatMap((g: Json) => g.notes));
    expect(notes.map((n: Json) => n.text).sort()).toEqual(["Nota di Due", "Nota di Uno"]);
    expect(JSON.stringify(sum.body)).not.toMatch(/Persona member/);
    expect(notes.find((n: Json) => n.text === "Nota di Due").mine).toBe(true);
    expect(notes.find((n: Json) => n.text === "Nota di Uno")).not.toHaveProperty("mine");
  });

  it("describes every board route in the OpenAPI document", async () => {
    const doc = (await call(null, "GET", "/openapi.json")).body;
    for (const p of [
      "/boards",
      "/boards/{id}",
      "/boards/{id}/participants",
      "/boards/{id}/commands",
      "/boards/{id}/summary",
      "/boards/{id}/close",
      "/boards/{id}/reopen",
      "/board-templates",
    ])
      expect(Object.keys(doc.paths), p).toContain(p);
    expect(doc.paths["/boards"].post.responses).toHaveProperty("201");
    expect(doc.components.schemas.BoardSettings.properties.maxNoteLength).toMatchObject({
      minimum: 20,
      maximum: 2000,
    });
  });
});
