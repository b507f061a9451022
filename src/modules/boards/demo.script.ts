// A demo session played through the real command rules (command-runner.ts), as people would: notes
// written, grouped and named, votes, outcomes recorded, the session ended. Used by the demo seeds
// that show a closed session (outcomes.demo.ts, lab-ii.demo.ts), so its summary, exports and
// "promote" can be seen.
import type { Deps } from "../../platform/deps.ts";
import type { Lang } from "../../platform/i18n/index.ts";
import { newId, newToken } from "../../platform/ids.ts";
import { columnsOf as columnsRepo, insertParticipant, insertSession } from "./boards.repo.ts";
import { runCommand } from "./command-runner.ts";
import type { Command, Participant } from "./rules.ts";
import { columnsOf, type TemplateCode } from "./templates.ts";

type Person = { id: string; name: string };

export type DemoScript = {
  session: {
    networkId: string;
    labId: string | null;
    meetingId: string | null;
    title: string;
    template: Exclude<TemplateCode, "blank">;
    lang: Lang;
    joinCode: string;
    createdAt: Date;
  };
  /** The facilitator; members take part with their accounts, guests by name only. */
  lead: Person;
  members: Person[];
  guests: string[];
  /** Notes in the order they are written: the template's column (0-based), the writer (0 = lead). */
  notes: { column: number; by: number; text: string }[];
  /** Groups made from the notes (the first note's group is kept), with their names. */
  groups: { texts: string[]; name: string }[];
  /** One ballot per person (in the order of `members`, lead first): indexes into `groups`. */
  ballots: number[][];
  outcomes: { kind: "action" | "outcome"; text: string; owner?: string; due?: string; group?: number }[];
};

/** A demo session's row: what differs between the demo's sessions. */
export type DemoSessionRow = DemoScript["session"] & {
  createdBy: string;
  voteBudget: number;
  groupCap: number;
  settings?: Partial<{ anonymous: boolean; private_collect: boolean; guests_allowed: boolean }> | undefined;
};

/** Writes a demo session in its first phase with its columns and people; returns its id. */
export async function insertDemoSession(
  deps: Deps,
  s: DemoSessionRow,
  people: Participant[],
): Promise<string> {
  const id = newId();
  await insertSession(
    deps.db,
    {
      id,
      network_id: s.networkId,
      lab_id: s.labId,
      meeting_id: s.meetingId,
      title: s.title,
      template: s.template,
      phase: "collect",
      private_collect: s.settings?.private_collect ?? false,
      anonymous: s.settings?.anonymous ?? false,
      max_note_length: 280,
      vote_budget: s.voteBudget,
      group_cap: s.groupCap,
      hide_votes: false,
      guests_allowed: s.settings?.guests_allowed ?? true,
      locked: false,
      focus_group_id: null,
      timer_ends_at: null,
      timer_remaining_ms: null,
      join_code: s.joinCode,
      seq: 0,
      created_by: s.createdBy,
      created_at: s.createdAt,
      updated_at: s.createdAt,
      closed_at: null,
    },
    columnsOf(s.template, s.lang).map((c) => ({ id: newId(), ...c })),
  );
  for (const p of people)
    await insertParticipant(
      deps.db,
      id,
      { ...p, guestTokenHash: p.accountId ? null : newToken() },
      s.createdAt,
    );
  return id;
}

/** Plays the script and ends the session. Returns its id and the groups' ids, in script order. */
export async function playDemoSession(
  deps: Deps,
  script: DemoScript,
): Promise<{ sessionId: string; groupIds: string[] }> {
  const s = script.session;
  const people: Participant[] = [];
  const { lead } = script;
  people.push({ id: newId(), accountId: lead.id, name: lead.name, role: "facilitator", ready: false });
  for (const m of script.members.filter((x) => x.id !== lead.id))
    people.push({ id: newId(), accountId: m.id, name: m.name, role: "participant", ready: false });
  for (const name of script.guests)
    people.push({ id: newId(), accountId: null, name, role: "guest", ready: false });
  const id = await insertDemoSession(deps, { ...s, createdBy: lead.id, voteBudget: 4, groupCap: 2 }, people);

  const must = async (who: Participant, cmd: Command) => {
    const r = await runCommand(deps, id, who.id, cmd);
    if (!r.ok) throw new Error(`demo session command ${cmd.type} refused: ${r.reason}`);
  };
  const fac = people[0]!;
  const columns = (await columnsRepo(deps.db, id)).map((c) => c.id);
  const noteOf = async (text: string) =>
    (
      await deps.pool.query("select id, group_id from board_notes where session_id = $1 and text = $2", [
        id,
        text,
      ])
    ).rows[0] as { id: string; group_id: string };

  for (const n of script.notes)
    await must(people[n.by % people.length]!, {
      type: "note.add",
      columnId: columns[n.column]!,
      text: n.text,
    });

  await must(fac, { type: "phase.set", phase: "group" });
  const groupIds: string[] = [];
  for (const g of script.groups) {
    const target = (await noteOf(g.texts[0]!)).group_id;
    for (const t of g.texts.slice(1))
      await must(fac, { type: "note.move", noteId: (await noteOf(t)).id, groupId: target });
    await must(fac, { type: "group.name", groupId: target, name: g.name });
    groupIds.push(target);
  }

  await must(fac, { type: "phase.set", phase: "vote" });
  for (const [i, ballot] of script.ballots.entries())
    for (const g of ballot) await must(people[i % people.length]!, { type: "vote", groupId: groupIds[g]! });

  await must(fac, { type: "phase.set", phase: "discuss" });
  for (const o of script.outcomes)
    await must(fac, {
      type: "outcome.add",
      kind: o.kind,
      text: o.text,
      ...(o.owner ? { owner: o.owner } : {}),
      ...(o.due ? { due: o.due } : {}),
      ...(o.group !== undefined ? { groupId: groupIds[o.group]! } : {}),
    });
  await must(fac, { type: "end" });
  return { sessionId: id, groupIds };
}
