import { describe, expect, it } from "vitest";
import { commandFromForm, parseCommand } from "./commands.ts";
import {
  applyEvent,
  type BoardState,
  type Command,
  type Draft,
  decide,
  emptyState,
  LIMITS,
  type Participant,
  type Settings,
  viewFor,
} from "./rules.ts";

const SETTINGS: Settings = {
  privateCollect: false,
  anonymous: false,
  maxNoteLength: 50,
  voteBudget: 3,
  groupCap: 2,
  hideVotes: false,
  guestsAllowed: true,
};

let n = 0;
const ctx = {
  now: Date.parse("2026-11-23T10:00:00Z"),
  newId: () => `00000000-0000-7000-8000-${String(++n).padStart(12, "0")}`,
};

function board(settings: Partial<Settings> = {}) {
  const s = emptyState("s", { ...SETTINGS, ...settings }, [
    { id: "c1", position: 0, title: "Criticità", prompt: "" },
    { id: "c2", position: 1, title: "Soluzioni", prompt: "" },
  ]);
  const people: Participant[] = [
    { id: "fac", accountId: "a1", name: "Fabiana", role: "facilitator", ready: false },
    { id: "co", accountId: "a2", name: "Corrado", role: "co-facilitator", ready: false },
    { id: "p1", accountId: "a3", name: "Paola", role: "participant", ready: false },
    { id: "p2", accountId: "a4", name: "Piero", role: "participant", ready: false },
    { id: "g", accountId: null, name: "Gina", role: "guest", ready: false },
  ];
  for (const p of people) s.participants.set(p.id, p);
  return s;
}

/** An event's data, read by key whatever its type. */
const dataOf = (e: Draft): Record<string, unknown> => e.data;

/** Decides and applies; returns the events (throws on refusal). */
function run(s: BoardState, who: string, cmd: Command) {
  const d = decide(s, who, cmd, ctx);
  if (!d.ok) throw new Error(`refused: ${d.reason}`);
  for (const e of d.events) applyEvent(s, e);
  return d.events;
}
const reason = (s: BoardState, who: string, cmd: Command) => {
  const d = decide(s, who, cmd, ctx);
  return d.ok ? "accepted" : d.reason;
};
const add = (s: BoardState, who: string, text = "Poche risorse", columnId = "c1") => {
  const [e] = run(s, who, { type: "note.add", columnId, text });
  return (dataOf(e!).note as { id: string; groupId: string }).id;
};
const phase = (s: BoardState, p: "collect" | "group" | "vote" | "discuss") =>
  run(s, "fac", { type: "phase.set", phase: p });

