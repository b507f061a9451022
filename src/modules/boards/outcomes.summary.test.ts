// A closed session's summary: ranking, figures, anonymity, visibility (404, or 'not yet' before it
// closes), and guests reading it with their cookie. Set-up shared through outcomes.test-kit.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { buildAccount, signedIn } from "../../../test/helpers/factories.ts";
import { pageText } from "../../../test/helpers/html.ts";
import type { TestRuntime } from "../../../test/helpers/runtime.ts";
import { runCommand } from "./command-runner.ts";
import { type Built, useOutcomes } from "./outcomes.test-kit.ts";

const kit = useOutcomes();
const { closedSession } = kit;
let t: TestRuntime;
let b: Built;
let anon: Built;
beforeAll(async () => {
  t = kit.t;
  b = await closedSession();
  anon = await closedSession({ anonymous: true, title: "Tavolo anonimo" });
});

const text = pageText;

describe("the summary page", () => {
  it("ranks groups by votes, with notes, outcomes, actions and participation figures", async () => {
    const res = await b.member.get(`/boards/${b.session.id}/summary`);
    expect(res.status).toBe(200);
    const page = await text(res);
    expect(page).toContain("Riepilogo: Tavolo «Inclusione»");
    expect(page).toMatch(/1º Competenze\s*<span class="badge bg-primary">3 voti<\/span>/);
    expect(page).toContain("Poca formazione digitale");
    expect(page).toContain("Paola Partecipante");
    expect(page).toContain(
      "Azione: Corso di formazione per il personale (responsabile: ICOM Learning Center, entro il 1 dicembre 2026)",
    );
    expect(page).toContain("Esito: Rete di referenti");
    // 3 participants, 2 of whom contributed; 3 notes in 2 groups; 4 votes.
    expect(page).toContain("3 partecipanti, 2 hanno contribuito; 3 note in 2 gruppi, 4 voti.");
    // Ranked: the group with 3 dots before the one with 1 (in its column, and "Competenze" first overall).
    expect(page.indexOf("Competenze")).toBeLessThan(page.indexOf("=SUM(A1)"));
    // A participant is not offered "promote".
    expect(page).not.toContain("/promote?");
    const en = await text(await b.member.get(`/boards/${b.session.id}/summary?lang=en`));
    expect(en).toContain("Summary: Tavolo «Inclusione»");
    expect(en).toContain("3 participants, 2 contributed; 3 notes in 2 groups, 4 votes.");
  });

  it("names no author in an anonymous session (page, CSV, Markdown, PDF)", async () => {
    const page = await text(await anon.member.get(`/boards/${anon.session.id}/summary`));
    expect(page).toContain("Sessione anonima: le note sono riportate senza autore.");
    expect(page).toContain("Poca formazione digitale");
    for (const p of ["summary", "summary.csv", "summary.md"]) {
      const body = await text(await anon.fac.client.get(`/boards/${anon.session.id}/${p}`));
      expect(body).not.toContain("Paola Partecipante");
      expect(body).not.toContain("Marco Membro");
    }
  });

  it("is a 404 for people who may not see the session; before it closes the page says 'not yet' and the files are a snapshot", async () => {
    const stranger = await signedIn(t, (await buildAccount(t)).id);
    for (const p of ["summary", "summary.md", "summary.csv", "summary.pdf"]) {
      expect((await stranger.get(`/boards/${b.session.id}/${p}`)).status).toBe(404);
      // Signed out: sign in first, whatever the session (guard.routes.ts).
      expect((await new Client(t).get(`/boards/${b.session.id}/${p}`)).headers.get("location")).toMatch(
        /^\/sign-in\?next=/,
      );
    }
    expect((await b.member.get("/boards/not-a-uuid/summary")).status).toBe(404);
    expect((await b.member.get("/boards/0190a0a0-0000-7000-8000-000000000000/summary.pdf")).status).toBe(404);
    const open = await closedSession({ title: "Tavolo aperto" }, { close: false });
    const page = await open.member.get(`/boards/${open.session.id}/summary`);
    expect(page.status).toBe(200);
    expect(await text(page)).toContain("Il riepilogo sarà disponibile quando la sessione sarà chiusa.");
    // The files exist in every phase: what the person may see so far.
    const csv = await open.member.get(`/boards/${open.session.id}/summary.csv`);
    expect(csv.status).toBe(200);
    expect(await text(csv)).toContain("column,group,rank,votes,note,author,outcomes");
  });
});

describe("guests", () => {
  it("read the summary and its files with their cookie; other guests get a 404", async () => {
    const open = await closedSession({ title: "Tavolo con ospiti", guestsAllowed: true }, { close: false });
    const guest = new Client(t);
    const joined = await guest.submit(
      `/boards/join/${open.session.join_code}`,
      `/boards/join/${open.session.join_code}`,
      { name: "Ospite di prova" },
    );
    expect(joined.status).toBe(303);
    const fac = await t.deps.pool.query(
      "select id from board_participants where session_id = $1 and role = 'facilitator'",
      [open.session.id],
    );
    expect(
      await runCommand(t.deps, open.session.id, fac.rows[0].id as string, { type: "end" }),
    ).toMatchObject({
      ok: true,
    });
    const page = await guest.get(`/boards/${open.session.id}/summary?lang=it`);
    expect(page.status).toBe(200);
    expect(await text(page)).toContain("4 partecipanti, 2 hanno contribuito");
    expect((await guest.get(`/boards/${open.session.id}/summary.csv`)).status).toBe(200);
    // A guest may not promote (no account): sent to sign in.
    const promote = await guest.get(`/boards/${open.session.id}/promote?source=group:${open.groupA}`);
    expect(promote.status).toBe(303);
    // Another browser, with no guest cookie for the session: sign in first.
    expect((await new Client(t).get(`/boards/${open.session.id}/summary`)).status).toBe(303);
  });
});
