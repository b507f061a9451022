// Strings of OpenID Connect sign-in.
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "identity.oidc.button": "Accedi con {label}",
  "identity.oidc.or": "oppure",
  "identity.oidc.failed":
    "L'accesso con il fornitore di identità non è riuscito o è stato annullato. Riprova.",
  "identity.oidc.expired": "La procedura di accesso è scaduta o non è valida. Riprova dall'inizio.",
  "identity.oidc.unavailable":
    "Il fornitore di identità non risponde in questo momento. Riprova più tardi o accedi con email e password.",
  "identity.oidc.noEmail":
    "Il fornitore di identità non ci ha comunicato un indirizzo email, che serve per il tuo account Bottega.",
  "identity.oidc.unverified":
    "Il fornitore di identità non ha verificato il tuo indirizzo email, quindi non possiamo collegarlo a un account Bottega. Verifica l'email presso il fornitore, oppure accedi con email e password.",
};

const en: typeof it = {
  "identity.oidc.button": "Sign in with {label}",
  "identity.oidc.or": "or",
  "identity.oidc.failed": "Signing in with the identity provider failed or was cancelled. Please try again.",
  "identity.oidc.expired": "The sign-in attempt has expired or is not valid. Please start again.",
  "identity.oidc.unavailable":
    "The identity provider is not answering right now. Try again later, or sign in with email and password.",
  "identity.oidc.noEmail":
    "The identity provider did not tell us an email address, which your Bottega account needs.",
  "identity.oidc.unverified":
    "The identity provider has not verified your email address, so we cannot link it to a Bottega account. Verify it with the provider, or sign in with email and password.",
};

registerMessages({ it, en });
