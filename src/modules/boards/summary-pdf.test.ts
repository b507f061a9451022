// The summary PDF (summary-pdf.ts): rendered off the event loop even for a 1,200-note session, once
// per session, `seq` and content (people downloading together share one render), rendered again when
// the session moves on; when every PDF worker is busy and the queue is full, a 503 page with
// Retry-After says when to try again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBoard } from "../../../test/helpers/boards.ts";
import { worstLag } from "../../../test/helpers/event-loop.ts";
import { signedIn } from "../../../test/helpers/factories.ts";
import { readPdfStructure } from "../../../test/helpers/pdf.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { translator } from "../../platform/i18n/index.ts";
import { pdfPool } from "../../platform/pdf/pool.ts";
import type { SessionRow } from "./boards.repo.ts";
import { runCommand } from "./command-runner.ts";
import { summarise } from "./outcomes.service.ts";
import { applyEvent, decide, emptyState, LIMITS } from "./rules.ts";
import { summaryPdf } from "./summary-pdf.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

/** A closed session of `notes` notes in groups of ten over three columns, written by enough people. */
function bigSummary(notes: number, seq = 1) {
  let n = 0;
  const ctx = { now: 0, newId: () => `00000000-0000-7000-8000-${String(++n).padStart(12, "0")}` };
  const s = emptyState(
    "big",
    {
      privateCollect: false,
      anonymous: false,
      maxNoteLength: 280,
      voteBudget: 5,
      groupCap: 3,
      hideVotes: false,
      guestsAllowed: false,
    },
    ["Criticità", "Soluzioni", "Buone pratiche"].map((title, i) => ({
      id: `c${i}`,
      position: i,
      title,
      prompt: "",
    })),
  );
  s.participants.set("f", { id: "f", accountId: "a", name: "Fabiana", role: "facilitator", ready: false });
  const run = (who: string, cmd: Parameters<typeof decide>[2]) => {
    const d = decide(s, who, cmd, ctx);
    if (!d.ok) throw new Error(d.reason);
    for (const e of d.events) applyEvent(s, e);
  };
  for (let i = 0; i < notes; i++) {
    const who = `p${Math.floor(i / LIMITS.notesPerParticipant)}`;
    if (!s.participants.has(who))
      s.participants.set(who, {
        id: who,
        accountId: who,
        name: `Persona ${who}`,
        role: "participant",
        ready: false,
      });
    run(who, {
      type: "note.add",
      columnId: `c${i % 3}`,
      text: `Nota ${i + 1}: servono formazione continua, risorse dedicate e un coordinamento tra enti`,
    });
  }
  run("f", { type: "phase.set", phase: "group" });
  const byColumn = new Map<string, string[]>();
  for (const note of s.notes.values())
    byColumn.set(note.columnId, [...(byColumn.get(note.columnId) ?? []), note.groupId]);
  for (const groups of byColumn.values())
    for (let i = 0; i < groups.length; i++)
      if (i % 10) run("f", { type: "group.merge", groupId: groups[i]!, intoGroupId: groups[i - (i % 10)]! });
  run("f", { type: "end" });
  const row = {
    id: "big",
    title: "Tavolo grande",
    phase: "closed",
    closed_at: null,
    seq,
  } as unknown as SessionRow;
  return summarise(row, s, s.participants.get("f")!, []);
}

const f = { t: translator("it"), lang: "it" as const, zone: "Europe/Rome" };

describe("the summary PDF", () => {
  it("renders a 1,200-note summary without holding the event loop", async () => {
    const sum = bigSummary(1200);
    expect(sum.figures.notes).toBe(1200);
    // Start the worker first: what is measured is the render, not a thread's start.
    await pdfPool.render({ title: "x", lang: "it-IT", blocks: [{ kind: "p", text: "x" }] });
    const { result, lagMs } = await worstLag(() =>
      summaryPdf(f, sum, "http://localhost:3000/boards/big/summary"),
    );
    const pdf = await readPdfStructure(result);
    expect(pdf.title).toBe("Riepilogo: Tavolo grande");
    expect(pdf.elements.filter((e) => e === "LI").length).toBe(1200);
    // Rendered on the event loop this summary held it for 5.9 s in the audit; here the loop only
    // builds the document and hands it over. The bound leaves room for a CI machine running other
    // test files at once (244 ms was seen at a load average of 12), and still fails the old way.
    expect(lagMs).toBeLessThan(1000);
  }, 120_000);

  it("renders once for downloads at the same seq, again when the session moves on", async () => {
    const b = await buildBoard(t, {}, 2);
    const id = b.session.id;
    const cols = await t.deps.pool.query(
      "select id from board_columns where session_id = $1 order by position",
      [id],
    );
    const col = cols.rows[0].id as string;
    await runCommand(t.deps, id, b.people[0]!.participant.id, {
      type: "note.add",
      columnId: col,
      text: "Prima nota",
    });
    const member = await signedIn(t, b.people[1]!.account.id);
    const url = `/boards/${id}/summary.pdf`;
    const bytes = async (r: Response) => {
      expect(r.status).toBe(200);
      return Buffer.from(await r.arrayBuffer());
    };
    const before = pdfPool.renders;
    const [one, two] = await Promise.all([member.get(url).then(bytes), member.get(url).then(bytes)]);
    expect(pdfPool.renders - before).toBe(1);
    expect(one.equals(two)).toBe(true);
    expect((await bytes(await member.get(url))).equals(one)).toBe(true);
    expect(pdfPool.renders - before).toBe(1);
    // A new note: a new seq, a new file.
    await runCommand(t.deps, id, b.people[0]!.participant.id, {
      type: "note.add",
      columnId: col,
      text: "Seconda nota",
    });
    const after = await bytes(await member.get(url));
    expect(pdfPool.renders - before).toBe(2);
    expect(after.equals(one)).toBe(false);
    // Another language is another document at the same seq.
    await bytes(await member.get(`${url}?lang=en`));
    expect(pdfPool.renders - before).toBe(3);
  });

  it("answers 503 with Retry-After, in the person's language, while every worker is busy and the queue is full", async () => {
    const b = await buildBoard(t, {}, 1);
    const member = await signedIn(t, b.people[0]!.account.id);
    const big = bigSummary(300);
    const busy = Array.from({ length: pdfPool.threads + pdfPool.maxQueue }, (_, i) =>
      summaryPdf(f, big, `http://localhost:3000/boards/big/summary?${i}`),
    );
    const res = await member.get(`/boards/${b.session.id}/summary.pdf`);
    expect(res.status).toBe(503);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await res.text()).toContain("Si stanno preparando molti PDF in questo momento. Riprova tra");
    await Promise.all(busy);
    expect((await member.get(`/boards/${b.session.id}/summary.pdf`)).status).toBe(200);
  }, 120_000);
});