describe("collect", () => {
  it("adds notes in a group of their own, trimmed, within the session's maximum length", () => {
    const s = board();
    const id = add(s, "p1", "  Poche risorse  ");
    const note = s.notes.get(id)!;
    expect(note.text).toBe("Poche risorse");
    expect(s.groups.get(note.groupId)).toEqual({ id: note.groupId, columnId: "c1", name: "" });
    expect(reason(s, "p1", { type: "note.add", columnId: "c1", text: "x".repeat(51) })).toBe("too-long");
    expect(reason(s, "p1", { type: "note.add", columnId: "c1", text: "è".repeat(50) })).toBe("accepted");
    expect(reason(s, "p1", { type: "note.add", columnId: "c1", text: "   " })).toBe("empty");
    expect(reason(s, "p1", { type: "note.add", columnId: "nope", text: "x" })).toBe("not-found");
    expect(reason(s, "stranger", { type: "note.add", columnId: "c1", text: "x" })).toBe("not-joined");
  });

  it("lets only the author edit or delete a note, and only while collecting", () => {
    const s = board();
    const id = add(s, "p1");
    expect(reason(s, "p2", { type: "note.edit", noteId: id, text: "Mio" })).toBe("not-yours");
    expect(reason(s, "fac", { type: "note.delete", noteId: id })).toBe("not-yours");
    run(s, "p1", { type: "note.edit", noteId: id, text: "Risorse scarse" });
    expect(s.notes.get(id)!.text).toBe("Risorse scarse");
    const groupId = s.notes.get(id)!.groupId;
    const [e] = run(s, "p1", { type: "note.delete", noteId: id });
    expect(e!.data).toEqual({ noteId: id, removedGroupId: groupId });
    expect(s.groups.size).toBe(0);
    const other = add(s, "p2");
    phase(s, "group");
    expect(reason(s, "p2", { type: "note.edit", noteId: other, text: "Dopo" })).toBe("wrong-phase");
    expect(reason(s, "p2", { type: "note.add", columnId: "c1", text: "Tardi" })).toBe("wrong-phase");
  });

  it("in private collect sends a note only to its author and the facilitators, and reveals all when the phase ends", () => {
    const s = board({ privateCollect: true });
    const id = add(s, "p1");
    const d = decide(s, "p2", { type: "note.add", columnId: "c1", text: "Altra" }, ctx);
    expect(d.ok).toBe(true);
    const e = d.ok ? d.events[0]! : null!;
    expect(viewFor(e, { id: "p2", staff: false })).toMatchObject({ type: "note.added", mine: true });
    expect(viewFor(e, { id: "p1", staff: false })).toBeNull();
    expect(viewFor(e, { id: "fac", staff: true })).toMatchObject({ type: "note.added" });
    expect(viewFor(e, { id: "fac", staff: true })).not.toHaveProperty("mine");
    const [reveal] = phase(s, "group");
    expect(reveal!.audience).toBe("all");
    expect((dataOf(reveal!).notes as { id: string }[]).map((x) => x.id)).toEqual([id]);
  });

  it("never names the author in anonymous mode; the author alone learns the note is theirs", () => {
    const s = board({ anonymous: true });
    const d = decide(s, "p1", { type: "note.add", columnId: "c1", text: "Segreto" }, ctx);
    const e = d.ok ? d.events[0]! : null!;
    expect(JSON.stringify(viewFor(e, { id: "p2", staff: false }))).not.toContain("Paola");
    expect(JSON.stringify(viewFor(e, { id: "fac", staff: true }))).not.toMatch(/Paola|"p1"/);
    expect(viewFor(e, { id: "p1", staff: false })).toMatchObject({ mine: true });
    const named = board();
    const d2 = decide(named, "p1", { type: "note.add", columnId: "c1", text: "Firmato" }, ctx);
    expect(d2.ok && dataOf(d2.events[0]!).note).toMatchObject({ author: { id: "p1", name: "Paola" } });
  });

  it("switches anonymity only before any note exists, and only by a facilitator", () => {
    const s = board();
    expect(reason(s, "p1", { type: "anonymity.set", anonymous: true })).toBe("not-facilitator");
    run(s, "co", { type: "anonymity.set", anonymous: true });
    expect(s.settings.anonymous).toBe(true);
    add(s, "p1");
    expect(reason(s, "fac", { type: "anonymity.set", anonymous: false })).toBe("notes-exist");
  });
});

describe("note caps", () => {
  it("refuses a person's note past the cap per participant, and anyone's past the cap per session", () => {
    const s = board();
    for (let i = 0; i < LIMITS.notesPerParticipant; i++) add(s, "p1", `Nota ${i}`);
    expect(reason(s, "p1", { type: "note.add", columnId: "c1", text: "Una di troppo" })).toBe(
      "too-many-notes",
    );
    // Other people are not held back by one person's notes; deleting one gives the slot back.
    expect(reason(s, "p2", { type: "note.add", columnId: "c1", text: "Mia" })).toBe("accepted");
    const [first] = [...s.notes.values()];
    run(s, "p1", { type: "note.delete", noteId: first!.id });
    expect(reason(s, "p1", { type: "note.add", columnId: "c1", text: "Di nuovo" })).toBe("accepted");
    // Fill the session with notes of many people up to its cap.
    let k = 0;
    while (s.notes.size < LIMITS.notesPerSession) {
      const who = `x${Math.floor(k++ / LIMITS.notesPerParticipant)}`;
      if (!s.participants.has(who))
        s.participants.set(who, { id: who, accountId: who, name: who, role: "participant", ready: false });
      add(s, who, `Nota ${k}`);
    }
    expect(reason(s, "p2", { type: "note.add", columnId: "c2", text: "Ancora" })).toBe("board-full");
    expect(reason(s, "fac", { type: "note.add", columnId: "c2", text: "Ancora" })).toBe("board-full");
  });
});

describe("group", () => {
  it("moves notes between groups of the same column, to a new group, names and merges groups", () => {
    const s = board();
    const a = add(s, "p1", "A");
    const b = add(s, "p2", "B");
    const c = add(s, "p2", "C", "c2");
    expect(reason(s, "p1", { type: "note.move", noteId: a, groupId: s.notes.get(b)!.groupId })).toBe(
      "wrong-phase",
    );
    phase(s, "group");
    const gb = s.notes.get(b)!.groupId;
    const ga = s.notes.get(a)!.groupId;
    run(s, "p1", { type: "note.move", noteId: a, groupId: gb });
    expect(s.notes.get(a)!.groupId).toBe(gb);
    expect(s.groups.has(ga)).toBe(false);
    expect(reason(s, "p1", { type: "note.move", noteId: c, groupId: gb })).toBe("other-column");
    expect(reason(s, "p1", { type: "note.move", noteId: c, groupId: "new" })).toBe("same-group");
    run(s, "p2", { type: "note.move", noteId: a, groupId: "new" });
    const gaNew = s.notes.get(a)!.groupId;
    expect(gaNew).not.toBe(gb);
    run(s, "g", { type: "group.name", groupId: gb, name: "Risorse" });
    expect(s.groups.get(gb)!.name).toBe("Risorse");
    expect(reason(s, "g", { type: "group.name", groupId: gb, name: "x".repeat(121) })).toBe("too-long");
    run(s, "p1", { type: "group.merge", groupId: gaNew, intoGroupId: gb });
    expect(
      [...s.notes.values()]
        .filter((x) => x.groupId === gb)
        .map((x) => x.id)
        .sort(),
    ).toEqual([a, b].sort());
    expect(reason(s, "p1", { type: "group.merge", groupId: gb, intoGroupId: s.notes.get(c)!.groupId })).toBe(
      "other-column",
    );
  });
});

