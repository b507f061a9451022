// Strings of the account flows: sign-up, verification, password reset, sign-in links, the account
// pages, and the mails they send (identity.mail.*).
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "identity.signIn.forgot": "Password dimenticata?",
  "identity.signIn.magicLink": "Ricevi un link di accesso via email",
  "identity.signIn.resend": "Non hai ricevuto l'email di conferma?",
  "identity.signIn.slowDown":
    "Ci sono stati troppi tentativi con una password sbagliata per questo account. Per proteggerlo, puoi riprovare tra {seconds} secondi. Dal browser con cui accedi di solito puoi entrare subito; oppure ricevi un link di accesso via email.",
  "identity.signIn.slowDown.one":
    "Ci sono stati troppi tentativi con una password sbagliata per questo account. Per proteggerlo, puoi riprovare tra 1 secondo. Dal browser con cui accedi di solito puoi entrare subito; oppure ricevi un link di accesso via email.",
  "identity.signUp.title": "Crea un account",
  "identity.signUp.lead":
    "Registrati per partecipare alle reti, ai tavoli di lavoro e alle sessioni. Ti invieremo un'email per confermare l'indirizzo.",
  "identity.signUp.name": "Nome e cognome",
  "identity.signUp.language": "Lingua dell'interfaccia",
  "identity.signUp.submit": "Crea l'account",
  "identity.signUp.haveAccount": "Hai già un account?",
  "identity.signUp.rateLimited":
    "Troppe registrazioni da questa rete in poco tempo. Riprova tra {minutes} minuti.",
  "identity.password.hint": "Almeno {min} caratteri. Una frase di più parole è facile da ricordare e sicura.",
  "identity.password.tooShort": "La password deve avere almeno {min} caratteri.",
  "identity.password.common":
    "Questa password è tra le più usate al mondo ed è la prima che un malintenzionato proverebbe. Scegline un'altra, per esempio una frase di più parole.",
  "identity.checkMail.title": "Controlla la posta",
  "identity.checkMail.signUp":
    "Abbiamo inviato un'email a {email}. Apri il link che contiene per confermare l'indirizzo e completare la registrazione.",
  "identity.checkMail.resent":
    "Se {email} appartiene a un account non ancora confermato, riceverai a breve un nuovo link di conferma.",
  "identity.checkMail.reset":
    "Se {email} appartiene a un account, riceverai a breve un link per scegliere una nuova password. Il link vale un'ora.",
  "identity.checkMail.magic":
    "Se {email} appartiene a un account, riceverai a breve un link per accedere. Il link vale 15 minuti e si può usare una sola volta.",
  "identity.checkMail.changeEmail":
    "Abbiamo inviato un link di conferma a {email}. L'indirizzo del tuo account cambierà quando lo aprirai.",
  "identity.checkMail.spam":
    "Se non trovi il messaggio entro qualche minuto, controlla anche la cartella spam.",
  "identity.resend.title": "Invia di nuovo l'email di conferma",
  "identity.resend.lead": "Scrivi l'indirizzo del tuo account: ti invieremo un nuovo link di conferma.",
  "identity.resend.submit": "Invia il link",
  "identity.resend.link": "Invia di nuovo l'email di conferma",
  "identity.verify.done": "Indirizzo email confermato. Ti diamo il benvenuto in Bottega!",
  "identity.linkOpen.verifyEmail.title": "Conferma il tuo indirizzo email",
  "identity.linkOpen.verifyEmail.lead": "Premi il pulsante per confermare l'indirizzo {email} e accedere.",
  "identity.linkOpen.verifyEmail.submit": "Conferma il tuo indirizzo",
  "identity.linkOpen.magicLink.title": "Accedi a Bottega",
  "identity.linkOpen.magicLink.lead": "Premi il pulsante per accedere come {email}.",
  "identity.linkOpen.magicLink.submit": "Accedi",
  "identity.linkOpen.changeEmail.title": "Conferma il nuovo indirizzo email",
  "identity.linkOpen.changeEmail.lead":
    "Premi il pulsante perché il tuo account usi l'indirizzo {email}. Fino ad allora resta quello attuale.",
  "identity.linkOpen.changeEmail.submit": "Conferma il nuovo indirizzo",
  "identity.links.problemTitle": "Questo link non si può usare",
  "identity.links.expired":
    "Il link è scaduto. Per sicurezza i link inviati via email valgono per un tempo limitato: chiedine uno nuovo.",
  "identity.links.used":
    "Il link è già stato usato, oppure ne è stato inviato uno più recente. Ogni link vale una sola volta: chiedine uno nuovo se serve.",
  "identity.links.invalid":
    "Il link non è valido. Controlla di averlo copiato per intero, oppure chiedine uno nuovo.",
  "identity.links.rateLimited":
    "Abbiamo già inviato diverse email a questo indirizzo. Per evitare abusi, riprova tra {minutes} minuti.",
  "identity.links.rateLimitedIp":
    "Troppe richieste di email da questa rete in poco tempo. Per evitare abusi, riprova tra {minutes} minuti.",
  "identity.forgot.title": "Password dimenticata",
  "identity.forgot.lead":
    "Scrivi l'indirizzo email del tuo account: ti invieremo un link per scegliere una nuova password.",
  "identity.forgot.submit": "Invia il link",
  "identity.forgot.again": "Chiedi un nuovo link per reimpostare la password",
  "identity.reset.title": "Scegli una nuova password",
  "identity.reset.lead":
    "Dopo il cambio usciremo da tutti i dispositivi in cui eri connesso e ti faremo accedere qui.",
  "identity.reset.newPassword": "Nuova password",
  "identity.reset.submit": "Salva la nuova password",
  "identity.reset.done": "Password cambiata. Le altre sessioni sono state chiuse.",
  "identity.magic.title": "Accedi con un link via email",
  "identity.magic.lead":
    "Scrivi l'indirizzo email del tuo account: ti invieremo un link per accedere senza password.",
  "identity.magic.submit": "Invia il link di accesso",
  "identity.magic.link": "Oppure accedi con un link via email",
  "identity.magic.withPassword": "Accedi con la password",
  "identity.magic.again": "Chiedi un nuovo link di accesso",
  "identity.account.title": "Il mio account",
  "identity.account.sections": "Sezioni dell'account",
  "identity.account.profile": "Profilo",
  "identity.account.password": "Password",
  "identity.account.email": "Indirizzo email",
  "identity.account.meetings": "I miei incontri",
  "identity.account.signedInAs": "Hai effettuato l'accesso come {email}.",
  "identity.account.sessions": "Sessioni",
  "identity.account.sessionsLead":
    "Se hai usato Bottega su un computer condiviso o hai perso un dispositivo, esci da tutte le sessioni, compresa questa.",
  "identity.account.signOutEverywhere": "Esci da tutti i dispositivi",
  "identity.account.signedOutEverywhere": "Hai chiuso la sessione su tutti i dispositivi.",
  "identity.account.currentPassword": "Password attuale",
  "identity.account.changePassword": "Cambia la password",
  "identity.account.passwordChanged":
    "Password cambiata. Le sessioni sugli altri dispositivi sono state chiuse.",
  "identity.account.wrongPassword": "La password non è corretta.",
  "identity.account.back": "Torna al tuo account",
  "identity.email.current": "Indirizzo attuale: {email}",
  "identity.email.lead":
    "Ti invieremo un link di conferma al nuovo indirizzo; il cambio avverrà quando lo aprirai.",
  "identity.email.new": "Nuovo indirizzo email",
  "identity.email.submit": "Invia il link di conferma",
  "identity.email.same": "È già l'indirizzo del tuo account.",
  "identity.email.taken": "Questo indirizzo è già usato da un altro account.",
  "identity.email.changed": "Indirizzo email aggiornato.",
  "identity.email.again": "Cambia di nuovo l'indirizzo",
  "identity.profile.spoken": "Lingue che parli",
  "identity.profile.lang.it": "Italiano",
  "identity.profile.lang.en": "Inglese",
  "identity.profile.lang.de": "Tedesco",
  "identity.profile.lang.sv": "Svedese",
  "identity.profile.lang.fi": "Finlandese",
  "identity.profile.lang.fr": "Francese",
  "identity.profile.lang.es": "Spagnolo",
  "identity.profile.photo": "Foto",
  "identity.profile.photoFile": "Scegli una nuova foto",
  "identity.profile.photoHint": "PNG, JPEG, WebP o GIF, al massimo 2 MB.",
  "identity.profile.photoAlt": "Descrizione della foto",
  "identity.profile.photoAltHint":
    "Obbligatoria se c'è una foto: descrivila per chi non può vederla, per esempio «Giulia sorride davanti alla biblioteca».",
  "identity.profile.photoAltRequired": "Descrivi la foto per chi non può vederla.",
  "identity.profile.photoTooLarge": "La foto supera i 2 MB: scegline una più piccola.",
  "identity.profile.photoWrongType": "Il file non è un'immagine PNG, JPEG, WebP o GIF.",
  "identity.profile.removePhoto": "Rimuovi la foto",
  "identity.profile.saved": "Profilo salvato.",
  "identity.tokens.title": "Token di accesso all'API",
  "identity.tokens.lead":
    "I token personali permettono a programmi e script di usare l'API di Bottega a tuo nome. Trattali come una password.",
  "identity.tokens.yours": "I tuoi token",
  "identity.tokens.none": "Non hai token attivi.",
  "identity.tokens.name": "Nome del token",
  "identity.tokens.nameHint": "Per ricordare a cosa serve, per esempio «Sito del comune».",
  "identity.tokens.createdAt": "Creato",
  "identity.tokens.lastUsed": "Ultimo uso",
  "identity.tokens.never": "Mai",
  "identity.tokens.actions": "Azioni",
  "identity.tokens.new": "Nuovo token",
  "identity.tokens.create": "Crea il token",
  "identity.tokens.created": "Token «{name}» creato.",
  "identity.tokens.copyNow": "Copialo ora: per sicurezza non sarà più mostrato.",
  "identity.tokens.revoke": "Revoca",
  "identity.tokens.revoked": "Token revocato.",
  "identity.mail.greeting": "Ciao {name},",
  "identity.mail.signature": "Bottega – {site}",
  "identity.mail.verify.subject": "Conferma il tuo indirizzo email",
  "identity.mail.verify.body":
    "grazie per aver creato un account su Bottega. Conferma il tuo indirizzo email aprendo questo link:",
  "identity.mail.verify.action": "Conferma l'indirizzo",
  "identity.mail.verify.after":
    "Il link vale {hours} ore e si può usare una sola volta. Se non hai creato tu l'account, ignora questo messaggio.",
  "identity.mail.alreadyRegistered.subject": "Hai già un account su Bottega",
  "identity.mail.alreadyRegistered.body":
    "qualcuno, forse tu, ha chiesto di creare un account su Bottega con questo indirizzo. Un account con questo indirizzo esiste già: puoi accedere qui.",
  "identity.mail.alreadyRegistered.action": "Accedi",
  "identity.mail.alreadyRegistered.after":
    "Se hai dimenticato la password puoi sceglierne una nuova da {forgot}. Se non sei stato tu, ignora questo messaggio.",
  "identity.mail.reset.subject": "Reimposta la password",
  "identity.mail.reset.body":
    "abbiamo ricevuto una richiesta per reimpostare la password del tuo account Bottega.",
  "identity.mail.reset.action": "Scegli una nuova password",
  "identity.mail.reset.after":
    "Il link vale {minutes} minuti e si può usare una sola volta. Se non l'hai chiesto tu, ignora questo messaggio: la password resta quella di prima.",
  "identity.mail.magic.subject": "Il tuo link per accedere a Bottega",
  "identity.mail.magic.body": "ecco il link per accedere a Bottega senza password.",
  "identity.mail.magic.action": "Accedi a Bottega",
  "identity.mail.magic.after":
    "Il link vale {minutes} minuti e si può usare una sola volta. Se non l'hai chiesto tu, ignora questo messaggio.",
  "identity.mail.changeEmail.subject": "Conferma il nuovo indirizzo email",
  "identity.mail.changeEmail.body":
    "hai chiesto di usare questo indirizzo per il tuo account Bottega. Il cambio avverrà quando aprirai il link.",
  "identity.mail.changeEmail.action": "Conferma il nuovo indirizzo",
  "identity.mail.changeEmail.after":
    "Il link vale {hours} ore e si può usare una sola volta. Se non l'hai chiesto tu, ignora questo messaggio.",
  "identity.mail.emailChanged.subject": "L'indirizzo del tuo account è cambiato",
  "identity.mail.emailChanged.body": "l'indirizzo email del tuo account Bottega ora è {newEmail}.",
  "identity.mail.emailChanged.after":
    "Se non sei stato tu, rispondi a questo messaggio o contatta l'amministratore di {site} al più presto.",
  "identity.mail.failedSignIns.subject": "Tentativi di accesso non riusciti al tuo account",
  "identity.mail.failedSignIns.body":
    "qualcuno ha provato ad accedere al tuo account Bottega con una password sbagliata {attempts} volte di seguito. Per proteggerti, i prossimi tentativi da browser con cui non hai mai effettuato l'accesso sono rallentati; dal browser che usi di solito accedi come sempre.",
  "identity.mail.failedSignIns.action": "Non eri tu? Scegli una nuova password",
  "identity.mail.failedSignIns.after":
    "Se eri tu, non devi fare nulla. Se non eri tu, la tua password è al sicuro finché nessuno la indovina: sceglierne una nuova e lunga è il modo migliore per proteggerti.",
  "identity.mail.passwordChanged.subject": "La tua password è cambiata",
  "identity.mail.passwordChanged.body": "la password del tuo account Bottega è stata cambiata.",
  "identity.mail.passwordChanged.action": "Non sei stato tu? Reimposta la password",
  "identity.mail.passwordChanged.after": "Se sei stato tu, non devi fare nulla.",
};

