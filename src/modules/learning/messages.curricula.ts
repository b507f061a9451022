// Strings of the curriculum form, in Italian and English.
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "learning.curricula.newIn": "Nuovo percorso in {network}",
  "learning.curricula.lead":
    "Un percorso riunisce più corsi: chi li completa tutti riceve l'attestato del percorso. Dopo averlo creato, aggiungi i suoi corsi.",
  "learning.curricula.summaryHint": "A chi si rivolge e che cosa permette di fare, in poche righe.",
  "learning.curricula.publish": "Pubblica subito il percorso (i corsi restano bozze finché non li pubblichi)",
  "learning.curricula.create": "Crea il percorso",
  "learning.curricula.created":
    "Percorso creato: ora aggiungi il suo primo corso, già collegato al percorso.",
};

const en: Record<keyof typeof it, string> = {
  "learning.curricula.newIn": "New curriculum in {network}",
  "learning.curricula.lead":
    "A curriculum brings several courses together: whoever completes them all receives the curriculum's certificate. Once it is created, add its courses.",
  "learning.curricula.summaryHint": "Who it is for and what it enables them to do, in a few lines.",
  "learning.curricula.publish": "Publish the curriculum now (its courses stay drafts until you publish them)",
  "learning.curricula.create": "Create the curriculum",
  "learning.curricula.created": "Curriculum created: now add its first course, already linked to it.",
};

registerMessages({ it, en });
