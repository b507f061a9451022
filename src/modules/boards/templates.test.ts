// Templates shared in a network, through the pages as a browser without JavaScript uses them (on
// the embedded database, or PostgreSQL with DATABASE_URL): saving a session's columns from its page,
// refusals on the same form with nothing stored, the saved template in the "new session" form and a
// session made from it, who may use and delete one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBoard } from "../../../test/helpers/boards.ts";
import type { Client } from "../../../test/helpers/client.ts";
import { addToNetwork, buildAccount, buildNetwork, signedIn } from "../../../test/helpers/factories.ts";
import { pageText } from "../../../test/helpers/html.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

const text = pageText;

const saveAs = (c: Client, sessionId: string, name: string) =>
  c.submit(`/boards/${sessionId}`, `/boards/${sessionId}/templates`, { name });

async function templatesOf(networkId: string) {
  const r = await t.deps.pool.query(
    "select id, name, columns, created_by, created_by_name from board_templates where network_id = $1 order by name",
    [networkId],
  );
  return r.rows as { id: string; name: string; columns: { title: string; prompt: string }[] }[];
}

/** A board of the "blank" template with two columns of its own, run by a coordinator. */
async function blankBoard() {
  return buildBoard(t, {
    template: "blank",
    columns: "Cosa funziona | Che cosa rifaresti domani?\nCosa manca | Di che cosa avete bisogno?",
  });
}

