// Strings of the person's own area (/me); each module's section brings its own.
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "identity.me.title": "La mia area",
  "identity.me.lead":
    "Ciao {name}: qui trovi i tuoi incontri, le sessioni partecipative e le tue segnalazioni.",
  "identity.me.account": "Impostazioni dell'account",
  "identity.me.nav": "La mia area",
};

const en: typeof it = {
  "identity.me.title": "My area",
  "identity.me.lead": "Hello {name}: here are your meetings, participatory sessions and reports.",
  "identity.me.account": "Account settings",
  "identity.me.nav": "My area",
};

registerMessages({ it, en });
