// A closed session's outcomes: the summary (ranking, figures, anonymity), its exports (Markdown, CSV
// with a BOM and escaping, tagged PDF read back with pdf-lib), the lab and meeting panels, and
// "promote" to a draft practice or a plan action, refused to anyone but the facilitators; bad input
// is a 4xx, never a 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorOf, DEFAULT_SESSION } from "../../../test/helpers/boards.ts";
import { Client } from "../../../test/helpers/client.ts";
import { addToNetwork, buildAccount, buildNetwork, signedIn } from "../../../test/helpers/factories.ts";
import { pageText } from "../../../test/helpers/html.ts";
import { buildLab, buildMeeting } from "../../../test/helpers/labs.ts";
import { readPdfStructure } from "../../../test/helpers/pdf.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { SYSTEM } from "../../platform/auth/index.ts";
import { addGoal, createPlan, getPlan, type Lab } from "../labs/index.ts";
import { createSession, join } from "./boards.service.ts";
import { runCommand } from "./command-runner.ts";
import type { SessionInput } from "./schema.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

const text = pageText;

type Built = Awaited<ReturnType<typeof closedSession>>;

/**
 * A network with a lab; a session of the lab run to its end: three notes (two grouped as
 * "Competenze"), four dots, an action on the group and a general outcome.
 */
async function closedSession(o: Partial<SessionInput> = {}, opts: { close?: boolean; lab?: Lab } = {}) {
  const network = opts.lab ? { id: opts.lab.networkId } : await buildNetwork(t);
  const lab = opts.lab ?? (await buildLab(t, network.id, { visibility: "public" }));
  const fac = await buildAccount(t, { name: "Fabiana Facilitatrice" });
  await addToNetwork(t, network.id, fac.id, "coordinator");
  const facActor = await actorOf(t, fac.id);
  const session = await createSession(
    t.deps,
    facActor,
    network,
    { ...DEFAULT_SESSION, title: "Tavolo «Inclusione»", lab: lab.id, ...o },
    "it",
  );
  const people = [];
  for (const name of ["Paola Partecipante", "Marco Membro"]) {
    const a = await buildAccount(t, { name });
    await addToNetwork(t, network.id, a.id, "member");
    const { participant } = await join(t.deps, session, { actor: await actorOf(t, a.id) });
    people.push({ account: a, participant });
  }
  const { participant: facP } = await join(t.deps, session, { actor: facActor });
  const run = async (who: string, cmd: Record<string, unknown>) => {
    const r = await runCommand(t.deps, session.id, who, cmd as never);
    if (!r.ok) throw new Error(`${String(cmd.type)}: ${r.reason}`);
  };
  const cols = (
    await t.deps.pool.query("select id from board_columns where session_id = $1 order by position", [
      session.id,
    ])
  ).rows.map((r) => r.id as string);
  const [p1, p2] = people.map((p) => p.participant.id) as [string, string];
  await run(p1, { type: "note.add", columnId: cols[0], text: "Poca formazione digitale" });
  await run(p2, { type: "note.add", columnId: cols[0], text: 'Mancano risorse, "fondi" e personale' });
  await run(p1, { type: "note.add", columnId: cols[1], text: "=SUM(A1) come soluzione" });
  const notes = (
    await t.deps.pool.query("select id, group_id, text from board_notes where session_id = $1", [session.id])
  ).rows as { id: string; group_id: string; text: string }[];
  const n1 = notes.find((n) => n.text.startsWith("Poca"))!;
  const n2 = notes.find((n) => n.text.startsWith("Mancano"))!;
  const n3 = notes.find((n) => n.text.startsWith("=SUM"))!;
  await run(facP.id, { type: "phase.set", phase: "group" });
  await run(facP.id, { type: "note.move", noteId: n2.id, groupId: n1.group_id });
  await run(facP.id, { type: "group.name", groupId: n1.group_id, name: "Competenze" });
  await run(facP.id, { type: "phase.set", phase: "vote" });
  await run(p1, { type: "vote", groupId: n1.group_id });
  await run(p1, { type: "vote", groupId: n1.group_id });
  await run(p2, { type: "vote", groupId: n1.group_id });
  await run(p2, { type: "vote", groupId: n3.group_id });
  await run(facP.id, { type: "phase.set", phase: "discuss" });
  await run(facP.id, {
    type: "outcome.add",
    kind: "action",
    text: "Corso di formazione per il personale",
    owner: "ICOM Learning Center",
    due: "2026-12-01",
    groupId: n1.group_id,
  });
  await run(facP.id, { type: "outcome.add", kind: "outcome", text: "Rete di referenti" });
  if (opts.close !== false) await run(facP.id, { type: "end" });
  return {
    network,
    lab,
    session,
    fac: { account: fac, client: await signedIn(t, fac.id) },
    member: await signedIn(t, people[0]!.account.id),
    groupA: n1.group_id,
    noteB: n3,
  };
}

