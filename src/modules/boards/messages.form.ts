// Strings of the form that starts a participatory session (its template, columns, lab and settings)
// and of its refusals, in Italian and English.
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "boards.form.title": "Titolo della sessione",
  "boards.form.template": "Modello",
  "boards.form.columns": "Colonne (solo per il modello vuoto)",
  "boards.form.columnsHint": "Una colonna per riga: titolo | domanda guida. Al massimo 12 colonne.",
  "boards.form.columnsRequired": "Il modello vuoto ha bisogno di almeno una colonna.",
  "boards.form.columnsTooMany": "Al massimo 12 colonne.",
  "boards.form.columnTooLong": "Un titolo di colonna ha al massimo 120 caratteri, la domanda 500.",
  "boards.form.lab": "Laboratorio (facoltativo)",
  "boards.form.noLab": "Nessun laboratorio",
  "boards.form.badLab": "Scegli un laboratorio di questa rete.",
  "boards.form.badMeeting": "L'incontro non appartiene a questa rete.",
  "boards.form.settings": "Impostazioni",
  "boards.form.privateCollect":
    "Raccolta privata: durante la raccolta ogni partecipante vede solo le proprie note",
  "boards.form.anonymous": "Anonima: le note non mostrano mai chi le ha scritte",
  "boards.form.hideVotes": "Voti nascosti fino alla fine della fase di voto",
  "boards.form.guestsAllowed": "Ospiti ammessi: chi ha il link può partecipare indicando solo un nome",
  "boards.form.maxNoteLength": "Lunghezza massima di una nota (caratteri)",
  "boards.form.voteBudget": "Voti per persona",
  "boards.form.groupCap": "Voti massimi di una persona su un gruppo",
  "boards.form.create": "Crea la sessione",
  "boards.form.noteLengthRange": "Inserisci un numero intero da 20 a 2000.",
  "boards.form.votesRange": "Inserisci un numero intero da 1 a 50.",
  "boards.form.timerMinutes": "Durata del timer (minuti)",
  "boards.form.timerMinutesHint": "La durata proposta ai facilitatori quando avviano il timer.",
  "boards.form.timerRange": "Inserisci un numero intero di minuti da 1 a 240.",
};

const en: Record<keyof typeof it, string> = {
  "boards.form.title": "Session title",
  "boards.form.template": "Template",
  "boards.form.columns": "Columns (blank template only)",
  "boards.form.columnsHint": "One column per line: title | guiding question. At most 12 columns.",
  "boards.form.columnsRequired": "A blank template needs at least one column.",
  "boards.form.columnsTooMany": "At most 12 columns.",
  "boards.form.columnTooLong": "A column title has at most 120 characters, its question 500.",
  "boards.form.lab": "Lab (optional)",
  "boards.form.noLab": "No lab",
  "boards.form.badLab": "Choose a lab of this network.",
  "boards.form.badMeeting": "The meeting does not belong to this network.",
  "boards.form.settings": "Settings",
  "boards.form.privateCollect":
    "Private collect: while collecting, each participant sees only their own notes",
  "boards.form.anonymous": "Anonymous: notes never show who wrote them",
  "boards.form.hideVotes": "Votes hidden until the vote phase ends",
  "boards.form.guestsAllowed": "Guests allowed: anyone with the link can take part with just a name",
  "boards.form.maxNoteLength": "Maximum length of a note (characters)",
  "boards.form.voteBudget": "Votes per person",
  "boards.form.groupCap": "Most votes one person may give a group",
  "boards.form.create": "Create the session",
  "boards.form.noteLengthRange": "Enter a whole number from 20 to 2000.",
  "boards.form.votesRange": "Enter a whole number from 1 to 50.",
  "boards.form.timerMinutes": "Timer length (minutes)",
  "boards.form.timerMinutesHint": "What facilitators are offered first when they start the timer.",
  "boards.form.timerRange": "Enter a whole number of minutes from 1 to 240.",
};

registerMessages({ it, en });
