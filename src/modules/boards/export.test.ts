// The session's one set of files (export.ts), from the summary in any phase: ranking, escaping of
// Markdown and spreadsheet formulas, no author in an anonymous session, hidden votes left hidden,
// and the phase named before the session is closed. Pure: rules, view and summary, no database.
import { describe, expect, it } from "vitest";
import { translator } from "../../platform/i18n/index.ts";
import type { SessionRow } from "./boards.repo.ts";
import { exportFileName, summaryCsv, summaryMarkdown } from "./export.ts";
import { summarise } from "./outcomes.service.ts";
import { applyEvent, decide, emptyState, type Participant } from "./rules.ts";

let n = 0;
const ctx = { now: 0, newId: () => `00000000-0000-7000-8000-${String(++n).padStart(12, "0")}` };

function board(o: { anonymous?: boolean; hideVotes?: boolean } = {}) {
  const s = emptyState(
    "s",
    {
      privateCollect: false,
      anonymous: o.anonymous ?? false,
      maxNoteLength: 200,
      voteBudget: 5,
      groupCap: 3,
      hideVotes: o.hideVotes ?? false,
      guestsAllowed: false,
    },
    [{ id: "c1", position: 0, title: "Criticità", prompt: "Cosa non va?" }],
  );
  const people: Participant[] = [
    { id: "f", accountId: "a", name: "Fabiana", role: "facilitator", ready: false },
    { id: "p", accountId: "b", name: "Paolo", role: "participant", ready: false },
  ];
  for (const p of people) s.participants.set(p.id, p);
  const run = (who: string, cmd: Parameters<typeof decide>[2]) => {
    const d = decide(s, who, cmd, ctx);
    if (!d.ok) throw new Error(d.reason);
    for (const e of d.events) applyEvent(s, e);
  };
  // Only what the files read of the row.
  const files = (viewer: string, lang: "it" | "en" = "it") => {
    const row = { id: "s", title: "Tavolo", phase: s.phase, closed_at: null } as unknown as SessionRow;
    const sum = summarise(row, s, s.participants.get(viewer)!, []);
    const f = { t: translator(lang), lang, zone: "Europe/Rome" };
    return { sum, md: summaryMarkdown(f, sum), csv: summaryCsv(f, sum).replace(/^\uFEFF/, "") };
  };
  return { s, run, files };
}

describe("the session's files", () => {
  it("rank groups by votes and escape Markdown and spreadsheet formulas", () => {
    const { s, run, files } = board();
    run("p", { type: "note.add", columnId: "c1", text: '=HYPERLINK("x")' });
    run("p", { type: "note.add", columnId: "c1", text: "Poco *personale*, nessun [link]" });
    run("f", { type: "phase.set", phase: "group" });
    const groups = [...s.groups.keys()];
    run("f", { type: "group.name", groupId: groups[1]!, name: "Personale" });
    run("f", { type: "phase.set", phase: "vote" });
    run("p", { type: "vote", groupId: groups[1]! });
    run("f", { type: "vote", groupId: groups[1]! });
    run("f", { type: "end" });
    const { sum, md, csv } = files("p");
    expect(sum.figures).toMatchObject({ participants: 2, notes: 2, groups: 2, votes: 2 });
    expect(sum.columns[0]!.groups.map((g) => [g.rank, g.name, g.votes])).toEqual([
      [1, "Personale", 2],
      [2, "", 0],
    ]);
    expect(md).toContain("### 1. Personale — 2 voti");
    expect(md).toContain("- Poco \\*personale\\*, nessun \\[link\\] — Paolo");
    expect(md).not.toContain("Fase:");
    expect(csv.split("\r\n")[0]).toBe("column,group,rank,votes,note,author,outcomes");
    expect(csv).toContain(`Criticità,Gruppo 1,2,0,"'=HYPERLINK(""x"")",Paolo,`);
  });

  it("carry no author in an anonymous session", () => {
    const { run, files } = board({ anonymous: true });
    run("p", { type: "note.add", columnId: "c1", text: "Anonima" });
    const { md, csv } = files("f", "en");
    expect(md).not.toContain("Paolo");
    expect(md).toContain("Phase: Collect");
    expect(csv).toBe("column,group,rank,votes,note,author,outcomes\r\nCriticità,Group 1,1,0,Anonima,,\r\n");
  });

  it("keep votes hidden while the facilitators hide them", () => {
    const { s, run, files } = board({ hideVotes: true });
    run("p", { type: "note.add", columnId: "c1", text: "Da votare" });
    run("f", { type: "phase.set", phase: "vote" });
    run("p", { type: "vote", groupId: [...s.groups.keys()][0]! });
    const { md, csv } = files("p");
    expect(md).toContain("Fase: Voto");
    expect(md).toContain("Voti nascosti fino alla fine della fase");
    expect(csv).toContain("Criticità,Gruppo 1,1,,Da votare,Paolo,");
  });
});

describe("the files' names", () => {
  const zone = "Europe/Rome";
  it("are the title and the closing day, slugified, with no id", () => {
    const closed = { title: "Tavolo ICOM: «Inclusione»!", closed_at: new Date("2026-12-07T16:00:00Z") };
    expect(exportFileName(closed, new Date("2027-01-01T00:00:00Z"), zone, "md")).toBe(
      "tavolo-icom-inclusione-2026-12-07-summary.md",
    );
    expect(exportFileName(closed, new Date(), zone, "pdf")).toBe(
      "tavolo-icom-inclusione-2026-12-07-summary.pdf",
    );
  });
  it("take the day in the instance's zone, and today's before closing", () => {
    // 23:30 UTC on 7 December is already the 8th in Rome.
    const late = { title: "Città più accessibili", closed_at: new Date("2026-12-07T23:30:00Z") };
    expect(exportFileName(late, new Date(), zone, "csv")).toBe(
      "citta-piu-accessibili-2026-12-08-summary.csv",
    );
    const open = { title: "Città più accessibili", closed_at: null };
    expect(exportFileName(open, new Date("2026-12-09T10:00:00Z"), zone, "csv")).toBe(
      "citta-piu-accessibili-2026-12-09-summary.csv",
    );
  });
  it("fall back to 'session' for a title with no letters or digits, and stay short", () => {
    expect(
      exportFileName({ title: "«…»", closed_at: null }, new Date("2026-12-09T10:00:00Z"), zone, "md"),
    ).toBe("session-2026-12-09-summary.md");
    const long = exportFileName({ title: "parola ".repeat(40), closed_at: null }, new Date(), zone, "md");
    expect(long.length).toBeLessThanOrEqual(60 + "-2026-12-09-summary.md".length);
    expect(long).toMatch(/^parola(-parola)*-\d{4}-\d{2}-\d{2}-summary\.md$/);
  });
});
