// The board without JavaScript: creating a session from a template, and a whole session run by plain
// form posts, each redirecting back to the list view; refusals shown on the form they came from with
// the text kept; what each person sees in private collect. Set-up shared through pages.test-kit.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { buildBoard } from "../../../test/helpers/boards.ts";
import { addToNetwork, buildAccount, buildNetwork, signedIn } from "../../../test/helpers/factories.ts";
import type { TestRuntime } from "../../../test/helpers/runtime.ts";
import { command, text, useBoardPages } from "./pages.test-kit.ts";

const kit = useBoardPages();
const { idsOf } = kit;
let t: TestRuntime;
beforeAll(() => {
  t = kit.t;
});

describe("creating a session", () => {
  it("lets a coordinator create one from a template, then shows its columns as headings and the join link", async () => {
    const net = await buildNetwork(t);
    const coord = await buildAccount(t);
    await addToNetwork(t, net.id, coord.id, "coordinator");
    const c = await signedIn(t, coord.id);
    const form = await c.get(`/networks/${net.slug}/boards/new`);
    expect(form.status).toBe(200);
    const res = await c.submit(`/networks/${net.slug}/boards/new`, `/networks/${net.slug}/boards`, {
      title: "Analisi SWOT della rete",
      template: "swot",
      maxNoteLength: "200",
      voteBudget: "4",
      groupCap: "2",
      guestsAllowed: "on",
    });
    expect(res.status).toBe(303);
    const url = res.headers.get("location")!;
    expect(url).toMatch(/^\/boards\/[0-9a-f-]{36}$/);
    const page = await text(await c.get(url));
    for (const h of ["Punti di forza", "Debolezze", "Opportunità", "Minacce"])
      expect(page).toMatch(new RegExp(`<h2[^>]*>${h}</h2>`));
    expect(page).toContain("Partecipi come");
    expect(page).toMatch(/http:\/\/localhost:3000\/boards\/join\/[\w-]+/);
    // The facilitator also gets the join link as a QR code to show in the room, labelled.
    expect(page).toContain('aria-label="Codice QR del link per partecipare alla sessione"');
    expect(page).toMatch(/<svg [^>]*aria-hidden="true"/);
    expect(page).toContain("Sessione creata.");
    const list = await text(await c.get(`/networks/${net.slug}/boards`));
    expect(list).toContain("Analisi SWOT della rete");
  });

  it("shows errors on the same form with the input kept (blank template without columns), and refuses members", async () => {
    const net = await buildNetwork(t);
    const coord = await buildAccount(t);
    await addToNetwork(t, net.id, coord.id, "facilitator");
    const c = await signedIn(t, coord.id);
    const res = await c.submit(`/networks/${net.slug}/boards/new`, `/networks/${net.slug}/boards`, {
      title: "Mio tavolo",
      template: "blank",
      columns: "",
      maxNoteLength: "5",
    });
    expect(res.status).toBe(422);
    const page = await text(res);
    expect(page).toContain("Il modello vuoto ha bisogno di almeno una colonna.");
    expect(page).toContain('value="Mio tavolo"');
    expect(page).toContain("Inserisci un numero intero da 20 a 2000.");
    const ok = await c.submit(`/networks/${net.slug}/boards/new`, `/networks/${net.slug}/boards`, {
      title: "Mio tavolo",
      template: "blank",
      columns: "Idee | Cosa proponi?\nDubbi",
    });
    expect(ok.status).toBe(303);
    const board = await text(await c.get(ok.headers.get("location")!));
    expect(board).toContain("Cosa proponi?");
    expect(board).toMatch(/<h2[^>]*>Dubbi<\/h2>/);
    const member = await buildAccount(t);
    await addToNetwork(t, net.id, member.id, "member");
    expect((await (await signedIn(t, member.id)).get(`/networks/${net.slug}/boards/new`)).status).toBe(403);
  });
});

