// Strings of presence ("who is here") on a session's page (IT + EN). They are also sent to
// public/board.js (data-messages), which redraws the list when a `board.presence` arrives.
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "boards.presence.title": "Chi è qui ({n})",
  "boards.presence.titleUnknown": "Chi è qui",
  "boards.presence.nobody": "Nessuno ha la sessione aperta in questo momento.",
  "boards.presence.anonymous": "Sessione anonima: si vede solo quante persone sono collegate, non chi.",
  "boards.presence.hint":
    "Con JavaScript attivo l'elenco si aggiorna da solo; senza, mostra chi era collegato quando la pagina è stata caricata.",
  "boards.presence.needsJs": "La presenza dal vivo richiede JavaScript.",
};

const en: Record<keyof typeof it, string> = {
  "boards.presence.title": "Who is here ({n})",
  "boards.presence.titleUnknown": "Who is here",
  "boards.presence.nobody": "Nobody has the session open right now.",
  "boards.presence.anonymous": "Anonymous session: only how many people are connected is shown, not who.",
  "boards.presence.hint":
    "With JavaScript on, the list updates by itself; without it, it shows who was connected when the page was loaded.",
  "boards.presence.needsJs": "Live presence needs JavaScript.",
};

registerMessages({ it, en });

/** The keys public/board.js needs. */
export const PRESENCE_KEYS = ["boards.presence.title", "boards.presence.nobody", "boards.presence.anonymous"];
