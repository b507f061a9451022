// Strings of the identity module: accounts, sessions, organisations, networks.
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "identity.signIn.title": "Accedi",
  "identity.signIn.lead": "Accedi con l'email e la password del tuo account Bottega.",
  "identity.signIn.email": "Email",
  "identity.signIn.password": "Password",
  "identity.signIn.submit": "Accedi",
  "identity.signIn.failed": "Email o password non corrette.",
  "identity.signIn.unverified": "Devi prima confermare il tuo indirizzo email: controlla la posta.",
  "identity.signIn.rateLimited": "Troppi tentativi di accesso. Per sicurezza riprova tra {minutes} minuti.",
  "identity.signIn.noAccount": "Non hai un account?",
  "identity.signIn.welcome": "Hai effettuato l'accesso.",
  "identity.signOut.done": "Hai chiuso la sessione.",
  "identity.networks.title": "Reti",
  "identity.networks.lead": "Le reti di enti e istituzioni che lavorano insieme su Bottega.",
  "identity.networks.empty": "Non ci sono ancora reti.",
  "identity.networks.members": "{count} organizzazioni",
  "identity.networks.members.one": "{count} organizzazione",
};

const en: typeof it = {
  "identity.signIn.title": "Sign in",
  "identity.signIn.lead": "Sign in with the email and password of your Bottega account.",
  "identity.signIn.email": "Email",
  "identity.signIn.password": "Password",
  "identity.signIn.submit": "Sign in",
  "identity.signIn.failed": "Wrong email or password.",
  "identity.signIn.unverified": "Please confirm your email address first: check your inbox.",
  "identity.signIn.rateLimited":
    "Too many sign-in attempts. For your security, try again in {minutes} minutes.",
  "identity.signIn.noAccount": "No account yet?",
  "identity.signIn.welcome": "You are signed in.",
  "identity.signOut.done": "You have signed out.",
  "identity.networks.title": "Networks",
  "identity.networks.lead": "The networks of bodies and institutions working together on Bottega.",
  "identity.networks.empty": "There are no networks yet.",
  "identity.networks.members": "{count} organisations",
  "identity.networks.members.one": "{count} organisation",
};

registerMessages({ it, en });
