// Demo of a session's outcomes: a closed "Start / Stop / Continue" session of the Castelli Romani
// library consortium (its coordinator facilitating), run through the real command rules and ended,
// so its summary, exports and "promote" can be seen. The ICOM Italia session (demo.ts) stays in
// discussion: it shows its summary once a facilitator ends it.
import type { Deps } from "../../platform/deps.ts";
import { newId, newToken } from "../../platform/ids.ts";
import { networkBySlug, networkPeopleWithRoles } from "../identity/index.ts";
import { columnsOf as columnsRepo, insertParticipant, insertSession } from "./boards.repo.ts";
import { runCommand } from "./command-runner.ts";
import type { Command, Participant } from "./rules.ts";
import { columnsOf } from "./templates.ts";

export const DEMO_CLOSED_JOIN_CODE = "sbcr-bilancio-formazione";

export async function seedOutcomesDemo(deps: Deps): Promise<void> {
  const network = await networkBySlug(deps, "sistema-bibliotecario-castelli-romani");
  const members = await networkPeopleWithRoles(deps, network.id);
  const lead = members.find((m) => m.roles.includes("coordinator")) ?? members[0]!;
  const id = newId();
  const createdAt = new Date(deps.clock.now().getTime() - 21 * 86_400_000);
  await insertSession(
    deps.db,
    {
      id,
      network_id: network.id,
      lab_id: null,
      meeting_id: null,
      title: "Bilancio degli incontri formativi con i bibliotecari",
      template: "start-stop-continue",
      phase: "collect",
      private_collect: false,
      anonymous: false,
      max_note_length: 280,
      vote_budget: 4,
      group_cap: 2,
      hide_votes: false,
      guests_allowed: true,
      locked: false,
      focus_group_id: null,
      timer_ends_at: null,
      timer_remaining_ms: null,
      join_code: DEMO_CLOSED_JOIN_CODE,
      seq: 0,
      created_by: lead.id,
      created_at: createdAt,
      updated_at: createdAt,
      closed_at: null,
    },
    columnsOf("start-stop-continue", "it").map((c) => ({ id: newId(), ...c })),
  );
  const people: Participant[] = [];
  const add = async (p: Participant) => {
    await insertParticipant(
      deps.db,
      id,
      { ...p, guestTokenHash: p.accountId ? null : newToken() },
      createdAt,
    );
    people.push(p);
  };
  await add({ id: newId(), accountId: lead.id, name: lead.name, role: "facilitator", ready: false });
  for (const m of members.filter((x) => x.id !== lead.id))
    await add({ id: newId(), accountId: m.id, name: m.name, role: "participant", ready: false });
  for (const name of ["Valentina (biblioteca di Rocca di Papa)", "Alessio (biblioteca di Marino)"])
    await add({ id: newId(), accountId: null, name, role: "guest", ready: false });

  const must = async (who: Participant, cmd: Command) => {
    const r = await runCommand(deps, id, who.id, cmd);
    if (!r.ok) throw new Error(`demo outcomes command ${cmd.type} refused: ${r.reason}`);
  };
  const fac = people[0]!;
  const [start, stop, keep] = (await columnsRepo(deps.db, id)).map((c) => c.id) as [string, string, string];
  const groupOf = new Map<string, string>();
  const note = async (by: number, columnId: string, text: string) => {
    await must(people[by % people.length]!, { type: "note.add", columnId, text });
    const r = await deps.pool.query("select group_id from board_notes where session_id = $1 and text = $2", [
      id,
      text,
    ]);
    groupOf.set(text, r.rows[0].group_id as string);
    return text;
  };
  const a1 = await note(1, start, "Un calendario editoriale condiviso tra le biblioteche del Sistema");
  const a2 = await note(2, start, "Raccogliere in una FAQ comune le domande dei lettori arrivate sui social");
  const a3 = await note(3, start, "Almeno una persona per biblioteca formata alla scrittura per i social");
  const b1 = await note(0, stop, "Pubblicare locandine come immagini senza testo alternativo");
  const b2 = await note(2, stop, "Aprire un profilo nuovo per ogni singolo evento");
  const c1 = await note(1, keep, "Gli incontri formativi in presenza tra bibliotecari");
  const c2 = await note(3, keep, "Lo scambio di contenuti tra biblioteche vicine");
  const c3 = await note(4, keep, "Le dirette dalle presentazioni di libri");

  await must(fac, { type: "phase.set", phase: "group" });
  const group = async (texts: string[], name: string) => {
    const target = groupOf.get(texts[0]!)!;
    for (const t of texts.slice(1)) {
      const r = await deps.pool.query("select id from board_notes where session_id = $1 and text = $2", [
        id,
        t,
      ]);
      await must(fac, { type: "note.move", noteId: r.rows[0].id as string, groupId: target });
    }
    await must(fac, { type: "group.name", groupId: target, name });
    return target;
  };
  const planning = await group([a1, a2], "Pianificare insieme");
  const training = await group([a3], "Formazione diffusa");
  const alt = await group([b1], "Contenuti accessibili");
  const profiles = await group([b2], "Troppi profili");
  const together = await group([c1, c2], "Collaborazione tra biblioteche");
  const live = await group([c3], "Dirette degli eventi");

  await must(fac, { type: "phase.set", phase: "vote" });
  const ballots: string[][] = [
    [planning, planning, together, alt],
    [planning, together, together, training],
    [alt, alt, planning, live],
    [together, planning, profiles, training],
    [planning, alt, together],
  ];
  for (const [i, ballot] of ballots.entries())
    for (const g of ballot) await must(people[i % people.length]!, { type: "vote", groupId: g });

  await must(fac, { type: "phase.set", phase: "discuss" });
  await must(fac, {
    type: "outcome.add",
    kind: "action",
    text: "Preparare la bozza del calendario editoriale condiviso per il secondo tavolo",
    owner: "Ufficio comunicazione del Sistema",
    due: new Date(deps.clock.now().getTime() + 30 * 86_400_000).toISOString().slice(0, 10),
    groupId: planning,
  });
  await must(fac, {
    type: "outcome.add",
    kind: "outcome",
    text: "Le locandine si pubblicano con il testo alternativo e il programma anche come testo.",
    groupId: alt,
  });
  await must(fac, {
    type: "outcome.add",
    kind: "outcome",
    text: "Gli incontri formativi in presenza restano il luogo di scambio tra le biblioteche.",
  });
  await must(fac, { type: "end" });
}
