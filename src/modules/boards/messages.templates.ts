// Strings of the templates saved in a network (IT + EN): "save as template" on a session's page,
// the saved templates in the "new session" form, and the network's list of them.
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "boards.templates.save": "Salva come modello",
  "boards.templates.saveHeading": "Salva come modello della rete",
  "boards.templates.saveHint":
    "Le colonne di questa sessione (titolo e domanda guida) diventano un modello di {network}: chi crea sessioni nella rete potrà sceglierlo.",
  "boards.templates.name": "Nome del modello",
  "boards.templates.nameRequired": "Dai un nome al modello.",
  "boards.templates.nameTooLong": "Il nome del modello può avere al massimo 120 caratteri.",
  "boards.templates.duplicate": "La rete ha già un modello con questo nome: scegline un altro.",
  "boards.templates.gone": "Questo modello non c'è più: scegline un altro.",
  "boards.templates.saved": "Modello salvato: ora si può scegliere creando una nuova sessione nella rete.",
  "boards.templates.deleted": "Modello eliminato. Le sessioni create con esso restano come sono.",
  "boards.templates.option": "{name} (salvato da {by}, {date})",
  "boards.templates.title": "Modelli salvati",
  "boards.templates.titleIn": "Modelli salvati · {network}",
  "boards.templates.lead":
    "I modelli salvati dai facilitatori della rete, da usare creando una sessione oltre a quelli predefiniti.",
  "boards.templates.none":
    "Nessun modello salvato per ora. Dalla pagina di una sessione, i facilitatori possono salvarne le colonne come modello.",
  "boards.templates.savedBy": "Salvato da {by} il {date}.",
  "boards.templates.columns": "Colonne",
  "boards.templates.use": "Usa il modello «{name}»",
  "boards.templates.delete": "Elimina il modello «{name}»",
  "boards.templates.manage": "Modelli salvati della rete",
};

const en: Record<keyof typeof it, string> = {
  "boards.templates.save": "Save as template",
  "boards.templates.saveHeading": "Save as a template of the network",
  "boards.templates.saveHint":
    "This session's columns (title and prompt) become a template of {network}: whoever creates sessions in the network can choose it.",
  "boards.templates.name": "Template name",
  "boards.templates.nameRequired": "Give the template a name.",
  "boards.templates.nameTooLong": "A template name can be at most 120 characters long.",
  "boards.templates.duplicate": "The network already has a template with this name: choose another.",
  "boards.templates.gone": "This template no longer exists: choose another.",
  "boards.templates.saved": "Template saved: it can now be chosen when creating a session in the network.",
  "boards.templates.deleted": "Template deleted. Sessions created from it stay as they are.",
  "boards.templates.option": "{name} (saved by {by}, {date})",
  "boards.templates.title": "Saved templates",
  "boards.templates.titleIn": "Saved templates · {network}",
  "boards.templates.lead":
    "Templates saved by the network's facilitators, to use when creating a session besides the built-in ones.",
  "boards.templates.none":
    "No saved templates yet. From a session's page, facilitators can save its columns as a template.",
  "boards.templates.savedBy": "Saved by {by} on {date}.",
  "boards.templates.columns": "Columns",
  "boards.templates.use": "Use the template “{name}”",
  "boards.templates.delete": "Delete the template “{name}”",
  "boards.templates.manage": "The network's saved templates",
};

registerMessages({ it, en });
