import { describe, expect, it } from "vitest";
import { translator } from "../../platform/i18n/index.ts";
import "./messages.ts";
import { applyEvent, decide, emptyState, type Participant } from "./rules.ts";
import { summaryOf, toCsv, toMarkdown } from "./summary.ts";
import { viewOf } from "./view.ts";

let n = 0;
const ctx = { now: 0, newId: () => `00000000-0000-7000-8000-${String(++n).padStart(12, "0")}` };

function board(anonymous = false) {
  const s = emptyState(
    "s",
    {
      privateCollect: false,
      anonymous,
      maxNoteLength: 200,
      voteBudget: 5,
      groupCap: 3,
      hideVotes: false,
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
    return d.events;
  };
  return { s, run };
}

describe("summary and exports", () => {
  it("ranks groups by votes, counts participation, and escapes Markdown and spreadsheet formulas", () => {
    const { s, run } = board();
    run("p", { type: "note.add", columnId: "c1", text: '=HYPERLINK("x")' });
    run("p", { type: "note.add", columnId: "c1", text: "Poco *personale*, nessun [link]" });
    run("f", { type: "phase.set", phase: "group" });
    const groups = [...s.groups.keys()];
    run("f", { type: "group.name", groupId: groups[1]!, name: "Personale" });
    run("f", { type: "phase.set", phase: "vote" });
    run("p", { type: "vote", groupId: groups[1]! });
    run("f", { type: "vote", groupId: groups[1]! });
    run("f", { type: "end" });
    const view = viewOf(s, s.participants.get("p")!);
    const sum = summaryOf(view);
    expect(sum.figures).toEqual({ participants: 2, notes: 2, groups: 2, votes: 2 });
    expect(sum.columns[0]!.groups.map((g) => [g.rank, g.name, g.total])).toEqual([
      [1, "Personale", 2],
      [2, "", 0],
    ]);
    const md = toMarkdown(translator("it"), "Tavolo", view);
    expect(md).toContain("### 1. Personale (Voti: 2)");
    expect(md).toContain("- Poco \\*personale\\*, nessun \\[link\\] — Paolo");
    const csv = toCsv(view);
    expect(csv).toContain(`Criticità,,2,0,"'=HYPERLINK(""x"")",Paolo`);
  });

  it("carries no author in an anonymous session's exports", () => {
    const { s, run } = board(true);
    run("p", { type: "note.add", columnId: "c1", text: "Anonima" });
    const view = viewOf(s, s.participants.get("f")!);
    expect(toMarkdown(translator("en"), "Table", view)).not.toContain("Paolo");
    expect(toCsv(view)).toBe("column,group,rank,votes,note,author\r\nCriticità,,1,0,Anonima,\r\n");
  });
});