describe("saving a session's columns as a template of the network", () => {
  it("saves them from the session's page, then offers the template, with who saved it and when, in the new-session form", async () => {
    const board = await blankBoard();
    const fac = await signedIn(t, board.fac.account.id);
    const page = await text(await fac.get(`/boards/${board.session.id}`));
    expect(page).toContain(`action="/boards/${board.session.id}/templates"`);
    expect(page).toContain("Salva come modello");

    const res = await saveAs(fac, board.session.id, "  Retrospettiva del tavolo  ");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/boards/${board.session.id}`);
    expect(await text(await fac.get(`/boards/${board.session.id}`))).toContain("Modello salvato");
    const [saved] = await templatesOf(board.network.id);
    expect(saved).toMatchObject({
      name: "Retrospettiva del tavolo",
      created_by: board.fac.account.id,
      created_by_name: "Fabiana Facilitatrice",
      columns: [
        { title: "Cosa funziona", prompt: "Che cosa rifaresti domani?" },
        { title: "Cosa manca", prompt: "Di che cosa avete bisogno?" },
      ],
    });

    // Another facilitator of the network (not the saver) finds it in the form and uses it.
    const other = await buildAccount(t, { name: "Franco Facilitatore" });
    await addToNetwork(t, board.network.id, other.id, "facilitator");
    const c = await signedIn(t, other.id);
    const form = await text(await c.get(`/networks/${board.network.slug}/boards/new`));
    expect(form).toMatch(
      new RegExp(
        `<option value="saved:${saved!.id}"[^>]*>Retrospettiva del tavolo \\(salvato da Fabiana Facilitatrice, \\d+ \\w+ \\d{4}\\)</option>`,
      ),
    );
    const made = await c.submit(
      `/networks/${board.network.slug}/boards/new`,
      `/networks/${board.network.slug}/boards`,
      {
        title: "Secondo tavolo",
        template: `saved:${saved!.id}`,
      },
    );
    expect(made.status).toBe(303);
    const sessionPage = await text(await c.get(made.headers.get("location")!));
    expect(sessionPage).toMatch(/<h2[^>]*>Cosa funziona<\/h2>/);
    expect(sessionPage).toMatch(/<h2[^>]*>Cosa manca<\/h2>/);
    expect(sessionPage).toContain("Di che cosa avete bisogno?");

    // "Use this template" from the list preselects it in the form.
    const pre = await text(
      await c.get(`/networks/${board.network.slug}/boards/new?template=saved:${saved!.id}`),
    );
    expect(pre).toContain(`<option value="saved:${saved!.id}" selected="">`);

    // In English, the option's wording follows the page.
    const en = await text(await c.get(`/networks/${board.network.slug}/boards/new?lang=en`));
    expect(en).toContain("Retrospettiva del tavolo (saved by Fabiana Facilitatrice,");
  });

  it("refuses an empty, a too long and a duplicate name on the same form, keeping what was typed and storing nothing", async () => {
    const board = await blankBoard();
    const fac = await signedIn(t, board.fac.account.id);
    expect((await saveAs(fac, board.session.id, "Modello della rete")).status).toBe(303);

    const cases: [string, string][] = [
      ["   ", "Dai un nome al modello."],
      ["x".repeat(121), "Il nome del modello può avere al massimo 120 caratteri."],
      ["modello DELLA rete", "La rete ha già un modello con questo nome: scegline un altro."],
    ];
    for (const [name, message] of cases) {
      const res = await saveAs(fac, board.session.id, name);
      expect(res.status, name).toBe(422);
      const page = await text(res);
      expect(page).toContain(message);
      // On the form it came from: the field is marked and described by the message, the name kept.
      expect(page).toMatch(/id="template-name"[^>]*class="form-control is-invalid"/);
      expect(page).toContain('aria-describedby="template-name-hint template-name-error"');
      expect(page).toContain(`value="${name}"`);
      expect(page).toContain('href="#save-template-form"');
    }
    expect((await templatesOf(board.network.id)).map((x) => x.name)).toEqual(["Modello della rete"]);

    // The same refusal in English.
    await fac.get(`/boards/${board.session.id}?lang=en`);
    const en = await text(await saveAs(fac, board.session.id, ""));
    expect(en).toContain("Give the template a name.");
  });

  it("is for the session's facilitators only: participants get no form and a 404", async () => {
    const board = await blankBoard();
    const member = await signedIn(t, board.people[0]!.account.id);
    const page = await text(await member.get(`/boards/${board.session.id}`));
    expect(page).not.toContain("Salva come modello");
    const token = await member.csrf(`/boards/${board.session.id}`);
    const res = await member.post(`/boards/${board.session.id}/templates`, { _csrf: token, name: "Mio" });
    expect(res.status).toBe(404);
    expect(await templatesOf(board.network.id)).toEqual([]);
  });
});

describe("using and deleting saved templates", () => {
  it("keeps each network's templates to itself: another network's id is refused on the form", async () => {
    const board = await blankBoard();
    const fac = await signedIn(t, board.fac.account.id);
    await saveAs(fac, board.session.id, "Solo nostro");
    const [saved] = await templatesOf(board.network.id);

    const elsewhere = await buildNetwork(t);
    const coord = await buildAccount(t);
    await addToNetwork(t, elsewhere.id, coord.id, "coordinator");
    const c = await signedIn(t, coord.id);
    const form = await text(await c.get(`/networks/${elsewhere.slug}/boards/new`));
    expect(form).not.toContain("Solo nostro");
    const res = await c.submit(
      `/networks/${elsewhere.slug}/boards/new`,
      `/networks/${elsewhere.slug}/boards`,
      {
        title: "Furbizia",
        template: `saved:${saved!.id}`,
      },
    );
    expect(res.status).toBe(422);
    expect(await text(res)).toContain("Questo modello non c'è più: scegline un altro.");
    const n = await t.deps.pool.query("select count(*)::int as n from board_sessions where network_id = $1", [
      elsewhere.id,
    ]);
    expect(n.rows[0].n).toBe(0);
    // And its list page is not for that coordinator.
    expect((await c.get(`/networks/${board.network.slug}/boards/templates`)).status).toBe(404);
  });

  it("lets the saver or a coordinator delete one, not another facilitator; sessions made from it stay", async () => {
    const board = await blankBoard();
    const net = board.network;
    // The saver: a facilitator of the network who co-facilitates the session.
    const saver = await buildAccount(t, { name: "Sara Salvatrice" });
    await addToNetwork(t, net.id, saver.id, "facilitator");
    const sc = await signedIn(t, saver.id);
    await sc.submit(`/boards/${board.session.id}`, `/boards/${board.session.id}/join`, {});
    expect((await saveAs(sc, board.session.id, "Primo")).status).toBe(303);
    expect((await saveAs(sc, board.session.id, "Secondo")).status).toBe(303);
    const [first, second] = await templatesOf(net.id);

    const otherFac = await buildAccount(t);
    await addToNetwork(t, net.id, otherFac.id, "facilitator");
    const oc = await signedIn(t, otherFac.id);
    const list = await text(await oc.get(`/networks/${net.slug}/boards/templates`));
    expect(list).toContain("Salvato da Sara Salvatrice il");
    expect(list).toContain("Cosa funziona</strong> — Che cosa rifaresti domani?");
    expect(list).not.toContain("Elimina il modello");
    const del = (c: Client, id: string) =>
      c.submit(
        `/networks/${net.slug}/boards/templates`,
        `/networks/${net.slug}/boards/templates/${id}/delete`,
        {},
      );
    expect((await del(oc, first!.id)).status).toBe(403);

    // A session made from "Primo" before it goes.
    const made = await oc.submit(`/networks/${net.slug}/boards/new`, `/networks/${net.slug}/boards`, {
      title: "Dal modello",
      template: `saved:${first!.id}`,
    });
    expect(made.status).toBe(303);

    const mine = await text(await sc.get(`/networks/${net.slug}/boards/templates`));
    expect(mine).toContain("Elimina il modello «Primo»");
    const gone = await del(sc, first!.id);
    expect(gone.status).toBe(303);
    expect(await text(await sc.get(gone.headers.get("location")!))).toContain("Modello eliminato.");

    const coord = await signedIn(t, board.fac.account.id);
    expect((await del(coord, second!.id)).status).toBe(303);
    expect(await templatesOf(net.id)).toEqual([]);
    expect((await del(coord, second!.id)).status).toBe(404);

    const still = await text(await oc.get(made.headers.get("location")!));
    expect(still).toMatch(/<h2[^>]*>Cosa manca<\/h2>/);
  });
});

describe("a saved template's settings", () => {
  it("are kept with its columns, listed with the built-in templates, and fill the form when it is used", async () => {
    const board = await buildBoard(t, {
      template: "blank",
      columns: "Idee | Che cosa proponi?",
      anonymous: true,
      privateCollect: true,
      hideVotes: false,
      guestsAllowed: false,
      maxNoteLength: 150,
      voteBudget: 3,
      groupCap: 1,
      timerMinutes: 12,
    });
    const fac = await signedIn(t, board.fac.account.id);
    // The session's timer length is what "start the timer" offers.
    expect(await text(await fac.get(`/boards/${board.session.id}`))).toMatch(
      /<input id="timer-minutes" name="minutes" type="number" min="1" max="240" class="form-control" value="12"/,
    );
    expect((await saveAs(fac, board.session.id, "Idee anonime")).status).toBe(303);
    const row = await t.deps.pool.query("select settings from board_templates where network_id = $1", [
      board.network.id,
    ]);
    expect(row.rows[0].settings).toEqual({
      privateCollect: true,
      anonymous: true,
      hideVotes: false,
      guestsAllowed: false,
      maxNoteLength: 150,
      voteBudget: 3,
      groupCap: 1,
      timerMinutes: 12,
    });
    const id = (await templatesOf(board.network.id))[0]!.id;

    const list = await text(await fac.get(`/networks/${board.network.slug}/boards/templates?lang=it`));
    expect(list).toContain(
      "<strong>Impostazioni:</strong> anonima · raccolta privata · 3 voti per persona, al massimo 1 su un gruppo · note fino a 150 caratteri · timer di 12 minuti",
    );
    // Listed with the built-in ones, each of which can be used too.
    expect(list).toContain('<h2 id="builtin-templates" class="h3">Predefiniti</h2>');
    expect(list).toContain(`href="/networks/${board.network.slug}/boards/new?template=swot"`);
    expect(list).toContain("Punti di forza</strong> — Su cosa possiamo contare?");

    // "Use" fills the form with the settings; the session made from it has them.
    const use = `/networks/${board.network.slug}/boards/new?template=${encodeURIComponent(`saved:${id}`)}`;
    const form = await text(await fac.get(use));
    for (const name of ["anonymous", "privateCollect"])
      expect(form).toMatch(
        new RegExp(`<input id="${name}" name="${name}" type="checkbox" value="on" checked=""`),
      );
    for (const name of ["hideVotes", "guestsAllowed"])
      expect(form).toMatch(new RegExp(`<input id="${name}" name="${name}" type="checkbox" value="on"/>`));
    for (const [name, value] of [
      ["maxNoteLength", "150"],
      ["voteBudget", "3"],
      ["groupCap", "1"],
      ["timerMinutes", "12"],
    ])
      expect(form).toMatch(new RegExp(`id="${name}" name="${name}" value="${value}"`));
    const made = await fac.submit(use, `/networks/${board.network.slug}/boards`, {
      title: "Dal modello con impostazioni",
      template: `saved:${id}`,
      anonymous: "on",
      privateCollect: "on",
      maxNoteLength: "150",
      voteBudget: "3",
      groupCap: "1",
      timerMinutes: "12",
    });
    expect(made.status).toBe(303);
    const s = await t.deps.pool.query(
      "select anonymous, private_collect, hide_votes, guests_allowed, max_note_length, vote_budget, group_cap, timer_minutes from board_sessions where title = $1",
      ["Dal modello con impostazioni"],
    );
    expect(s.rows).toEqual([
      {
        anonymous: true,
        private_collect: true,
        hide_votes: false,
        guests_allowed: false,
        max_note_length: 150,
        vote_budget: 3,
        group_cap: 1,
        timer_minutes: 12,
      },
    ]);
    // A timer length out of range is refused on the form, nothing stored.
    const bad = await fac.submit(use, `/networks/${board.network.slug}/boards`, {
      title: "Timer sbagliato",
      template: `saved:${id}`,
      timerMinutes: "0",
    });
    expect(bad.status).toBe(422);
    expect(await text(bad)).toContain("Inserisci un numero intero di minuti da 1 a 240.");
  });

  it("are 'columns only' for templates saved before settings were kept", async () => {
    const board = await blankBoard();
    const fac = await signedIn(t, board.fac.account.id);
    await saveAs(fac, board.session.id, "Vecchio modello");
    await t.deps.pool.query("update board_templates set settings = null where network_id = $1", [
      board.network.id,
    ]);
    const id = (await templatesOf(board.network.id))[0]!.id;
    const list = await text(await fac.get(`/networks/${board.network.slug}/boards/templates`));
    expect(list).toContain("solo le colonne (le impostazioni si scelgono creando la sessione)");
    const form = await text(
      await fac.get(
        `/networks/${board.network.slug}/boards/new?template=${encodeURIComponent(`saved:${id}`)}`,
      ),
    );
    expect(form).toMatch(/id="voteBudget" name="voteBudget" value="5"/);
  });
});
