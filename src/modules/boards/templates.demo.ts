// Demo template saved in a network: the Castelli Romani consortium's coordinator kept the columns of
// the table's yearly review, so the "new session" form and the network's template list have one.
import type { Deps } from "../../platform/deps.ts";
import { newId } from "../../platform/ids.ts";
import { networkBySlug, networkPeopleWithRoles } from "../identity/index.ts";
import { insertTemplate } from "./templates.repo.ts";

export async function seedTemplatesDemo(deps: Deps) {
  const network = await networkBySlug(deps, "sistema-bibliotecario-castelli-romani");
  const people = await networkPeopleWithRoles(deps, network.id);
  const lead = people.find((m) => m.roles.includes("coordinator")) ?? people[0]!;
  await insertTemplate(deps.db, {
    id: newId(),
    networkId: network.id,
    name: "Verifica di fine anno del tavolo",
    columns: [
      { title: "Cosa ha funzionato", prompt: "Quali attività del tavolo rifareste il prossimo anno?" },
      { title: "Cosa migliorare", prompt: "Che cosa è mancato o ha rallentato il lavoro comune?" },
      { title: "Proposte", prompt: "Quali temi e quali azioni proponete per il prossimo anno?" },
    ],
    settings: {
      privateCollect: false,
      anonymous: true,
      hideVotes: true,
      guestsAllowed: false,
      maxNoteLength: 280,
      voteBudget: 3,
      groupCap: 2,
      timerMinutes: 8,
    },
    createdBy: lead.id,
    createdByName: lead.name,
    createdAt: new Date(deps.clock.now().getTime() - 30 * 24 * 3600_000),
  });
}
