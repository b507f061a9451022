// Strings of personal access tokens' lifetime and scope, and of the mail sent when one is made.
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "identity.tokens.expires": "Scadenza",
  "identity.tokens.expired": "Scaduto il {date}",
  "identity.tokens.scope": "Permessi",
  "identity.tokens.scope.read": "solo lettura",
  "identity.tokens.scope.write": "lettura e modifica",
  "identity.tokens.days": "Durata",
  "identity.tokens.daysOption": "{days} giorni",
  "identity.tokens.daysHint": "Alla scadenza il token smette di funzionare: potrai crearne uno nuovo.",
  "identity.tokens.readOnly": "Solo lettura",
  "identity.tokens.readOnlyHint":
    "Il token potrà leggere i dati ma non creare, modificare o cancellare nulla.",
  "identity.tokens.createdUntil": "Vale fino al {date}, con permessi di {scope}.",
  "identity.tokens.revokedOnRecovery":
    "Per sicurezza, quando cambi o reimposti la password o esci da tutti i dispositivi, tutti i tuoi token vengono revocati.",
  "identity.mail.tokenCreated.subject": "Nuovo token di accesso all'API sul tuo account",
  "identity.mail.tokenCreated.body":
    "il {created} è stato creato il token «{token}» per il tuo account Bottega, con permessi di {scope}. Vale fino al {expires}.",
  "identity.mail.tokenCreated.action": "Vedi e revoca i tuoi token",
  "identity.mail.tokenCreated.after":
    "Se non sei stato tu, revoca subito il token e reimposta la password: revocherà anche tutti gli altri token.",
};

const en: typeof it = {
  "identity.tokens.expires": "Expires",
  "identity.tokens.expired": "Expired on {date}",
  "identity.tokens.scope": "Permissions",
  "identity.tokens.scope.read": "read only",
  "identity.tokens.scope.write": "read and write",
  "identity.tokens.days": "Lifetime",
  "identity.tokens.daysOption": "{days} days",
  "identity.tokens.daysHint": "When it expires the token stops working: you can then make a new one.",
  "identity.tokens.readOnly": "Read only",
  "identity.tokens.readOnlyHint": "The token can read data but cannot create, change or delete anything.",
  "identity.tokens.createdUntil": "It is valid until {date}, with {scope} permissions.",
  "identity.tokens.revokedOnRecovery":
    "For your security, all your tokens are revoked when you change or reset your password or sign out everywhere.",
  "identity.mail.tokenCreated.subject": "New API access token on your account",
  "identity.mail.tokenCreated.body":
    "on {created} the token “{token}” was created for your Bottega account, with {scope} permissions. It is valid until {expires}.",
  "identity.mail.tokenCreated.action": "See and revoke your tokens",
  "identity.mail.tokenCreated.after":
    "If it was not you, revoke the token at once and reset your password: that revokes all other tokens too.",
};

registerMessages({ it, en });
