// Strings of the refusal shown when someone answers an invitation sent to another address.
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "identity.invitations.otherAddress.title": "Questo invito è per un altro indirizzo email",
  "identity.invitations.otherAddress.lead":
    "L'invito è stato inviato a {invited}, ma hai effettuato l'accesso come {yours}. Può rispondere solo chi ha l'indirizzo a cui è stato inviato.",
  "identity.invitations.otherAddress.how":
    "Se quell'indirizzo è tuo, esci e accedi (o registrati) con quell'indirizzo: tornerai a questo invito.",
  "identity.invitations.otherAddress.switch": "Esci e accedi con un altro indirizzo",
  "identity.invitations.otherAddress.ask":
    "Altrimenti chiedi a chi ti ha invitato di mandare un nuovo invito al tuo indirizzo.",
  "identity.invitations.otherAddress.refused": "Questo invito è stato inviato a un altro indirizzo email.",
};

const en: typeof it = {
  "identity.invitations.otherAddress.title": "This invitation is for another email address",
  "identity.invitations.otherAddress.lead":
    "The invitation was sent to {invited}, but you are signed in as {yours}. Only the person with the address it was sent to can answer it.",
  "identity.invitations.otherAddress.how":
    "If that address is yours, sign out and sign in (or sign up) with it: you will come back to this invitation.",
  "identity.invitations.otherAddress.switch": "Sign out and sign in with another address",
  "identity.invitations.otherAddress.ask":
    "Otherwise, ask the person who invited you to send a new invitation to your address.",
  "identity.invitations.otherAddress.refused": "This invitation was sent to another email address.",
};

registerMessages({ it, en });
