// Strings of the templates saved in a network (IT + EN): "save as template" on a session's page,
// the saved templates in the "new session" form, and the network's list of them.
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "boards.templates.save": "Salva come modello",
  "boards.templates.saveHeading": "Salva come modello della rete",
  "boards.templates.saveHint":
    "Le colonne di questa sessione (titolo e domanda guida) e le sue impostazioni diventano un modello di {network}: chi crea sessioni nella rete potrà sceglierlo.",
  "boards.templates.name": "Nome del modello",
  "boards.templates.nameRequired": "Dai un nome al modello.",
  "boards.templates.nameTooLong": "Il nome del modello può avere al massimo 120 caratteri.",
  "boards.templates.duplicate": "La rete ha già un modello con questo nome: scegline un altro.",
  "boards.templates.gone": "Questo modello non c'è più: scegline un altro.",
  "boards.templates.saved": "Modello salvato: ora si può scegliere creando una nuova sessione nella rete.",
  "boards.templates.deleted": "Modello eliminato. Le sessioni create con esso restano come sono.",
  "boards.templates.option": "{name} (salvato da {by}, {date})",
  "boards.templates.title": "Modelli delle sessioni",
  "boards.templates.titleIn": "Modelli delle sessioni · {network}",
  "boards.templates.lead":
    "I modelli salvati dai facilitatori della rete, con le loro impostazioni, e quelli predefiniti: da usare creando una sessione.",
  "boards.templates.savedHeading": "Salvati nella rete",
  "boards.templates.builtIn": "Predefiniti",
  "boards.templates.settings": "Impostazioni",
  "boards.templates.s.anonymous": "anonima",
  "boards.templates.s.privateCollect": "raccolta privata",
  "boards.templates.s.hideVotes": "voti nascosti fino alla fine del voto",
  "boards.templates.s.guestsAllowed": "ospiti ammessi",
  "boards.templates.s.votes": "{n} voti per persona, al massimo {cap} su un gruppo",
  "boards.templates.s.noteLength": "note fino a {n} caratteri",
  "boards.templates.s.timer": "timer di {n} minuti",
  "boards.templates.s.timer.one": "timer di {n} minuto",
  "boards.templates.s.none": "solo le colonne (le impostazioni si scelgono creando la sessione)",
  "boards.templates.none":
    "Nessun modello salvato per ora. Dalla pagina di una sessione, i facilitatori possono salvarne le colonne come modello.",
  "boards.templates.savedBy": "Salvato da {by} il {date}.",
  "boards.templates.columns": "Colonne",
  "boards.templates.use": "Usa il modello «{name}»",
  "boards.templates.delete": "Elimina il modello «{name}»",
  "boards.templates.manage": "Tutti i modelli, con le loro impostazioni",
};

const en: Record<keyof typeof it, string> = {
  "boards.templates.save": "Save as template",
  "boards.templates.saveHeading": "Save as a template of the network",
  "boards.templates.saveHint":
    "This session's columns (title and prompt) and its settings become a template of {network}: whoever creates sessions in the network can choose it.",
  "boards.templates.name": "Template name",
  "boards.templates.nameRequired": "Give the template a name.",
  "boards.templates.nameTooLong": "A template name can be at most 120 characters long.",
  "boards.templates.duplicate": "The network already has a template with this name: choose another.",
  "boards.templates.gone": "This template no longer exists: choose another.",
  "boards.templates.saved": "Template saved: it can now be chosen when creating a session in the network.",
  "boards.templates.deleted": "Template deleted. Sessions created from it stay as they are.",
  "boards.templates.option": "{name} (saved by {by}, {date})",
  "boards.templates.title": "Session templates",
  "boards.templates.titleIn": "Session templates · {network}",
  "boards.templates.lead":
    "The templates saved by the network's facilitators, with their settings, and the built-in ones: to use when creating a session.",
  "boards.templates.savedHeading": "Saved in the network",
  "boards.templates.builtIn": "Built-in",
  "boards.templates.settings": "Settings",
  "boards.templates.s.anonymous": "anonymous",
  "boards.templates.s.privateCollect": "private collect",
  "boards.templates.s.hideVotes": "votes hidden until the vote ends",
  "boards.templates.s.guestsAllowed": "guests allowed",
  "boards.templates.s.votes": "{n} votes per person, at most {cap} on one group",
  "boards.templates.s.noteLength": "notes of up to {n} characters",
  "boards.templates.s.timer": "{n}-minute timer",
  "boards.templates.s.timer.one": "{n}-minute timer",
  "boards.templates.s.none": "columns only (the settings are chosen when creating the session)",
  "boards.templates.none":
    "No saved templates yet. From a session's page, facilitators can save its columns as a template.",
  "boards.templates.savedBy": "Saved by {by} on {date}.",
  "boards.templates.columns": "Columns",
  "boards.templates.use": "Use the template “{name}”",
  "boards.templates.delete": "Delete the template “{name}”",
  "boards.templates.manage": "All the templates, with their settings",
};

registerMessages({ it, en });
