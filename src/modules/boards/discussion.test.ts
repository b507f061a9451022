// How the board names and orders groups (board-experience issue, item 6): an unnamed group is
// "Gruppo 2" (its place in its column, in order of creation) everywhere — headings, buttons, lists,
// files — never its first note's text; button labels quote once ("Vota «Gruppo 1»"); in the
// discussion the most voted groups come first, ties in order of creation; and the page tells
// nobody about JavaScript.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBoard } from "../../../test/helpers/boards.ts";
import { signedIn } from "../../../test/helpers/factories.ts";
import { pageText } from "../../../test/helpers/html.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { runCommand } from "./command-runner.ts";
import type { Command } from "./rules.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

const text = pageText;

/** The visible text of main, tags dropped (attributes and scripts included). */
const visible = (html: string) =>
  (/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

const headings = (html: string, columnId: string) => {
  const col =
    new RegExp(`id="column-${columnId}"[\\s\\S]*?(?=<section aria-labelledby="col-|$)`).exec(html)?.[0] ?? "";
  return [...col.matchAll(/<h3 id="group-[^"]+" class="h5">([^<]+)/g)].map((m) => m[1]!.trim());
};

describe("groups on the board", () => {
  it("are named neutrally, quoted once, ordered by votes in the discussion (ties by creation)", async () => {
    const b = await buildBoard(t, { voteBudget: 5, groupCap: 3 }, 2);
    const id = b.session.id;
    const fac = b.fac.participant.id;
    const [p1, p2] = b.people.map((p) => p.participant.id);
    const run = async (who: string, cmd: Command) => {
      const r = await runCommand(t.deps, id, who, cmd);
      if (!r.ok) throw new Error(`${cmd.type}: ${r.reason}`);
    };
    const cols = await t.deps.pool.query(
      "select id from board_columns where session_id = $1 order by position",
      [id],
    );
    const col = cols.rows[0].id as string;
    const texts = ["Prima nota, lunga e scritta da qualcuno", "Seconda nota", "Terza nota", "Quarta nota"];
    for (const text of texts) await run(p1!, { type: "note.add", columnId: col, text });
    await run(fac, { type: "phase.set", phase: "group" });
    const groups = (
      await t.deps.pool.query("select id from board_groups where session_id = $1 order by created_at, id", [
        id,
      ])
    ).rows.map((r) => r.id as string);
    await run(fac, { type: "group.name", groupId: groups[1]!, name: "Accoglienza" });
    await run(fac, { type: "phase.set", phase: "vote" });

    const fc = await signedIn(t, b.fac.account.id);
    const vote = await text(await fc.get(`/boards/${id}?view=list`));
    expect(vote).toContain("Vota «Gruppo 1»");
    expect(vote).toContain("Vota «Accoglienza»");
    expect(vote).not.toMatch(/««|»»/);
    expect(vote).not.toContain("Vota «Prima nota");
    expect(headings(vote, col)).toEqual(["Gruppo 1", "Accoglienza", "Gruppo 3", "Gruppo 4"]);
    const voteEn = await text(await fc.get(`/boards/${id}?lang=en`));
    expect(voteEn).toContain("Vote for “Group 1”");
    expect(voteEn).not.toMatch(/““|””/);
    await fc.get(`/boards/${id}?lang=it`);

    // Votes: Gruppo 3 gets 2, Accoglienza and Gruppo 4 one each (a tie), Gruppo 1 none.
    await run(p1!, { type: "vote", groupId: groups[2]! });
    await run(p2!, { type: "vote", groupId: groups[2]! });
    await run(p2!, { type: "vote", groupId: groups[3]! });
    await run(p1!, { type: "vote", groupId: groups[1]! });
    await run(fac, { type: "phase.set", phase: "discuss" });
    const discuss = await text(await fc.get(`/boards/${id}?view=list`));
    expect(headings(discuss, col)).toEqual(["Gruppo 3", "Accoglienza", "Gruppo 4", "Gruppo 1"]);
    expect(discuss).toContain("Discuti ora «Gruppo 3»");
    // The outcome form's list tells groups of different columns apart by their column.
    expect(discuss).toMatch(/<option value="[^"]+">Gruppo 3 \(Criticità\)<\/option>/);
    // The numbers stay with the groups whatever the order: closed, the summary and its files agree.
    await run(fac, { type: "end" });
    const md = await text(await fc.get(`/boards/${id}/summary.md`));
    expect(md).toContain("### 1. Gruppo 3 — 2 voti");
    expect(md).toContain("### 4. Gruppo 1 — 0 voti");
  });

  it("tells nobody about JavaScript, in either language", async () => {
    const b = await buildBoard(t);
    const fc = await signedIn(t, b.fac.account.id);
    for (const lang of ["it", "en"]) {
      const page = await text(await fc.get(`/boards/${b.session.id}?lang=${lang}`));
      expect(visible(page)).not.toMatch(/javascript/i);
    }
  });
});
