// Strings of boards' notification kind (notifications.ts).
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "boards.notify.opened.kind": "Nuove sessioni partecipative nei tuoi laboratori",
  "boards.notify.opened": "Nel laboratorio «{lab}» è aperta la sessione partecipativa «{title}».",
};

const en: Record<keyof typeof it, string> = {
  "boards.notify.opened.kind": "New participatory sessions in your labs",
  "boards.notify.opened": "The participatory session “{title}” is open in the lab “{lab}”.",
};

registerMessages({ it, en });
