// A closed session's exports (Markdown, CSV with a BOM and escaping, tagged PDF read back with
// pdf-lib) and the lab and meeting panels. Set-up shared through outcomes.test-kit.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { pageText } from "../../../test/helpers/html.ts";
import { buildMeeting } from "../../../test/helpers/labs.ts";
import { readPdfStructure } from "../../../test/helpers/pdf.ts";
import type { TestRuntime } from "../../../test/helpers/runtime.ts";
import { type Built, useOutcomes } from "./outcomes.test-kit.ts";

const kit = useOutcomes();
const { closedSession } = kit;
let t: TestRuntime;
let b: Built;
beforeAll(async () => {
  t = kit.t;
  b = await closedSession();
});

const text = pageText;

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
