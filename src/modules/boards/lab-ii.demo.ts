// Lab II's finished run, as seen from its boards (demo data): at the closing meeting AnciLab's
// coordinator ran an "issues, solutions, good practices" session with the lab's people, ended it,
// and promoted what came out of it — one group to a draft good practice of the network, one to an
// action of the lab's Integrated Action Plan — through the same "promote" a facilitator uses
// (promote.service.ts). The lab and meeting pages then show the session's outcomes, and the
// practice's page says which session it came from.
import type { Deps } from "../../platform/deps.ts";
import { loadActor, networkBySlug, networkPeopleWithRoles } from "../identity/index.ts";
import { getLab, listPlans, programmeOf } from "../labs/index.ts";
import { playDemoSession } from "./demo.script.ts";
import { promote, promoteContext } from "./promote.service.ts";

export const DEMO_LAB_II_JOIN_CODE = "ancilab-lab-ii-bilancio";
const LAB_II = "lab-ii-valorizzazione-del-patrimonio-culturale";

export async function seedLabIISessionDemo(deps: Deps): Promise<void> {
  const network = await networkBySlug(deps, "ancilab");
  const people = await networkPeopleWithRoles(deps, network.id);
  const lead = people.find((m) => m.roles.includes("coordinator")) ?? people[0]!;
  const actor = await loadActor(deps, lead.id);
  if (!actor) throw new Error("demo: AnciLab's coordinator has no account");
  const lab = await getLab(deps, actor, LAB_II);
  const closing = (await programmeOf(deps, actor, lab)).at(-1)!;
  const n = {
    i1: "I beni restaurati restano chiusi perché mancano le persone per aprirli",
    i2: "Ogni Comune cerca da solo i bandi per il patrimonio",
    s1: "Aperture affidate alle associazioni di volontariato con una convenzione tipo",
    s2: "Un calendario comune delle scadenze dei bandi regionali ed europei",
    s3: "Un tavolo tecnico tra uffici cultura e ragioneria prima di ogni candidatura",
    p1: "L'archivio storico riaperto con i volontari del servizio civile",
    p2: "Le visite guidate raccontate dagli studenti delle scuole del territorio",
  };
  const { sessionId, groupIds } = await playDemoSession(deps, {
    session: {
      networkId: network.id,
      labId: lab.id,
      meetingId: closing.id,
      title: "Lab II: cosa portiamo via dal Laboratorio",
      template: "issues-solutions-practices",
      lang: "it",
      joinCode: DEMO_LAB_II_JOIN_CODE,
      createdAt: closing.startsAt,
    },
    lead,
    members: people,
    guests: ["Chiara (Comune di Pavia)"],
    notes: [
      { column: 0, by: 1, text: n.i1 },
      { column: 0, by: 2, text: n.i2 },
      { column: 1, by: 3, text: n.s1 },
      { column: 1, by: 1, text: n.s2 },
      { column: 1, by: 2, text: n.s3 },
      { column: 2, by: 4, text: n.p1 },
      { column: 2, by: 3, text: n.p2 },
    ],
    groups: [
      { texts: [n.i1], name: "Beni chiusi" },
      { texts: [n.i2], name: "Bandi cercati da soli" },
      { texts: [n.s1], name: "Aperture con il volontariato" },
      { texts: [n.s2, n.s3], name: "Candidarsi insieme ai bandi" },
      { texts: [n.p1, n.p2], name: "Comunità che aprono il patrimonio" },
    ],
    ballots: [
      [3, 3, 4, 2],
      [4, 4, 3, 0],
      [3, 2, 4, 1],
      [4, 3, 2],
      [4, 3],
    ],
    outcomes: [
      {
        kind: "action",
        text: "Tenere il calendario comune delle scadenze dei bandi per il patrimonio",
        owner: "AnciLab",
        group: 3,
      },
      {
        kind: "outcome",
        text: "Le esperienze di apertura con volontari e scuole entrano nel catalogo delle buone pratiche.",
        group: 4,
      },
    ],
  });

  // What the coordinator then did from the summary: the practices' group into the catalogue (a
  // draft the network's coordinators review), the bandi group into the lab's action plan.
  const labels = {
    from: (session: string, column: string) => `Dalla sessione «${session}», colonna «${column}».`,
    outcomes: "Esiti",
  };
  await promote(
    deps,
    actor,
    sessionId,
    {
      source: `group:${groupIds[4]}`,
      target: "practice",
      title: "Comunità che aprono il patrimonio: volontari e scuole",
      owner: "",
      deadline: "",
    },
    "it",
    labels,
  );
  const plan = (await listPlans(deps, actor, lab)).find((p) => !p.organisation);
  const ctx = await promoteContext(deps, actor, sessionId, { kind: "group", id: groupIds[3]! });
  const goal = ctx.goals.find((g) => plan && g.value.startsWith(`action:${plan.slug}:`));
  if (!goal) throw new Error("demo: Lab II's action plan has no goal the coordinator may edit");
  await promote(
    deps,
    actor,
    sessionId,
    {
      source: `group:${groupIds[3]}`,
      target: goal.value,
      title: "Calendario comune delle scadenze dei bandi per il patrimonio",
      owner: "AnciLab",
      deadline: "",
    },
    "it",
    labels,
  );
}