describe("vote", () => {
  function voting(settings: Partial<Settings> = {}) {
    const s = board(settings);
    const ids = [add(s, "p1", "A"), add(s, "p1", "B"), add(s, "p2", "C")];
    phase(s, "group");
    phase(s, "vote");
    return { s, groups: ids.map((id) => s.notes.get(id)!.groupId) };
  }

  it("keeps each person within the budget and the cap per group; unvote gives a dot back", () => {
    const { s, groups } = voting();
    const [g1, g2, g3] = groups as [string, string, string];
    run(s, "p1", { type: "vote", groupId: g1 });
    const [e] = run(s, "p1", { type: "vote", groupId: g1 });
    expect(e!.data).toEqual({ groupId: g1, total: 2 });
    expect(e!.selfData).toEqual({ mine: 2, left: 1 });
    expect(reason(s, "p1", { type: "vote", groupId: g1 })).toBe("group-cap");
    run(s, "p1", { type: "vote", groupId: g2 });
    expect(reason(s, "p1", { type: "vote", groupId: g3 })).toBe("no-votes-left");
    expect(reason(s, "p1", { type: "unvote", groupId: g3 })).toBe("no-vote-here");
    run(s, "p1", { type: "unvote", groupId: g2 });
    run(s, "p1", { type: "vote", groupId: g3 });
    run(s, "p2", { type: "vote", groupId: g1 });
    expect(s.votes.get(g1)).toEqual(
      new Map([
        ["p1", 2],
        ["p2", 1],
      ]),
    );
    phase(s, "discuss");
    expect(reason(s, "p1", { type: "unvote", groupId: g1 })).toBe("wrong-phase");
  });

  it("with hidden votes tells only the voter, and reveals totals when the phase ends", () => {
    const { s, groups } = voting({ hideVotes: true });
    const [g1] = groups as [string];
    const [e] = run(s, "p2", { type: "vote", groupId: g1 });
    expect(e!.audience).toBe("self");
    expect(e!.data).toEqual({ groupId: g1 });
    expect(viewFor(e!, { id: "fac", staff: true })).toBeNull();
    expect(viewFor(e!, { id: "p2", staff: false })).toEqual({
      type: "vote.changed",
      groupId: g1,
      mine: 1,
      left: 2,
    });
    const [end] = phase(s, "discuss");
    expect((dataOf(end!).votes as Record<string, number>)[g1]).toBe(1);
  });
});