describe("a whole session by form posts", () => {
  it("collect → group → vote → discuss → closed, every step a post that redirects back", async () => {
    const board = await buildBoard(t, { voteBudget: 2, groupCap: 2, maxNoteLength: 40 });
    const id = board.session.id;
    const [p1, p2] = board.people;
    const c1 = await signedIn(t, p1!.account.id);
    const c2 = await signedIn(t, p2!.account.id);
    const cf = await signedIn(t, board.fac.account.id);
    const [criticita, soluzioni] = await idsOf(id);

    // Collect: notes from two people; an oversized one is refused on its form, text kept.
    expect(
      (
        await command(c1, id, {
          command: "note.add",
          form: `add-${criticita}`,
          columnId: criticita!,
          text: "Poco personale",
        })
      ).status,
    ).toBe(303);
    expect(
      (
        await command(c2, id, {
          command: "note.add",
          form: `add-${criticita}`,
          columnId: criticita!,
          text: "Personale scarso",
        })
      ).status,
    ).toBe(303);
    expect(
      (
        await command(c2, id, {
          command: "note.add",
          form: `add-${soluzioni}`,
          columnId: soluzioni!,
          text: "Reti di volontari",
        })
      ).status,
    ).toBe(303);
    const long = "x".repeat(41);
    const refused = await command(c1, id, {
      command: "note.add",
      form: `add-${criticita}`,
      columnId: criticita!,
      text: long,
    });
    expect(refused.status).toBe(422);
    const refusedPage = await text(refused);
    expect(refusedPage).toContain("Il testo è troppo lungo.");
    expect(refusedPage).toContain(`>${long}</textarea>`);
    expect(refusedPage).toContain(`href="#add-${criticita}"`);

    // Only the facilitator moves the phase.
    expect((await command(c1, id, { command: "phase.set", phase: "group" })).status).toBe(422);
    expect((await command(cf, id, { command: "phase.set", phase: "group" })).status).toBe(303);

    // Group: move p2's note into p1's group and name it.
    const notes = await t.deps.pool.query(
      "select id, group_id, text from board_notes where session_id = $1",
      [id],
    );
    const byText = Object.fromEntries(notes.rows.map((r) => [r.text, r]));
    const g1 = byText["Poco personale"].group_id as string;
    expect(
      (await command(c2, id, { command: "note.move", noteId: byText["Personale scarso"].id, groupId: g1 }))
        .status,
    ).toBe(303);
    expect((await command(c1, id, { command: "group.name", groupId: g1, name: "Personale" })).status).toBe(
      303,
    );
    const grouped = await text(await c1.get(`/boards/${id}`));
    expect(grouped).toMatch(/<h3[^>]*>Personale/);
    expect(grouped).toContain("2 note");
    // The board view: the same content laid out as columns of cards, notes draggable onto groups.
    const visual = await text(await c1.get(`/boards/${id}?view=board`));
    expect(visual).toContain('class="board-visual"');
    expect(visual).toContain(`data-note-id="${byText["Poco personale"].id}" draggable="true"`);
    expect(visual).toMatch(/<h3[^>]*>Personale/);

    // Vote: budget 2, cap 2.
    expect((await command(cf, id, { command: "phase.set", phase: "vote" })).status).toBe(303);
    expect((await command(c1, id, { command: "vote", groupId: g1 })).status).toBe(303);
    expect((await command(c1, id, { command: "vote", groupId: g1 })).status).toBe(303);
    const over = await command(c1, id, { command: "vote", groupId: g1 });
    expect(over.status).toBe(422);
    expect(await text(over)).toContain("Hai usato tutti i tuoi voti.");
    const votePage = await text(await c2.get(`/boards/${id}`));
    expect(votePage).toContain("Voti: 2");
    expect(votePage).toContain("Ti restano 2 voti su 2.");

    // Discuss: focus, an action with owner and deadline; then close.
    expect((await command(cf, id, { command: "phase.set", phase: "discuss" })).status).toBe(303);
    expect((await command(cf, id, { command: "group.focus", groupId: g1 })).status).toBe(303);
    const bad = await command(cf, id, {
      command: "outcome.add",
      form: "outcome-form",
      kind: "action",
      text: "Bando volontari",
      due: "31/12/2026",
    });
    expect(bad.status).toBe(422);
    const badHtml = await text(bad);
    expect(badHtml).toContain('value="31/12/2026"');
    // The reason is on the date field itself, which is a date input.
    expect(badHtml).toMatch(
      /<input id="outcome-due" name="due" type="date" class="form-control is-invalid" value="31\/12\/2026" aria-invalid="true" aria-describedby="outcome-due-hint outcome-form-error"/,
    );
    expect(badHtml).toContain("La scadenza non è una data valida");
    expect(
      (
        await command(cf, id, {
          command: "outcome.add",
          kind: "action",
          text: "Bando volontari",
          owner: "Comune",
          due: "2026-12-31",
          groupId: g1,
        })
      ).status,
    ).toBe(303);
    expect((await command(cf, id, { command: "end", confirm: "yes" })).status).toBe(303);
    const closed = await text(await c2.get(`/boards/${id}?lang=en`));
    expect(closed).toContain("Phase: Closed");
    expect(closed).toContain("Bando volontari");
    expect(closed).toContain("Owner: Comune");
    expect(closed).toContain("by 31 December 2026");
    expect(await text(await c2.get(`/boards/${id}?lang=it`))).toContain("entro il 31 dicembre 2026");
    expect(closed).not.toContain('name="command"');
    expect(closed).toContain("3 participants, 3 notes in 2 groups, 2 votes.");

    // Files: the board links the session's one set of exports; the earlier export.* links redirect there.
    expect(closed).toContain(`href="/boards/${id}/summary.pdf"`);
    const old = await c2.get(`/boards/${id}/export.md?lang=it`);
    expect(old.status).toBe(301);
    expect(old.headers.get("location")).toBe(`/boards/${id}/summary.md?lang=it`);
    const md = await c2.get(`/boards/${id}/summary.md?lang=it`);
    expect(md.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    // Named after the session and its closing day (the old URLs above still lead here).
    const day = new Intl.DateTimeFormat("en-CA", { timeZone: t.deps.config.timeZone }).format(t.clock.now());
    expect(md.headers.get("content-disposition")).toBe(
      `attachment; filename="tavolo-di-prova-${day}-summary.md"`,
    );
    const mdText = await md.text();
    expect(mdText).toContain("## Criticità");
    expect(mdText).toContain("### 1. Personale — 2 voti");
    expect(mdText).toContain("- Poco personale — Partecipante 1");
    expect(mdText).toContain("> Azione: Bando volontari (responsabile: Comune, entro il 31 dicembre 2026)");
    expect((await c2.get(`/boards/${id}/export.csv`)).headers.get("location")).toBe(
      `/boards/${id}/summary.csv`,
    );
    const csv = (await (await c2.get(`/boards/${id}/summary.csv`)).text()).replace(/^\uFEFF/, "");
    expect(csv.split("\r\n")[0]).toBe("column,group,rank,votes,note,author,outcomes");
    expect(csv).toContain(
      'Criticità,Personale,1,2,Poco personale,Partecipante 1,"Azione: Bando volontari (responsabile',
    );
  });

  it("in private collect shows a participant only their own notes (and how many are hidden)", async () => {
    const board = await buildBoard(t, { privateCollect: true });
    const id = board.session.id;
    const [p1, p2] = board.people;
    const [col] = await idsOf(id);
    const c1 = await signedIn(t, p1!.account.id);
    const c2 = await signedIn(t, p2!.account.id);
    await command(c1, id, { command: "note.add", columnId: col!, text: "Solo mia" });
    const other = await text(await c2.get(`/boards/${id}`));
    expect(other).not.toContain("Solo mia");
    expect(other).toContain("Un'altra nota è nascosta");
    const fac = await text(await (await signedIn(t, board.fac.account.id)).get(`/boards/${id}`));
    expect(fac).toContain("Solo mia");
    // The files, in any phase, are as private as the page.
    expect(await (await c2.get(`/boards/${id}/summary.csv`)).text()).not.toContain("Solo mia");
    expect(await (await c1.get(`/boards/${id}/summary.csv`)).text()).toContain("Solo mia");
    const md = await (await c1.get(`/boards/${id}/summary.md?lang=it`)).text();
    expect(md).toContain("Fase: Raccolta");
    expect(md).toContain("Solo mia");
    expect(await (await c2.get(`/boards/${id}/summary.md`)).text()).not.toContain("Solo mia");
  });
});
