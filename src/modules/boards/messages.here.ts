// Strings of the sessions shown on lab and meeting pages, of the new-session form's meeting and of
// the "Sessioni partecipative" page reached from the main navigation, in Italian and English.
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "boards.here.title": "Sessioni partecipative in corso",
  "boards.me.title": "Sessioni partecipative in corso nelle tue reti",
  "boards.me.none": "Nessuna sessione in corso nelle tue reti.",
  "boards.me.all": "Tutte le sessioni delle tue reti",
  "boards.here.join": "Partecipa",
  "boards.here.open": "Torna alla sessione",
  "boards.here.none.lab": "Nessuna sessione in corso in questo laboratorio.",
  "boards.here.none.meeting": "Nessuna sessione in corso per questo incontro.",
  "boards.here.start.lab": "Avvia una sessione in questo laboratorio",
  "boards.here.start.meeting": "Avvia una sessione per questo incontro",
  "boards.form.meeting": "Incontro",
  "boards.mine.lead": "Le sessioni delle reti di cui fai parte.",
  "boards.mine.open": "In corso",
  "boards.mine.noneOpen": "Nessuna sessione in corso.",
  "boards.mine.all": "Tutte le sessioni di {network}",
  "boards.mine.noNetworks":
    "Non fai ancora parte di una rete: le sessioni partecipative si svolgono nelle reti.",
  "boards.mine.networks": "Scopri le reti",
};

const en: Record<keyof typeof it, string> = {
  "boards.here.title": "Participatory sessions under way",
  "boards.me.title": "Participatory sessions under way in your networks",
  "boards.me.none": "No session under way in your networks.",
  "boards.me.all": "All your networks' sessions",
  "boards.here.join": "Take part",
  "boards.here.open": "Back to the session",
  "boards.here.none.lab": "No session under way in this lab.",
  "boards.here.none.meeting": "No session under way for this meeting.",
  "boards.here.start.lab": "Start a session in this lab",
  "boards.here.start.meeting": "Start a session for this meeting",
  "boards.form.meeting": "Meeting",
  "boards.mine.lead": "The sessions of the networks you belong to.",
  "boards.mine.open": "Under way",
  "boards.mine.noneOpen": "No session under way.",
  "boards.mine.all": "All the sessions of {network}",
  "boards.mine.noNetworks":
    "You do not belong to a network yet: participatory sessions take place in networks.",
  "boards.mine.networks": "Discover the networks",
};

registerMessages({ it, en });
