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
  "identity.oidc.checkMail":
    "Esiste già un account Bottega con l'indirizzo {email}. Per sicurezza, prima di collegarlo all'accesso con {label} ti abbiamo mandato un link a quell'indirizzo: aprilo entro {minutes} minuti per collegare i due e accedere.",
  "identity.oidc.checkMailWhy":
    "Serve una sola volta: dalla prossima volta l'accesso con {label} entrerà direttamente nel tuo account.",
  "identity.oidc.link.title": "Collega l'accesso con {label}",
  "identity.oidc.link.lead":
    "Qualcuno ha effettuato l'accesso con {label} come {email} e ha chiesto di collegarlo al tuo account Bottega. Conferma solo se sei stato tu: da ora quell'accesso entrerà nel tuo account.",
  "identity.oidc.link.submit": "Collega e accedi",
  "identity.oidc.link.done":
    "Accesso con il fornitore di identità collegato al tuo account. Ti diamo il benvenuto!",
  "identity.oidc.link.again": "Torna alla pagina di accesso",
  "identity.mail.oidcLink.subject": "Conferma l'accesso con {label} al tuo account",
  "identity.mail.oidcLink.body":
    "il {when} qualcuno ha effettuato l'accesso con {label} come {providerEmail} e ha chiesto di entrare nel tuo account Bottega. Se sei stato tu, apri il link entro {minutes} minuti e conferma: l'accesso con {label} sarà collegato al tuo account.",
  "identity.mail.oidcLink.action": "Collega l'accesso con {label}",
  "identity.mail.oidcLink.after":
    "Se non sei stato tu, ignora questa email: senza la tua conferma nessuno entra nel tuo account.",
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
  "identity.oidc.checkMail":
    "A Bottega account with the address {email} already exists. For your security, before linking it to signing in with {label}, we have sent a link to that address: open it within {minutes} minutes to link the two and sign in.",
  "identity.oidc.checkMailWhy":
    "This is needed once: next time, signing in with {label} goes straight into your account.",
  "identity.oidc.link.title": "Link signing in with {label}",
  "identity.oidc.link.lead":
    "Someone signed in with {label} as {email} and asked to link it to your Bottega account. Confirm only if it was you: from now on that sign-in will enter your account.",
  "identity.oidc.link.submit": "Link and sign in",
  "identity.oidc.link.done": "Signing in with the identity provider is now linked to your account. Welcome!",
  "identity.oidc.link.again": "Back to the sign-in page",
  "identity.mail.oidcLink.subject": "Confirm signing in to your account with {label}",
  "identity.mail.oidcLink.body":
    "on {when} someone signed in with {label} as {providerEmail} and asked to enter your Bottega account. If it was you, open the link within {minutes} minutes and confirm: signing in with {label} will be linked to your account.",
  "identity.mail.oidcLink.action": "Link signing in with {label}",
  "identity.mail.oidcLink.after":
    "If it was not you, ignore this email: without your confirmation nobody enters your account.",
};

registerMessages({ it, en });