const en: typeof it = {
  "identity.signIn.forgot": "Forgot your password?",
  "identity.signIn.magicLink": "Get a sign-in link by email",
  "identity.signIn.resend": "Didn't get the confirmation email?",
  "identity.signIn.slowDown":
    "There have been too many attempts with a wrong password for this account. To protect it, you can try again in {seconds} seconds. From the browser you usually sign in with you can sign in at once; or get a sign-in link by email.",
  "identity.signIn.slowDown.one":
    "There have been too many attempts with a wrong password for this account. To protect it, you can try again in 1 second. From the browser you usually sign in with you can sign in at once; or get a sign-in link by email.",
  "identity.signUp.title": "Create an account",
  "identity.signUp.lead":
    "Sign up to take part in networks, working groups and sessions. We will email you to confirm your address.",
  "identity.signUp.name": "Full name",
  "identity.signUp.language": "Interface language",
  "identity.signUp.submit": "Create account",
  "identity.signUp.haveAccount": "Already have an account?",
  "identity.signUp.rateLimited":
    "Too many sign-ups from this network in a short time. Try again in {minutes} minutes.",
  "identity.password.hint":
    "At least {min} characters. A phrase of several words is easy to remember and safe.",
  "identity.password.tooShort": "The password must be at least {min} characters long.",
  "identity.password.common":
    "This password is among the most used in the world and is the first an attacker would try. Choose another, for example a phrase of several words.",
  "identity.checkMail.title": "Check your email",
  "identity.checkMail.signUp":
    "We have sent an email to {email}. Open the link in it to confirm your address and finish signing up.",
  "identity.checkMail.resent":
    "If {email} belongs to an account that is not yet confirmed, a new confirmation link is on its way.",
  "identity.checkMail.reset":
    "If {email} belongs to an account, a link to choose a new password is on its way. The link is valid for one hour.",
  "identity.checkMail.magic":
    "If {email} belongs to an account, a sign-in link is on its way. The link is valid for 15 minutes and works once.",
  "identity.checkMail.changeEmail":
    "We have sent a confirmation link to {email}. Your account's address will change when you open it.",
  "identity.checkMail.spam":
    "If the message does not arrive within a few minutes, check your spam folder too.",
  "identity.resend.title": "Send the confirmation email again",
  "identity.resend.lead":
    "Enter the address you signed up with and we will send you a new confirmation link.",
  "identity.resend.submit": "Send the link",
  "identity.resend.link": "Send the confirmation email again",
  "identity.verify.done": "Email address confirmed. Welcome to Bottega!",
  "identity.linkOpen.verifyEmail.title": "Confirm your email address",
  "identity.linkOpen.verifyEmail.lead": "Press the button to confirm the address {email} and sign in.",
  "identity.linkOpen.verifyEmail.submit": "Confirm your address",
  "identity.linkOpen.magicLink.title": "Sign in to Bottega",
  "identity.linkOpen.magicLink.lead": "Press the button to sign in as {email}.",
  "identity.linkOpen.magicLink.submit": "Sign in",
  "identity.linkOpen.changeEmail.title": "Confirm your new email address",
  "identity.linkOpen.changeEmail.lead":
    "Press the button to make {email} your account's address. Until then, the current one stays.",
  "identity.linkOpen.changeEmail.submit": "Confirm the new address",
  "identity.links.problemTitle": "This link cannot be used",
  "identity.links.expired":
    "The link has expired. For your security, links sent by email are valid for a limited time: ask for a new one.",
  "identity.links.used":
    "The link has already been used, or a newer one has been sent. Each link works once: ask for a new one if you need it.",
  "identity.links.invalid": "The link is not valid. Check that you copied all of it, or ask for a new one.",
  "identity.links.rateLimited":
    "We have already sent several emails to this address. To prevent abuse, try again in {minutes} minutes.",
  "identity.links.rateLimitedIp":
    "Too many requests for emails from this network in a short time. To prevent abuse, try again in {minutes} minutes.",
  "identity.forgot.title": "Forgotten password",
  "identity.forgot.lead":
    "Enter your account's email address and we will send you a link to choose a new password.",
  "identity.forgot.submit": "Send the link",
  "identity.forgot.again": "Ask for a new password reset link",
  "identity.reset.title": "Choose a new password",
  "identity.reset.lead": "After the change we will sign you out of every device and sign you in here.",
  "identity.reset.newPassword": "New password",
  "identity.reset.submit": "Save the new password",
  "identity.reset.done": "Password changed. Your other sessions have been ended.",
  "identity.magic.title": "Sign in with an email link",
  "identity.magic.lead":
    "Enter your account's email address and we will send you a link to sign in without a password.",
  "identity.magic.submit": "Send the sign-in link",
  "identity.magic.link": "Or sign in with an email link",
  "identity.magic.withPassword": "Sign in with your password",
  "identity.magic.again": "Ask for a new sign-in link",
  "identity.account.title": "My account",
  "identity.account.sections": "Account sections",
  "identity.account.profile": "Profile",
  "identity.account.password": "Password",
  "identity.account.email": "Email address",
  "identity.account.meetings": "My meetings",
  "identity.account.signedInAs": "You are signed in as {email}.",
  "identity.account.sessions": "Sessions",
  "identity.account.sessionsLead":
    "If you used Bottega on a shared computer or lost a device, sign out of every session, this one included.",
  "identity.account.signOutEverywhere": "Sign out everywhere",
  "identity.account.signedOutEverywhere": "You have been signed out on every device.",
  "identity.account.currentPassword": "Current password",
  "identity.account.changePassword": "Change password",
  "identity.account.passwordChanged": "Password changed. Sessions on your other devices have been ended.",
  "identity.account.wrongPassword": "The password is not correct.",
  "identity.account.back": "Back to your account",
  "identity.email.current": "Current address: {email}",
  "identity.email.lead":
    "We will send a confirmation link to the new address; the change happens when you open it.",
  "identity.email.new": "New email address",
  "identity.email.submit": "Send the confirmation link",
  "identity.email.same": "This is already your account's address.",
  "identity.email.taken": "This address is already used by another account.",
  "identity.email.changed": "Email address updated.",
  "identity.email.again": "Change the address again",
  "identity.profile.spoken": "Languages you speak",
  "identity.profile.lang.it": "Italian",
  "identity.profile.lang.en": "English",
  "identity.profile.lang.de": "German",
  "identity.profile.lang.sv": "Swedish",
  "identity.profile.lang.fi": "Finnish",
  "identity.profile.lang.fr": "French",
  "identity.profile.lang.es": "Spanish",
  "identity.profile.photo": "Photo",
  "identity.profile.photoFile": "Choose a new photo",
  "identity.profile.photoHint": "PNG, JPEG, WebP or GIF, 2 MB at most.",
  "identity.profile.photoAlt": "Photo description",
  "identity.profile.photoAltHint":
    "Required when there is a photo: describe it for people who cannot see it, e.g. “Giulia smiling in front of the library”.",
  "identity.profile.photoAltRequired": "Describe the photo for people who cannot see it.",
  "identity.profile.photoTooLarge": "The photo is larger than 2 MB: choose a smaller one.",
  "identity.profile.photoWrongType": "The file is not a PNG, JPEG, WebP or GIF image.",
  "identity.profile.removePhoto": "Remove the photo",
  "identity.profile.saved": "Profile saved.",
  "identity.tokens.title": "API access tokens",
  "identity.tokens.lead":
    "Personal tokens let programs and scripts use Bottega's API on your behalf. Treat them like a password.",
  "identity.tokens.yours": "Your tokens",
  "identity.tokens.none": "You have no active tokens.",
  "identity.tokens.name": "Token name",
  "identity.tokens.nameHint": "To remember what it is for, e.g. “Town website”.",
  "identity.tokens.createdAt": "Created",
  "identity.tokens.lastUsed": "Last used",
  "identity.tokens.never": "Never",
  "identity.tokens.actions": "Actions",
  "identity.tokens.new": "New token",
  "identity.tokens.create": "Create token",
  "identity.tokens.created": "Token “{name}” created.",
  "identity.tokens.copyNow": "Copy it now: for your security it will not be shown again.",
  "identity.tokens.revoke": "Revoke",
  "identity.tokens.revoked": "Token revoked.",
  "identity.mail.greeting": "Hello {name},",
  "identity.mail.signature": "Bottega – {site}",
  "identity.mail.verify.subject": "Confirm your email address",
  "identity.mail.verify.body":
    "thank you for signing up to Bottega. Please confirm your email address by opening this link:",
  "identity.mail.verify.action": "Confirm your address",
  "identity.mail.verify.after":
    "The link is valid for {hours} hours and works once. If you did not sign up, please ignore this message.",
  "identity.mail.alreadyRegistered.subject": "You already have a Bottega account",
  "identity.mail.alreadyRegistered.body":
    "someone, perhaps you, asked to create a Bottega account with this address. An account with this address already exists: you can sign in here.",
  "identity.mail.alreadyRegistered.action": "Sign in",
  "identity.mail.alreadyRegistered.after":
    "If you forgot your password you can choose a new one at {forgot}. If this was not you, please ignore this message.",
  "identity.mail.reset.subject": "Reset your password",
  "identity.mail.reset.body": "we received a request to reset the password of your Bottega account.",
  "identity.mail.reset.action": "Choose a new password",
  "identity.mail.reset.after":
    "The link is valid for {minutes} minutes and works once. If you did not ask for it, ignore this message: your password stays as it was.",
  "identity.mail.magic.subject": "Your link to sign in to Bottega",
  "identity.mail.magic.body": "here is your link to sign in to Bottega without a password.",
  "identity.mail.magic.action": "Sign in to Bottega",
  "identity.mail.magic.after":
    "The link is valid for {minutes} minutes and works once. If you did not ask for it, please ignore this message.",
  "identity.mail.changeEmail.subject": "Confirm your new email address",
  "identity.mail.changeEmail.body":
    "you asked to use this address for your Bottega account. The change happens when you open the link.",
  "identity.mail.changeEmail.action": "Confirm the new address",
  "identity.mail.changeEmail.after":
    "The link is valid for {hours} hours and works once. If you did not ask for it, please ignore this message.",
  "identity.mail.emailChanged.subject": "Your account's email address has changed",
  "identity.mail.emailChanged.body": "the email address of your Bottega account is now {newEmail}.",
  "identity.mail.emailChanged.after":
    "If this was not you, reply to this message or contact the administrator of {site} as soon as possible.",
  "identity.mail.failedSignIns.subject": "Failed attempts to sign in to your account",
  "identity.mail.failedSignIns.body":
    "someone tried to sign in to your Bottega account with a wrong password {attempts} times in a row. To protect you, further attempts from browsers you have never signed in with are slowed down; from the browser you usually use you sign in as always.",
  "identity.mail.failedSignIns.action": "Not you? Choose a new password",
  "identity.mail.failedSignIns.after":
    "If it was you, there is nothing to do. If it was not, your password is safe as long as nobody guesses it: choosing a new, long one is the best way to protect yourself.",
  "identity.mail.passwordChanged.subject": "Your password has changed",
  "identity.mail.passwordChanged.body": "the password of your Bottega account has been changed.",
  "identity.mail.passwordChanged.action": "Not you? Reset your password",
  "identity.mail.passwordChanged.after": "If it was you, there is nothing to do.",
};

registerMessages({ it, en });
