// Strings of presence ("who is here") on a session's page (IT + EN). They are also sent to
// the board script (client/board) (data-messages), which redraws the list when a `board.presence` arrives.
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "boards.presence.title": "Chi è qui ({n})",
  "boards.presence.titleUnknown": "Chi è qui",
  "boards.presence.nobody": "Nessuno ha la sessione aperta in questo momento.",
  "boards.presence.anonymous": "Sessione anonima: si vede solo quante persone sono collegate, non chi.",
};

const en: Record<keyof typeof it, string> = {
  "boards.presence.title": "Who is here ({n})",
  "boards.presence.titleUnknown": "Who is here",
  "boards.presence.nobody": "Nobody has the session open right now.",
  "boards.presence.anonymous": "Anonymous session: only how many people are connected is shown, not who.",
};

registerMessages({ it, en });

/** The keys the board script (client/board) needs. */
export const PRESENCE_KEYS = ["boards.presence.title", "boards.presence.nobody", "boards.presence.anonymous"];
