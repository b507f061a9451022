// The board's script keeps the view in the browser (client/board/model.ts): from a snapshot, each
// event a participant receives must leave it exactly as the server's `viewOf` would show that
// participant — the same groups in the same order, numbers, notes, totals and dots — or say that a
// fresh snapshot is needed (the phase changes). Checked here against the real rules, event by event.
import { describe, expect, it } from "vitest";
import { apply } from "../../../client/board/model.ts";
import type { EventFrame } from "../../../client/board/protocol.ts";
import {
  applyEvent,
  type BoardState,
  type Command,
  decide,
  emptyState,
  type Participant,
  viewFor,
} from "./rules.ts";
import { viewOf } from "./view.ts";
import type { BoardView } from "./views/shared/types.ts";

let n = 0;
const ctx = {
  now: Date.parse("2026-12-07T10:00:00Z"),
  newId: () => `00000000-0000-7000-8000-${String(++n).padStart(12, "0")}`,
};

function board(): BoardState {
  const s = emptyState(
    "s",
    {
      privateCollect: false,
      anonymous: false,
      maxNoteLength: 280,
      voteBudget: 3,
      groupCap: 3,
      hideVotes: false,
      guestsAllowed: true,
    },
    [
      { id: "c1", position: 0, title: "Criticità", prompt: "" },
      { id: "c2", position: 1, title: "Soluzioni", prompt: "" },
    ],
  );
  const people: Participant[] = [
    { id: "fac", accountId: "a1", name: "Fabiana", role: "facilitator", ready: false },
    { id: "p1", accountId: "a3", name: "Paola", role: "participant", ready: false },
    { id: "p2", accountId: "a4", name: "Piero", role: "participant", ready: false },
  ];
  for (const p of people) s.participants.set(p.id, p);
  return s;
}

/** What the browser's view must match: the columns, the focus and one's own votes left. */
const shown = (v: BoardView) => ({ columns: v.columns, focusGroupId: v.focusGroupId, left: v.me?.votesLeft });

describe("the board's view in the browser", () => {
  it("follows every event as the server's view for that participant", () => {
    const s = board();
    const me = s.participants.get("p1")!;
    let view = viewOf(s, me);
    const ids: Record<string, string> = {};
    let resyncs = 0;
    const run = (who: string, cmd: Command, name?: string) => {
      const d = decide(s, who, cmd, ctx);
      if (!d.ok) throw new Error(`refused ${cmd.type}: ${d.reason}`);
      for (const e of d.events) {
        applyEvent(s, e);
        s.seq++;
        if (name && e.type === "note.added") ids[name] = e.data.note.id;
        const frame = viewFor(e, { id: me.id, staff: false });
        if (!frame) continue;
        const next = apply(view, { ...frame, stream: "board:s", seq: s.seq } as EventFrame);
        if (next.change.resync) {
          // The phase changed: the page asks for a snapshot, which is the server's view.
          resyncs++;
          view = viewOf(s, me);
          continue;
        }
        view = next.view;
        expect(shown(view), `after ${e.type}`).toEqual(shown(viewOf(s, me)));
      }
    };
    run("p1", { type: "note.add", columnId: "c1", text: "Poche risorse" }, "a");
    run("p2", { type: "note.add", columnId: "c1", text: "Personale ridotto" }, "b");
    run("fac", { type: "note.add", columnId: "c1", text: "Orari rigidi" }, "c");
    run("p2", { type: "note.add", columnId: "c2", text: "Volontari" }, "d");
    run("p1", { type: "note.add", columnId: "c1", text: "Sedi lontane" }, "e");
    run("p1", { type: "note.edit", noteId: ids.a!, text: "Poche risorse economiche" });
    run("p2", { type: "note.delete", noteId: ids.b! });
    run("fac", { type: "phase.set", phase: "group" });
    // Into another note's group, out to a group of its own, named, merged.
    run("p2", { type: "note.move", noteId: ids.c!, groupId: view.columns[0]!.groups[0]!.id });
    run("p1", { type: "note.move", noteId: ids.e!, groupId: view.columns[0]!.groups[0]!.id });
    run("p1", { type: "note.move", noteId: ids.c!, groupId: "new" });
    const [first, second] = view.columns[0]!.groups;
    run("fac", { type: "group.name", groupId: first!.id, name: "Risorse" });
    run("fac", { type: "group.merge", groupId: second!.id, intoGroupId: first!.id });
    run("fac", { type: "phase.set", phase: "vote" });
    const g = view.columns[0]!.groups[0]!.id;
    run("p1", { type: "vote", groupId: g });
    run("p2", { type: "vote", groupId: g });
    run("p1", { type: "vote", groupId: view.columns[1]!.groups[0]!.id });
    run("p1", { type: "unvote", groupId: g });
    run("fac", { type: "phase.set", phase: "discuss" });
    run("fac", { type: "group.focus", groupId: g });
    run("fac", { type: "group.focus", groupId: null });
    expect(resyncs).toBe(3);
    expect(view.columns[0]!.groups.map((x) => x.name)).toEqual(["Risorse"]);
    expect(view.columns[0]!.groups[0]!.notes.map((x) => x.text)).toEqual([
      "Poche risorse economiche",
      "Orari rigidi",
      "Sedi lontane",
    ]);
  });

  it("re-uses every group and note an event did not touch, so only they are drawn again", () => {
    const s = board();
    const me = s.participants.get("p1")!;
    for (const text of ["Uno", "Due"]) {
      const d = decide(s, "p2", { type: "note.add", columnId: "c1", text }, ctx);
      if (d.ok) for (const e of d.events) applyEvent(s, e);
    }
    const before = viewOf(s, me);
    const d = decide(s, "p2", { type: "note.add", columnId: "c2", text: "Tre" }, ctx);
    if (!d.ok) throw new Error(d.reason);
    const frame = viewFor(d.events[0]!, { id: "p1", staff: false })!;
    const { view, change } = apply(before, { ...frame, stream: "board:s", seq: 3 } as EventFrame);
    expect([...change.columns]).toEqual(["c2"]);
    expect(view.columns[0]).toBe(before.columns[0]);
    expect(view.columns[1]).not.toBe(before.columns[1]);
  });
});
