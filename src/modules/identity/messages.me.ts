// Strings of the person's own area (/me); each module's section brings its own.
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "identity.me.title": "La mia area",
  "identity.me.lead":
    "Ciao {name}: qui trovi i tuoi incontri, le sessioni partecipative e le tue segnalazioni.",
  "identity.me.account": "Impostazioni dell'account",
  "identity.me.nav": "La mia area",
  "identity.me.waiting.title": "Ti aspettano",
  "identity.me.waiting.invitation":
    "Invito alla rete {network} con il ruolo {role}, da parte di {by}; rispondi entro il {date}.",
  "identity.me.waiting.someone": "chi coordina la rete",
  "identity.me.waiting.people": "richieste di adesione da confermare: {n}",
  "identity.me.waiting.networks": "reti che chiedono di aggiungere l'organizzazione: {n}",
};

const en: typeof it = {
  "identity.me.title": "My area",
  "identity.me.lead": "Hello {name}: here are your meetings, participatory sessions and reports.",
  "identity.me.account": "Account settings",
  "identity.me.nav": "My area",
  "identity.me.waiting.title": "Waiting for you",
  "identity.me.waiting.invitation":
    "Invitation to the network {network} as {role}, from {by}; answer by {date}.",
  "identity.me.waiting.someone": "the network's coordinators",
  "identity.me.waiting.people": "requests to join to confirm: {n}",
  "identity.me.waiting.networks": "networks asking to add the organisation: {n}",
};

registerMessages({ it, en });