let b: Built;
let anon: Built;
beforeAll(async () => {
  b = await closedSession();
  anon = await closedSession({ anonymous: true, title: "Tavolo anonimo" });
});

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

describe("exports", () => {
  it("CSV: UTF-8 with a BOM, one row per note with column, group, rank and votes, escaped", async () => {
    const res = await b.member.get(`/boards/${b.session.id}/summary.csv?lang=it`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    // Named after the session: "Tavolo «Inclusione»" closed today (in TIME_ZONE).
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="tavolo-inclusione-\d{4}-\d{2}-\d{2}-summary\.csv"$/,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes.slice(3));
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe("column,group,rank,votes,note,author,outcomes");
    expect(lines).toHaveLength(5); // header, 3 notes, final empty
    expect(csv).toContain(
      'Criticità,Competenze,1,3,"Mancano risorse, ""fondi"" e personale",Marco Membro,"Azione: Corso di formazione per il personale (responsabile: ICOM Learning Center, entro il 1 dicembre 2026)"\r\n',
    );
    // A formula-like note is neutralised.
    expect(csv).toContain("Soluzioni,Gruppo 1,1,1,'=SUM(A1) come soluzione,Paola Partecipante,");
  });

  it("Markdown: title, columns and ranked groups as headings", async () => {
    const res = await b.member.get(`/boards/${b.session.id}/summary.md?lang=en`);
    expect(res.status).toBe(200);
    const md = await res.text();
    expect(md.startsWith("# Tavolo «Inclusione»\n")).toBe(true);
    expect(md).toContain("## Criticità");
    expect(md).toContain("### 1. Competenze — 3 votes");
    expect(md).toContain("- Poca formazione digitale — Paola Partecipante");
    expect(md).toContain("> Action: Corso di formazione per il personale");
  });

  it("PDF: tagged, with /Lang, a displayed title and headings in reading order", async () => {
    for (const [lang, code, title] of [
      ["it", "it-IT", "Riepilogo: Tavolo «Inclusione»"],
      ["en", "en-GB", "Summary: Tavolo «Inclusione»"],
    ] as const) {
      const res = await b.member.get(`/boards/${b.session.id}/summary.pdf?lang=${lang}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      const s = await readPdfStructure(Buffer.from(await res.arrayBuffer()));
      expect(s.hasStructTreeRoot).toBe(true);
      expect(s.marked).toBe(true);
      expect(s.lang).toBe(code);
      expect(s.displayDocTitle).toBe(true);
      expect(s.title).toBe(title);
      expect(s.elements[0]).toBe("Document");
      const headings = s.elements.filter((e) => /^H\d$/.test(e));
      // Title, then the three columns (each with its groups), then the session's outcomes.
      expect(headings[0]).toBe("H1");
      expect(headings.filter((h) => h === "H1")).toHaveLength(1);
      expect(headings.filter((h) => h === "H2")).toHaveLength(4);
      expect(headings.filter((h) => h === "H3")).toHaveLength(2);
      expect(headings.indexOf("H3")).toBeGreaterThan(headings.indexOf("H2"));
      expect(s.elements).toEqual(expect.arrayContaining(["Table", "TH", "L", "LI", "Link"]));
    }
  });
});

describe("lab and meeting pages", () => {
  it("show a compact summary with a link to a closed session's summary, to those who may see it", async () => {
    const page = await text(await b.member.get(`/labs/${b.lab.slug}?lang=it`));
    expect(page).toContain("Esiti delle sessioni partecipative");
    expect(page).toContain(`href="/boards/${b.session.id}/summary"`);
    expect(page).toContain("Competenze (Criticità) — 3 voti");
    // The lab is public; the session is not: an anonymous visitor sees no panel.
    expect(await text(await new Client(t).get(`/labs/${b.lab.slug}`))).not.toContain(
      "Esiti delle sessioni partecipative",
    );
    const meeting = await buildMeeting(t, b.lab);
    const m = await closedSession({ title: "Tavolo dell'incontro", meeting: meeting.id }, { lab: b.lab });
    const mp = await text(await m.member.get(`/labs/${b.lab.slug}/meetings/${meeting.slug}?lang=it`));
    expect(mp).toContain(`href="/boards/${m.session.id}/summary"`);
    expect(mp).not.toContain(`href="/boards/${b.session.id}/summary"`);
  });
});

describe("promote", () => {
  it("is refused to participants (403), strangers (404) and anonymous visitors (sign in)", async () => {
    const path = `/boards/${b.session.id}/promote`;
    expect((await b.member.get(`${path}?source=group:${b.groupA}`)).status).toBe(403);
    const token = await b.member.csrf(`/boards/${b.session.id}/summary`);
    const post = await b.member.post(path, {
      _csrf: token,
      source: `group:${b.groupA}`,
      target: "practice",
      title: "X",
    });
    expect(post.status).toBe(403);
    const stranger = await signedIn(t, (await buildAccount(t)).id);
    expect((await stranger.get(`${path}?source=group:${b.groupA}`)).status).toBe(404);
    const anonymous = await new Client(t).get(`${path}?source=group:${b.groupA}`);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toMatch(/^\/sign-in/);
    const n = await t.deps.pool.query("select count(*)::int as n from board_promotions");
    expect(n.rows[0].n).toBe(0);
  });

  it("turns a group into a draft practice of the session's network, audited and linked from the summary", async () => {
    const c = b.fac.client;
    const summary = await text(await c.get(`/boards/${b.session.id}/summary`));
    expect(summary).toContain(`/boards/${b.session.id}/promote?source=group:${b.groupA}`);
    const form = `/boards/${b.session.id}/promote?source=group:${b.groupA}`;
    const page = await c.get(form);
    expect(page.status).toBe(200);
    const html = await text(page);
    expect(html).toContain('value="Competenze"');
    // Bad input: an empty title and an unknown target come back on the same form, kept.
    const bad = await c.submit(form, `/boards/${b.session.id}/promote`, {
      source: `group:${b.groupA}`,
      target: "somewhere",
      title: "",
    });
    expect(bad.status).toBe(422);
    const badHtml = await text(bad);
    expect(badHtml).toContain("Scegli dove promuovere.");
    expect(badHtml).toContain('id="error-summary"');
    const ok = await c.submit(form, `/boards/${b.session.id}/promote`, {
      source: `group:${b.groupA}`,
      target: "practice",
      title: "Competenze digitali <b>nei musei</b>",
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe(`/boards/${b.session.id}/summary`);
    const p = await t.deps.pool.query(
      "select id, slug, title, summary, status, network_id, visibility, created_by from practices where title like 'Competenze digitali%'",
    );
    expect(p.rows).toHaveLength(1);
    const row = p.rows[0];
    expect(row.status).toBe("draft");
    expect(row.network_id).toBe(b.session.network_id);
    expect(row.created_by).toBe(b.fac.account.id);
    expect(row.title).not.toContain("<b>");
    expect(row.summary).toContain("Poca formazione digitale");
    const audit = await t.deps.pool.query(
      "select actor_id, network_id from audit_log where action = 'practice.promote-from-board'",
    );
    expect(audit.rows).toEqual([{ actor_id: b.fac.account.id, network_id: b.session.network_id }]);
    const after = await text(await c.get(`/boards/${b.session.id}/summary`));
    expect(after).toContain("Creata una buona pratica in bozza nel catalogo della rete.");
    expect(after).toContain(`href="/practices/${row.slug}"`);
    // The draft is visible to the facilitator who promoted it, not to a participant.
    const practicePage = await c.get(`/practices/${row.slug}`);
    expect(practicePage.status).toBe(200);
    // The practice page says where it came from: the session (its summary).
    const practiceHtml = await text(practicePage);
    expect(practiceHtml).toContain("Da dove viene");
    expect(practiceHtml).toContain(`href="/boards/${b.session.id}/summary"`);
    expect((await b.member.get(`/practices/${row.slug}`)).status).toBe(404);
    // The lab page lists what its sessions gave the catalogue, to those who may read it.
    const labPage = await text(await c.get(`/labs/${b.lab.slug}?lang=it`));
    expect(labPage).toContain("Buone pratiche nate dal laboratorio");
    expect(labPage).toContain(`href="/practices/${row.slug}"`);
    expect(labPage).toContain("bozza, non ancora pubblicata");
    expect(await text(await b.member.get(`/labs/${b.lab.slug}?lang=it`))).not.toContain(
      `/practices/${row.slug}`,
    );
    // Promoting the same group to the catalogue again is refused on the form.
    const again = await c.submit(form, `/boards/${b.session.id}/promote`, {
      source: `group:${b.groupA}`,
      target: "practice",
      title: "Competenze digitali, di nuovo",
    });
    expect(again.status).toBe(422);
    expect(await text(again)).toContain("È già stato promosso qui: lo trovi nel riepilogo della sessione.");
  });

  it("turns a note into an action of the lab's plan, with owner and deadline", async () => {
    const plan = await createPlan(t.deps, SYSTEM, b.lab, { title: "Piano della rete" });
    await addGoal(t.deps, SYSTEM, b.lab, await getPlan(t.deps, SYSTEM, b.lab, plan.slug), {
      title: "Formazione",
    });
    const goal = (await getPlan(t.deps, SYSTEM, b.lab, plan.slug)).goals[0]!;
    const c = b.fac.client;
    const form = `/boards/${b.session.id}/promote?source=note:${b.noteB.id}`;
    const html = await text(await c.get(form));
    expect(html).toContain("Azione del piano «Piano della rete», obiettivo «Formazione»");
    const target = `action:${plan.slug}:${goal.id}`;
    const bad = await c.submit(form, `/boards/${b.session.id}/promote`, {
      source: `note:${b.noteB.id}`,
      target,
      title: "Usare i fogli di calcolo",
      deadline: "2026-13-45",
    });
    expect(bad.status).toBe(422);
    const badHtml = await text(bad);
    expect(badHtml).toContain("La scadenza non è una data valida: scegli un giorno dal calendario");
    expect(badHtml).toMatch(/<input type="date"[^>]*name="deadline"/);
    // A day that does not exist is refused too, not rolled over to March.
    const feb30 = await c.submit(form, `/boards/${b.session.id}/promote`, {
      source: `note:${b.noteB.id}`,
      target,
      title: "Usare i fogli di calcolo",
      deadline: "2027-02-30",
    });
    expect(feb30.status).toBe(422);
    expect(badHtml).toContain('value="Usare i fogli di calcolo"');
    const ok = await c.submit(form, `/boards/${b.session.id}/promote`, {
      source: `note:${b.noteB.id}`,
      target,
      title: "Usare i fogli di calcolo",
      owner: "Ufficio digitale",
      deadline: "2027-03-31",
    });
    expect(ok.status).toBe(303);
    const action = (await getPlan(t.deps, SYSTEM, b.lab, plan.slug)).goals[0]!.actions[0]!;
    expect(action).toMatchObject({
      title: "Usare i fogli di calcolo",
      owner: "Ufficio digitale",
      deadline: "2027-03-31",
    });
    const after = await text(await c.get(`/boards/${b.session.id}/summary`));
    expect(after).toContain("Azione del piano: Usare i fogli di calcolo");
  });

  it("never answers 500 to bad input", async () => {
    const c = b.fac.client;
    const base = `/boards/${b.session.id}/promote`;
    expect((await c.get(`${base}?source=group:not-a-uuid`)).status).toBe(404);
    expect((await c.get(`${base}?source=group:0190a0a0-0000-7000-8000-000000000000`)).status).toBe(404);
    expect((await c.get(base)).status).toBe(404);
    expect((await c.get("/boards/nope/promote?source=x")).status).toBe(404);
    const token = await c.csrf(`/boards/${b.session.id}/summary`);
    const cases: Record<string, string>[] = [
      {},
      { source: "note:x", target: "practice", title: "t" },
      { source: `group:${b.groupA}`, target: "action:nope:0190a0a0-0000-7000-8000-000000000000", title: "t" },
      { source: `group:${b.groupA}`, target: "practice", title: "x".repeat(500) },
      { source: `group:${b.groupA}`, target: "practice", title: "ok\u0000" },
    ];
    for (const fields of cases) {
      const r = await c.post(base, { _csrf: token, ...fields });
      expect(r.status, JSON.stringify(fields)).toBeGreaterThanOrEqual(300);
      expect(r.status, JSON.stringify(fields)).toBeLessThan(500);
    }
    // An open session cannot be promoted from.
    const open = await closedSession({ title: "Ancora aperto" }, { close: false });
    expect(
      (await open.fac.client.get(`/boards/${open.session.id}/promote?source=group:${open.groupA}`)).status,
    ).toBe(404);
  });
});
