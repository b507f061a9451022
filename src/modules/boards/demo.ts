// Demo board sessions, run through the real command rules (so their events and numbers are real):
// - ICOM Italia's technical table "Inclusione e multichannel audience engagement" (22 July 2024,
//   seeds/000): critical issues, solutions and good practices, grouped, voted, in discussion with
//   outcomes and actions;
// - the Castelli Romani library consortium's table on social communication, collecting notes.
import { SYSTEM } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { newId } from "../../platform/ids.ts";
import { networkBySlug, networkPeopleWithRoles } from "../identity/index.ts";
import { getLab } from "../labs/index.ts";
import { columnsOf as columnsRepo } from "./boards.repo.ts";
import { runCommand } from "./command-runner.ts";
import { insertDemoSession } from "./demo.script.ts";
import type { Command, Participant } from "./rules.ts";

type Seeded = { sessionId: string; people: Participant[] };

async function seedSession(
  deps: Deps,
  o: {
    networkSlug: string;
    title: string;
    template: "issues-solutions-practices" | "common-goals";
    createdAt: Date;
    guests: string[];
    settings?: Partial<{ anonymous: boolean; private_collect: boolean; guests_allowed: boolean }>;
    labSlug?: string;
    /** A readable join code, so the demo's join links can be written down (and tested). */
    joinCode: string;
  },
): Promise<Seeded> {
  const network = await networkBySlug(deps, o.networkSlug);
  const members = await networkPeopleWithRoles(deps, network.id);
  const lead = members.find((m) => m.roles.includes("coordinator")) ?? members[0]!;
  const lab = o.labSlug ? await getLab(deps, SYSTEM, o.labSlug).catch(() => null) : null;
  const people: Participant[] = [
    { id: newId(), accountId: lead.id, name: lead.name, role: "facilitator", ready: false },
  ];
  for (const m of members.filter((x) => x.id !== lead.id)) {
    const staff = m.roles.includes("coordinator") || m.roles.includes("facilitator");
    people.push({
      id: newId(),
      accountId: m.id,
      name: m.name,
      role: staff ? "co-facilitator" : "participant",
      ready: false,
    });
  }
  for (const name of o.guests)
    people.push({ id: newId(), accountId: null, name, role: "guest", ready: false });
  const id = await insertDemoSession(
    deps,
    {
      networkId: network.id,
      labId: lab?.id ?? null,
      meetingId: null,
      title: o.title,
      template: o.template,
      lang: "it",
      joinCode: o.joinCode,
      createdAt: o.createdAt,
      createdBy: lead.id,
      voteBudget: 5,
      groupCap: 3,
      settings: o.settings,
    },
    people,
  );
  return { sessionId: id, people };
}

async function must(deps: Deps, sessionId: string, who: string, cmd: Command) {
  const r = await runCommand(deps, sessionId, who, cmd);
  if (!r.ok) throw new Error(`demo board command ${cmd.type} refused: ${r.reason}`);
}

async function columnIds(deps: Deps, sessionId: string) {
  return (await columnsRepo(deps.db, sessionId)).map((c) => c.id);
}

/** Note ids by text, to group and vote on them by what they say. */
async function addNotes(deps: Deps, s: Seeded, columnId: string, notes: string[], firstAuthor: number) {
  const ids = new Map<string, string>();
  const { pool } = deps;
  for (const [i, text] of notes.entries()) {
    const author = s.people[(firstAuthor + i) % s.people.length]!;
    await must(deps, s.sessionId, author.id, { type: "note.add", columnId, text });
    const r = await pool.query("select id, group_id from board_notes where session_id = $1 and text = $2", [
      s.sessionId,
      text,
    ]);
    ids.set(text, r.rows[0].id as string);
  }
  return ids;
}

const groupOf = async (deps: Deps, noteId: string) =>
  (await deps.pool.query("select group_id from board_notes where id = $1", [noteId])).rows[0]
    .group_id as string;

