// The board without JavaScript: note caps, hand-over in an anonymous session, joining (members and
// guests), and the demo's ICOM table. Set-up shared through pages.test-kit.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { buildBoard } from "../../../test/helpers/boards.ts";
import { seedDemo } from "../../../test/helpers/demo.ts";
import { addToNetwork, buildAccount, signedIn } from "../../../test/helpers/factories.ts";
import type { TestRuntime } from "../../../test/helpers/runtime.ts";
import { getLab } from "../labs/index.ts";
import { runCommand } from "./command-runner.ts";
import { sessionsForLab } from "./index.ts";
import { command, text, useBoardPages } from "./pages.test-kit.ts";
import { LIMITS } from "./rules.ts";

const kit = useBoardPages();
const { idsOf } = kit;
let t: TestRuntime;
beforeAll(() => {
  t = kit.t;
});

describe("note caps", () => {
  it("refuses a note past the cap per participant on its form, in the person's language", async () => {
    const board = await buildBoard(t, {}, 1);
    const id = board.session.id;
    const [col] = await idsOf(id);
    const me = board.people[0]!;
    for (let i = 0; i < LIMITS.notesPerParticipant; i++) {
      const r = await runCommand(t.deps, id, me.participant.id, {
        type: "note.add",
        columnId: col!,
        text: `Nota ${i + 1}`,
      });
      expect(r.ok).toBe(true);
    }
    const c = await signedIn(t, me.account.id);
    const fields = { command: "note.add", form: `add-${col}`, columnId: col!, text: "Una di troppo" };
    const refused = await command(c, id, fields);
    expect(refused.status).toBe(422);
    const page = await text(refused);
    expect(page).toContain("Hai raggiunto il numero massimo di note per questa sessione.");
    expect(page).toContain(">Una di troppo</textarea>");
    await c.get(`/boards/${id}?lang=en`);
    const en = await command(c, id, fields);
    expect(en.status).toBe(422);
    expect(await text(en)).toContain("You have reached the most notes allowed in this session.");
    const stored = await t.deps.pool.query(
      "select count(*)::int as n from board_notes where session_id = $1",
      [id],
    );
    expect(stored.rows[0].n).toBe(LIMITS.notesPerParticipant);
  });
});

describe("hand-over in an anonymous session", () => {
  it("offers people by role and number, never by name, on the page and in the event", async () => {
    const board = await buildBoard(t, { anonymous: true }, 0);
    const id = board.session.id;
    const secret = await buildAccount(t, { name: "Margherita Riservata" });
    await addToNetwork(t, board.network.id, secret.id, "member");
    const member = await signedIn(t, secret.id);
    expect((await member.submit(`/boards/${id}`, `/boards/${id}/join`, {})).status).toBe(303);
    const cf = await signedIn(t, board.fac.account.id);
    const page = await text(await cf.get(`/boards/${id}`));
    const select = /<select id="handover-select"[\s\S]*?<\/select>/.exec(page)?.[0] ?? "";
    expect(select).toContain("partecipante n. 1");
    expect(page).not.toContain("Margherita Riservata");
    const who = await t.deps.pool.query(
      "select id from board_participants where session_id = $1 and account_id = $2",
      [id, secret.id],
    );
    expect(select).toContain(`value="${who.rows[0].id}"`);
    expect(
      (await command(cf, id, { command: "facilitator.handover", participantId: who.rows[0].id })).status,
    ).toBe(303);
    const events = await t.deps.pool.query("select data from board_events where session_id = $1", [id]);
    expect(JSON.stringify(events.rows)).not.toContain("Margherita");
    // The same list in a session with names shows them.
    const named = await buildBoard(t, { anonymous: false }, 1);
    const namedPage = await text(
      await (await signedIn(t, named.fac.account.id)).get(`/boards/${named.session.id}`),
    );
    expect(/<select id="handover-select"[\s\S]*?<\/select>/.exec(namedPage)?.[0]).toContain("Partecipante 1");
  });
});

describe("joining", () => {
  it("lets a guest join by link with a name when guests are allowed, and take part without an account", async () => {
    const board = await buildBoard(t, { guestsAllowed: true }, 0);
    const id = board.session.id;
    const { Client } = await import("../../../test/helpers/client.ts");
    const guest = new Client(t);
    const link = `/boards/join/${board.session.join_code}`;
    // Before joining, the session's page asks a signed-out visitor to sign in (guard.routes.ts).
    expect((await guest.get(`/boards/${id}`)).status).toBe(303);
    const empty = await guest.submit(link, link, { name: "" });
    expect(empty.status).toBe(422);
    const res = await guest.submit(link, link, { name: "Ospite Lucia" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/boards/${id}`);
    const page = await text(await guest.get(`/boards/${id}`));
    expect(page).toContain("Partecipi come Ospite Lucia (ospite).");
    const [col] = await idsOf(id);
    expect(
      (await command(guest, id, { command: "note.add", columnId: col!, text: "Nota da ospite" })).status,
    ).toBe(303);
    expect(await text(await guest.get(`/boards/${id}`))).toContain("Nota da ospite");
  });

  it("refuses guests when the session does not allow them; members join from the page", async () => {
    const board = await buildBoard(t, { guestsAllowed: false }, 0);
    const { Client } = await import("../../../test/helpers/client.ts");
    const link = `/boards/join/${board.session.join_code}`;
    const page = await text(await new Client(t).get(link));
    expect(page).not.toContain('name="name"');
    expect(page).toContain("Accedi per partecipare");
    const member = await buildAccount(t);
    await addToNetwork(t, board.network.id, member.id, "member");
    const c = await signedIn(t, member.id);
    expect(await text(await c.get(`/boards/${board.session.id}`))).toContain("Partecipa alla sessione");
    const joined = await c.submit(`/boards/${board.session.id}`, `/boards/${board.session.id}/join`, {});
    expect(joined.status).toBe(303);
    expect(await text(await c.get(`/boards/${board.session.id}`))).toContain("(partecipante)");
    const stranger = await signedIn(t, (await buildAccount(t)).id);
    expect((await stranger.get(`/boards/${board.session.id}`)).status).toBe(404);
    expect((await new Client(t).get("/boards/join/not-a-code")).status).toBe(404);
  });
});

describe("demo data", () => {
  it("seeds the ICOM Italia table of 22 July 2024 grouped, voted and in discussion", async () => {
    await seedDemo(t.deps);
    const r = await t.deps.pool.query(
      "select id, phase from board_sessions where title like 'Tavolo tecnico «Inclusione%'",
    );
    expect(r.rows[0].phase).toBe("discuss");
    const admin = await buildAccount(t, { isAdmin: true });
    const page = await text(await (await signedIn(t, admin.id)).get(`/boards/${r.rows[0].id}`));
    for (const s of [
      "Criticità",
      "Soluzioni",
      "Buone pratiche",
      "Competenze digitali strategiche",
      "ReInHerit Toolkit V.I.T.A.",
      "Voti: 8",
    ]) {
      expect(page).toContain(s);
    }
    // The Castelli Romani session belongs to that network's territorial table (a lab).
    const lab = await getLab(t.deps, null, "tavolo-territoriale-sulla-comunicazione-social");
    expect((await sessionsForLab(t.deps, lab.id)).map((x) => x.title)).toEqual([
      "Tavolo territoriale sulla comunicazione social: obiettivi comuni",
    ]);
  });
});