describe("facilitation", () => {
  it("lets only facilitators move phases, run the timer, focus, write outcomes, lock, remove and end", () => {
    const s = board();
    const id = add(s, "p1");
    for (const cmd of [
      { type: "phase.set", phase: "group" },
      { type: "timer.start", seconds: 300 },
      { type: "lock", locked: true },
      { type: "note.remove", noteId: id, reason: "Fuori tema" },
      { type: "end" },
    ] as Command[]) {
      expect(reason(s, "p1", cmd)).toBe("not-facilitator");
      expect(reason(s, "g", cmd)).toBe("not-facilitator");
    }
    expect(reason(s, "fac", { type: "phase.set", phase: "collect" })).toBe("same-phase");
  });

  it("runs a timer: start, pause keeps what is left, extend a paused or running one; ranges checked", () => {
    const s = board();
    expect(reason(s, "fac", { type: "timer.pause" })).toBe("timer-not-running");
    expect(reason(s, "fac", { type: "timer.extend", seconds: 60 })).toBe("no-timer");
    expect(reason(s, "fac", { type: "timer.start", seconds: 5 })).toBe("timer-range");
    run(s, "fac", { type: "timer.start", seconds: 300 });
    expect(s.timer).toEqual({ endsAt: ctx.now + 300_000, remainingMs: null });
    const later = { ...ctx, now: ctx.now + 100_000 };
    const d = decide(s, "co", { type: "timer.pause" }, later);
    for (const e of d.ok ? d.events : []) applyEvent(s, e);
    expect(s.timer).toEqual({ endsAt: null, remainingMs: 200_000 });
    run(s, "fac", { type: "timer.extend", seconds: 60 });
    expect(s.timer).toEqual({ endsAt: null, remainingMs: 260_000 });
    phase(s, "group");
    expect(s.timer).toEqual({ endsAt: null, remainingMs: null });
  });

  it("locks the board for participants, not for facilitators; ready resets with the phase", () => {
    const s = board();
    run(s, "p1", { type: "ready", ready: true });
    expect(s.participants.get("p1")!.ready).toBe(true);
    expect(reason(s, "p1", { type: "ready", ready: true })).toBe("unchanged");
    run(s, "fac", { type: "lock", locked: true });
    expect(reason(s, "p2", { type: "note.add", columnId: "c1", text: "x" })).toBe("locked");
    expect(reason(s, "fac", { type: "note.add", columnId: "c1", text: "x" })).toBe("accepted");
    run(s, "fac", { type: "lock", locked: false });
    phase(s, "group");
    expect(s.participants.get("p1")!.ready).toBe(false);
  });

  it("removes a note with a reason and focuses groups and records outcomes in discuss", () => {
    const s = board();
    const id = add(s, "p1");
    const keep = add(s, "p2", "Tenere");
    expect(reason(s, "fac", { type: "note.remove", noteId: id, reason: " " })).toBe("empty");
    const [e] = run(s, "co", { type: "note.remove", noteId: id, reason: "Fuori tema" });
    expect(e!.data).toMatchObject({ noteId: id, reason: "Fuori tema" });
    expect(s.notes.has(id)).toBe(false);
    const g = s.notes.get(keep)!.groupId;
    expect(reason(s, "fac", { type: "group.focus", groupId: g })).toBe("wrong-phase");
    phase(s, "discuss");
    run(s, "fac", { type: "group.focus", groupId: g });
    expect(s.focusGroupId).toBe(g);
    expect(reason(s, "fac", { type: "outcome.add", kind: "action", text: "Bando", due: "2026-02-30" })).toBe(
      "bad-date",
    );
    run(s, "fac", {
      type: "outcome.add",
      kind: "action",
      text: "Bando",
      owner: "Comune",
      due: "2026-03-01",
      groupId: g,
    });
    expect(s.outcomes).toMatchObject([
      { kind: "action", text: "Bando", owner: "Comune", due: "2026-03-01", groupId: g },
    ]);
    expect(reason(s, "p1", { type: "outcome.add", kind: "outcome", text: "x" })).toBe("not-facilitator");
  });

  it("hands the facilitator role to a person with an account (the previous one stays co-facilitator)", () => {
    const s = board();
    expect(reason(s, "co", { type: "facilitator.handover", participantId: "p1" })).toBe(
      "not-lead-facilitator",
    );
    expect(reason(s, "fac", { type: "facilitator.handover", participantId: "g" })).toBe(
      "guest-cannot-facilitate",
    );
    expect(reason(s, "fac", { type: "facilitator.handover", participantId: "fac" })).toBe(
      "already-facilitator",
    );
    run(s, "fac", { type: "facilitator.handover", participantId: "p1" });
    expect(s.participants.get("p1")!.role).toBe("facilitator");
    expect(s.participants.get("fac")!.role).toBe("co-facilitator");
  });

  it("makes a closed session read-only for everyone", () => {
    const s = board();
    run(s, "fac", { type: "end" });
    expect(s.phase).toBe("closed");
    expect(reason(s, "fac", { type: "phase.set", phase: "collect" })).toBe("closed");
    expect(reason(s, "p1", { type: "ready", ready: true })).toBe("closed");
  });
});

describe("parsing commands", () => {
  it("accepts well-formed JSON and form commands, and nothing else", () => {
    const col = "0190aaaa-0000-7000-8000-000000000001";
    expect(parseCommand({ type: "note.add", columnId: col, text: "Ciao" })).toEqual({
      type: "note.add",
      columnId: col,
      text: "Ciao",
    });
    expect(parseCommand({ type: "note.add", columnId: "x", text: "Ciao" })).toBeNull();
    expect(parseCommand({ type: "drop.tables" })).toBeNull();
    expect(parseCommand({ type: "note.add", columnId: col, text: "x".repeat(5000) })).toBeNull();
    expect(commandFromForm({ command: "timer.start", minutes: "2,5" })).toEqual({
      type: "timer.start",
      seconds: 150,
    });
    expect(commandFromForm({ command: "ready", ready: "true" })).toEqual({ type: "ready", ready: true });
    expect(commandFromForm({ command: "lock", locked: "false" })).toEqual({ type: "lock", locked: false });
    expect(commandFromForm({ command: "group.focus", groupId: "" })).toEqual({
      type: "group.focus",
      groupId: null,
    });
  });
});