export async function seedBoardsDemo(deps: Deps): Promise<void> {
  // ICOM Italia, 22 July 2024: the table facilitated by BAM! Strategie Culturali.
  const icom = await seedSession(deps, {
    networkSlug: "icom-italia",
    title: "Tavolo tecnico «Inclusione e multichannel audience engagement» – 22 luglio 2024",
    template: "issues-solutions-practices",
    createdAt: new Date("2024-07-22T08:00:00Z"),
    joinCode: "icom-tavolo-22-luglio-2024",
    labSlug: "tavolo-tecnico-su-inclusione-e-multichannel-audience-engagement",
    guests: [
      "Marta Colonna (Museo civico)",
      "Stefano Riva (BAM! Strategie Culturali)",
      "Giorgia Fabbri (università)",
      "Nicola Serra (associazione di persone sorde)",
      "Ilaria Conte (museo diocesano)",
    ],
  });
  const [issues, solutions, practices] = (await columnIds(deps, icom.sessionId)) as [string, string, string];
  const fac = icom.people[0]!.id;
  const n1 = await addNotes(
    deps,
    icom,
    issues,
    [
      "Mancano competenze specifiche nella gestione strategica del digitale",
      "Il digitale è affidato a una sola persona, spesso a tempo parziale",
      "Tecnologie acquistate con fondi a progetto e poi non sostenibili nel tempo",
      "I costi di manutenzione di app e installazioni non sono previsti nei bilanci",
      "Contenuti online poco accessibili: video senza sottotitoli, PDF non leggibili",
      "I pubblici con disabilità non sono coinvolti nella progettazione",
      "È difficile misurare l'impatto dei canali digitali sul pubblico",
    ],
    1,
  );
  const n2 = await addNotes(
    deps,
    icom,
    solutions,
    [
      "Gruppi di lavoro interdisciplinari tra curatori, educatori e comunicatori",
      "Formazione continua del personale sulle competenze digitali",
      "Accordi con università e centri di ricerca per sperimentare e valutare",
      "Condividere strumenti e licenze tra i musei della rete",
      "Prevedere nei progetti un piano di sostenibilità oltre il finanziamento",
      "Progettazione partecipata con le associazioni di persone con disabilità",
    ],
    3,
  );
  const n3 = await addNotes(
    deps,
    icom,
    practices,
    [
      "ReInHerit Toolkit V.I.T.A.: strumenti digitali per accessibilità ed engagement",
      "Percorsi tattili e audiodescrizioni scaricabili dal sito del museo",
      "Visite in LIS trasmesse in diretta e poi sottotitolate",
      "Tirocini condivisi con l'università per la gestione dei social",
      "Questionari di gradimento multicanale dopo ogni evento",
    ],
    5,
  );
  await must(deps, icom.sessionId, fac, { type: "phase.set", phase: "group" });

  /** Puts the notes (by text) in one group named `name`; returns the group. */
  const group = async (notes: Map<string, string>, texts: string[], name: string) => {
    const target = await groupOf(deps, notes.get(texts[0]!)!);
    for (const text of texts.slice(1)) {
      await must(deps, icom.sessionId, fac, { type: "note.move", noteId: notes.get(text)!, groupId: target });
    }
    await must(deps, icom.sessionId, fac, { type: "group.name", groupId: target, name });
    return target;
  };
  const skills = await group(n1, [...n1.keys()].slice(0, 2), "Competenze digitali strategiche");
  const sustain = await group(n1, [...n1.keys()].slice(2, 4), "Sostenibilità delle tecnologie");
  const access = await group(n1, [...n1.keys()].slice(4, 6), "Accessibilità e coinvolgimento dei pubblici");
  const impact = await group(n1, [...n1.keys()].slice(6, 7), "Misurare l'impatto");
  const teams = await group(n2, [...n2.keys()].slice(0, 2), "Competenze e organizzazione");
  const partners = await group(n2, [...n2.keys()].slice(2, 4), "Collaborazioni con università e reti");
  const plan = await group(n2, [...n2.keys()].slice(4, 5), "Sostenibilità oltre il progetto");
  const cocreate = await group(n2, [...n2.keys()].slice(5, 6), "Co-progettazione");
  const accessible = await group(n3, [...n3.keys()].slice(0, 3), "Accessibilità");
  const uni = await group(n3, [...n3.keys()].slice(3, 4), "Università e territorio");
  const feedback = await group(n3, [...n3.keys()].slice(4, 5), "Ascolto dei pubblici");

  await must(deps, icom.sessionId, fac, { type: "phase.set", phase: "vote" });
  // Each person's dots (budget 5, at most 3 on a group).
  const ballots: string[][] = [
    [skills, skills, partners, accessible, sustain],
    [skills, access, access, partners, accessible],
    [sustain, sustain, plan, skills, feedback],
    [access, access, cocreate, accessible, accessible],
    [skills, partners, partners, teams, uni],
    [skills, skills, teams, impact, accessible],
    [access, cocreate, accessible, sustain, partners],
    [skills, partners, teams, plan, impact],
  ];
  for (const [i, ballot] of ballots.entries()) {
    const who = icom.people[i % icom.people.length]!.id;
    for (const g of ballot) await must(deps, icom.sessionId, who, { type: "vote", groupId: g });
  }
  await must(deps, icom.sessionId, fac, { type: "phase.set", phase: "discuss" });
  await must(deps, icom.sessionId, fac, { type: "group.focus", groupId: skills });
  await must(deps, icom.sessionId, fac, {
    type: "outcome.add",
    kind: "outcome",
    text: "La mancanza di competenze strategiche sul digitale è la criticità più votata: servono percorsi formativi dedicati a chi dirige.",
    groupId: skills,
  });
  await must(deps, icom.sessionId, fac, {
    type: "outcome.add",
    kind: "action",
    text: "Raccogliere i casi di studio emersi al tavolo per i prossimi eventi formativi",
    owner: "ICOM Learning Center",
    due: "2024-10-31",
    groupId: accessible,
  });
  await must(deps, icom.sessionId, fac, {
    type: "outcome.add",
    kind: "action",
    text: "Proporre alle università della rete un accordo per valutare i progetti di engagement digitale",
    owner: "Gruppo di lavoro del tavolo",
    due: "2024-12-15",
    groupId: partners,
  });

  // Castelli Romani: the territorial table on social communication, still collecting.
  const sbcr = await seedSession(deps, {
    networkSlug: "sistema-bibliotecario-castelli-romani",
    title: "Tavolo territoriale sulla comunicazione social: obiettivi comuni",
    template: "common-goals",
    createdAt: deps.clock.now(),
    joinCode: "sbcr-obiettivi-comuni",
    guests: ["Valentina (biblioteca di Rocca di Papa)"],
    labSlug: "tavolo-territoriale-sulla-comunicazione-social",
  });
  const [goals] = (await columnIds(deps, sbcr.sessionId)) as [string];
  await addNotes(
    deps,
    sbcr,
    goals,
    [
      "Un calendario editoriale condiviso tra biblioteche e uffici comunali",
      "Un racconto unico del territorio, riconoscibile su tutti i canali",
      "Rispondere ai cittadini sui social come servizio pubblico (#PASocial)",
    ],
    0,
  );
}
