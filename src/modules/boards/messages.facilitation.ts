// Strings of closing (with its confirmation) and reopening a session, in Italian and English.
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "boards.close.title": "Chiudere «{title}»?",
  "boards.close.crumb": "Chiusura",
  "boards.close.heading": "Chiudere la sessione?",
  "boards.close.what.final": "Nessuno potrà più aggiungere note, votare o registrare esiti e azioni.",
  "boards.close.what.summary":
    "Il riepilogo diventa definitivo: i facilitatori potranno promuoverne i gruppi a buone pratiche o ad azioni di un piano.",
  "boards.close.what.reopen": "Se serve, i facilitatori possono riaprirla entro {n} giorni.",
  "boards.close.confirm": "Sì, chiudi la sessione",
  "boards.close.cancel": "No, torna alla sessione",
  "boards.closedDone": "Sessione chiusa: il riepilogo è pronto.",
  "boards.reopen.heading": "Riaprire la sessione",
  "boards.reopen.until":
    "Puoi riaprirla fino al {date} per riprendere la discussione. Ciò che è già stato promosso resta com'è; il riepilogo seguirà la nuova chiusura.",
  "boards.reopen.button": "Riapri la sessione",
  "boards.reopen.tooLate":
    "La sessione è stata chiusa il {date}: si può riaprire solo entro {n} giorni dalla chiusura.",
  "boards.reopened": "Sessione riaperta: è di nuovo in discussione.",
  "boards.refused.not-closed": "La sessione è già aperta.",
  "boards.refused.reopen-too-late":
    "Sono passati più di 7 giorni dalla chiusura: la sessione non si può più riaprire.",
  "identity.audit.action.board.session-reopened": "Ha riaperto la sessione partecipativa «{title}»",
};

const en: Record<keyof typeof it, string> = {
  "boards.close.title": "Close “{title}”?",
  "boards.close.crumb": "Closing",
  "boards.close.heading": "Close the session?",
  "boards.close.what.final":
    "Nobody will be able to add notes, vote or record outcomes and actions any more.",
  "boards.close.what.summary":
    "The summary becomes final: facilitators can then promote its groups to good practices or to actions of a plan.",
  "boards.close.what.reopen": "If needed, facilitators can reopen it within {n} days.",
  "boards.close.confirm": "Yes, close the session",
  "boards.close.cancel": "No, back to the session",
  "boards.closedDone": "Session closed: the summary is ready.",
  "boards.reopen.heading": "Reopen the session",
  "boards.reopen.until":
    "You can reopen it until {date} to take up the discussion again. What was already promoted stays as it is; the summary will follow the new close.",
  "boards.reopen.button": "Reopen the session",
  "boards.reopen.tooLate":
    "The session was closed on {date}: it can only be reopened within {n} days of closing.",
  "boards.reopened": "Session reopened: it is back in discussion.",
  "boards.refused.not-closed": "The session is already open.",
  "boards.refused.reopen-too-late":
    "More than 7 days have passed since it closed: the session can no longer be reopened.",
  "identity.audit.action.board.session-reopened": "Reopened the participatory session “{title}”",
};

registerMessages({ it, en });
