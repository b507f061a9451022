// Demo of a session's outcomes: a closed "Start / Stop / Continue" session of the Castelli Romani
// library consortium (its coordinator facilitating), played through the real command rules and
// ended (demo.script.ts), so its summary, exports and "promote" can be seen. The ICOM Italia session
// (demo.ts) stays in discussion: it shows its summary once a facilitator ends it.
import type { Deps } from "../../platform/deps.ts";
import { networkBySlug, networkPeopleWithRoles } from "../identity/index.ts";
import { playDemoSession } from "./demo.script.ts";

export const DEMO_CLOSED_JOIN_CODE = "sbcr-bilancio-formazione";

export async function seedOutcomesDemo(deps: Deps): Promise<void> {
  const network = await networkBySlug(deps, "sistema-bibliotecario-castelli-romani");
  const members = await networkPeopleWithRoles(deps, network.id);
  const lead = members.find((m) => m.roles.includes("coordinator")) ?? members[0]!;
  const day = 86_400_000;
  const notes = {
    a1: "Un calendario editoriale condiviso tra le biblioteche del Sistema",
    a2: "Raccogliere in una FAQ comune le domande dei lettori arrivate sui social",
    a3: "Almeno una persona per biblioteca formata alla scrittura per i social",
    b1: "Pubblicare locandine come immagini senza testo alternativo",
    b2: "Aprire un profilo nuovo per ogni singolo evento",
    c1: "Gli incontri formativi in presenza tra bibliotecari",
    c2: "Lo scambio di contenuti tra biblioteche vicine",
    c3: "Le dirette dalle presentazioni di libri",
  };
  // Groups, by index: 0 planning, 1 training, 2 alt text, 3 profiles, 4 together, 5 live.
  await playDemoSession(deps, {
    session: {
      networkId: network.id,
      labId: null,
      meetingId: null,
      title: "Bilancio degli incontri formativi con i bibliotecari",
      template: "start-stop-continue",
      lang: "it",
      joinCode: DEMO_CLOSED_JOIN_CODE,
      createdAt: new Date(deps.clock.now().getTime() - 21 * day),
    },
    lead,
    members,
    guests: ["Valentina (biblioteca di Rocca di Papa)", "Alessio (biblioteca di Marino)"],
    notes: [
      { column: 0, by: 1, text: notes.a1 },
      { column: 0, by: 2, text: notes.a2 },
      { column: 0, by: 3, text: notes.a3 },
      { column: 1, by: 0, text: notes.b1 },
      { column: 1, by: 2, text: notes.b2 },
      { column: 2, by: 1, text: notes.c1 },
      { column: 2, by: 3, text: notes.c2 },
      { column: 2, by: 4, text: notes.c3 },
    ],
    groups: [
      { texts: [notes.a1, notes.a2], name: "Pianificare insieme" },
      { texts: [notes.a3], name: "Formazione diffusa" },
      { texts: [notes.b1], name: "Contenuti accessibili" },
      { texts: [notes.b2], name: "Troppi profili" },
      { texts: [notes.c1, notes.c2], name: "Collaborazione tra biblioteche" },
      { texts: [notes.c3], name: "Dirette degli eventi" },
    ],
    ballots: [
      [0, 0, 4, 2],
      [0, 4, 4, 1],
      [2, 2, 0, 5],
      [4, 0, 3, 1],
      [0, 2, 4],
    ],
    outcomes: [
      {
        kind: "action",
        text: "Preparare la bozza del calendario editoriale condiviso per il secondo tavolo",
        owner: "Ufficio comunicazione del Sistema",
        due: new Date(deps.clock.now().getTime() + 30 * day).toISOString().slice(0, 10),
        group: 0,
      },
      {
        kind: "outcome",
        text: "Le locandine si pubblicano con il testo alternativo e il programma anche come testo.",
        group: 2,
      },
      {
        kind: "outcome",
        text: "Gli incontri formativi in presenza restano il luogo di scambio tra le biblioteche.",
      },
    ],
  });
}
