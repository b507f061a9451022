// Strings of registering for a conference: the form, the confirmation, the person's own page
// (booking sessions, the certificate) and the mails that follow, in Italian and English.
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "conferences.register.title": "Iscrizione",
  "conferences.register.lead":
    "Iscriviti con nome e indirizzo email, senza creare un account: riceverai un messaggio per confermare. Dopo la conferma potrai prenotare le sessioni a posti limitati.",
  "conferences.register.name": "Nome e cognome",
  "conferences.register.email": "Email",
  "conferences.register.emailHint": "Lo usiamo solo per la conferma, il codice d'ingresso e l'attestato.",
  "conferences.register.submit": "Iscriviti",
  "conferences.register.closed": "Le iscrizioni sono chiuse.",
  "conferences.register.checkMailTitle": "Controlla la posta",
  "conferences.register.checkMail":
    "Abbiamo scritto a {email} per la conferenza «{conference}». Apri il messaggio e segui il link che contiene.",
  "conferences.register.checkMailAfter":
    "Il link vale 48 ore. Se il messaggio non arriva, controlla la posta indesiderata o iscriviti di nuovo.",
  "conferences.confirm.title": "Conferma l'iscrizione",
  "conferences.confirm.lead": "{name} ({email}), confermi l'iscrizione a «{conference}»?",
  "conferences.confirm.submit": "Confermo l'iscrizione",
  "conferences.confirm.done":
    "Iscrizione confermata. Ti abbiamo inviato un messaggio con il codice d'ingresso e il link a questa pagina.",
  "conferences.confirm.problemTitle": "Link non valido",
  "conferences.confirm.invalid":
    "Questo link non è valido o è già stato usato. Se hai già confermato, trovi il link alla tua iscrizione nel messaggio di conferma.",
  "conferences.confirm.expired":
    "Questo link è scaduto. Iscriviti di nuovo dalla pagina della conferenza per riceverne uno nuovo.",
  "conferences.me.title": "La tua iscrizione",
  "conferences.me.lead": "{name}, ecco la tua iscrizione a «{conference}» ({dates}).",
  "conferences.me.code": "Codice d'ingresso:",
  "conferences.me.codeHint": "Mostra o comunica questo codice all'accoglienza per registrare la presenza.",
  "conferences.me.qrAlt": "Codice QR per la registrazione della presenza, codice {code}",
  "conferences.me.qrCaption": "All'accoglienza possono anche inquadrare questo codice QR.",
  "conferences.me.sessions": "Sessioni a posti limitati",
  "conferences.me.noBookable":
    "Questa conferenza non ha sessioni da prenotare: tutte le sessioni sono ad accesso libero.",
  "conferences.me.registered": "Iscrizione confermata",
  "conferences.me.join": "Prenota un posto in «{session}»",
  "conferences.me.leave": "Annulla la prenotazione di «{session}»",
  "conferences.me.joined": "Posto prenotato.",
  "conferences.me.left": "Prenotazione annullata.",
  "conferences.me.certificate": "Attestato di partecipazione",
  "conferences.me.noCertificate":
    "L'attestato sarà disponibile qui dopo la registrazione della tua presenza alla conferenza.",
  "conferences.me.download": "Scarica l'attestato (PDF accessibile)",
  "conferences.me.emailIt": "Invia l'attestato a {email}",
  "conferences.me.emailed": "Attestato inviato a {email}.",
  "conferences.me.verifyLink": "Pagina pubblica di verifica dell'attestato",
  "conferences.mail.greeting": "Gentile {name},",
  "conferences.mail.signature": "Bottega — conferenze delle reti",
  "conferences.mail.confirm.subject": "Conferma l'iscrizione a {conference}",
  "conferences.mail.confirm.body":
    "hai chiesto di iscriverti alla conferenza «{conference}» ({dates}). Per completare l'iscrizione apri il link e premi il pulsante di conferma.",
  "conferences.mail.confirm.action": "Conferma l'iscrizione",
  "conferences.mail.confirm.after":
    "Se non hai chiesto tu l'iscrizione, ignora questo messaggio: senza conferma non succede nulla.",
  "conferences.mail.registered.subject": "Iscrizione confermata: {conference}",
  "conferences.mail.registered.body":
    "la tua iscrizione alla conferenza «{conference}» ({dates}) è confermata.",
  "conferences.mail.registered.code": "Il tuo codice d'ingresso è {code}: mostralo all'accoglienza.",
  "conferences.mail.already.subject": "Hai già un'iscrizione: {conference}",
  "conferences.mail.already.body":
    "qualcuno (forse tu) ha chiesto di iscrivere questo indirizzo alla conferenza «{conference}» ({dates}): l'iscrizione c'è già, non serve fare altro. Se la richiesta non è partita da te, puoi ignorare questo messaggio.",
  "conferences.mail.registered.action": "La tua iscrizione (prenota le sessioni, scarica l'attestato)",
  "conferences.mail.registered.after":
    "Conserva questo messaggio: il link è personale e dà accesso alla tua iscrizione.",
  "conferences.errors.closed": "Le iscrizioni a questa conferenza sono chiuse.",
  "conferences.errors.rateLimited":
    "Troppi messaggi inviati a questo indirizzo. Riprova tra {minutes} minuti.",
  "conferences.errors.notConfirmed": "Conferma prima l'iscrizione alla conferenza.",
  "conferences.errors.noPlaces": "Questa sessione è ad accesso libero: non serve prenotare.",
  "conferences.errors.sessionStarted": "La sessione è già iniziata: non si può più prenotare.",
  "conferences.errors.full": "La sessione è completa: non ci sono più posti.",
  "conferences.errors.alreadyBooked": "Hai già un posto in questa sessione: non serve prenotarlo di nuovo.",
};

const en: typeof it = {
  "conferences.register.title": "Registration",
  "conferences.register.lead":
    "Register with your name and email address, no account needed: you will get a message to confirm. Once confirmed you can book sessions with limited places.",
  "conferences.register.name": "Full name",
  "conferences.register.email": "Email",
  "conferences.register.emailHint": "Used only for the confirmation, your entry code and your certificate.",
  "conferences.register.submit": "Register",
  "conferences.register.closed": "Registration is closed.",
  "conferences.register.checkMailTitle": "Check your mail",
  "conferences.register.checkMail":
    "We have written to {email} about “{conference}”. Open the message and follow the link in it.",
  "conferences.register.checkMailAfter":
    "The link is valid for 48 hours. If the message does not arrive, check your spam folder or register again.",
  "conferences.confirm.title": "Confirm your registration",
  "conferences.confirm.lead": "{name} ({email}), do you confirm your registration for “{conference}”?",
  "conferences.confirm.submit": "Confirm my registration",
  "conferences.confirm.done":
    "Registration confirmed. We have sent you a message with your entry code and the link to this page.",
  "conferences.confirm.problemTitle": "Link not valid",
  "conferences.confirm.invalid":
    "This link is not valid or has already been used. If you already confirmed, the confirmation message has the link to your registration.",
  "conferences.confirm.expired":
    "This link has expired. Register again from the conference page to get a new one.",
  "conferences.me.title": "Your registration",
  "conferences.me.lead": "{name}, you are registered for “{conference}” ({dates}).",
  "conferences.me.code": "Entry code:",
  "conferences.me.codeHint": "Show or tell this code at the desk to record your attendance.",
  "conferences.me.qrAlt": "QR code for checking in, code {code}",
  "conferences.me.qrCaption": "At the desk they can also scan this QR code.",
  "conferences.me.sessions": "Sessions with limited places",
  "conferences.me.noBookable": "This conference has no sessions to book: every session is open access.",
  "conferences.me.registered": "You are booked",
  "conferences.me.join": "Book a place in “{session}”",
  "conferences.me.leave": "Cancel my place in “{session}”",
  "conferences.me.joined": "Place booked.",
  "conferences.me.left": "Booking cancelled.",
  "conferences.me.certificate": "Certificate of attendance",
  "conferences.me.noCertificate":
    "Your certificate will be available here once your attendance at the conference has been recorded.",
  "conferences.me.download": "Download the certificate (accessible PDF)",
  "conferences.me.emailIt": "Send the certificate to {email}",
  "conferences.me.emailed": "Certificate sent to {email}.",
  "conferences.me.verifyLink": "Public verification page of the certificate",
  "conferences.mail.greeting": "Dear {name},",
  "conferences.mail.signature": "Bottega — network conferences",
  "conferences.mail.confirm.subject": "Confirm your registration for {conference}",
  "conferences.mail.confirm.body":
    "you asked to register for the conference “{conference}” ({dates}). To complete your registration, open the link and press the confirmation button.",
  "conferences.mail.confirm.action": "Confirm my registration",
  "conferences.mail.confirm.after":
    "If you did not ask to register, ignore this message: nothing happens without confirmation.",
  "conferences.mail.registered.subject": "Registration confirmed: {conference}",
  "conferences.mail.registered.body":
    "your registration for the conference “{conference}” ({dates}) is confirmed.",
  "conferences.mail.registered.code": "Your entry code is {code}: show it at the desk.",
  "conferences.mail.already.subject": "You are already registered: {conference}",
  "conferences.mail.already.body":
    "someone (perhaps you) asked to register this address for the conference “{conference}” ({dates}): you are already registered, there is nothing more to do. If it was not you, you can ignore this message.",
  "conferences.mail.registered.action": "Your registration (book sessions, download your certificate)",
  "conferences.mail.registered.after": "Keep this message: the link is personal and opens your registration.",
  "conferences.errors.closed": "Registration for this conference is closed.",
  "conferences.errors.rateLimited": "Too many messages sent to this address. Try again in {minutes} minutes.",
  "conferences.errors.notConfirmed": "Confirm your registration for the conference first.",
  "conferences.errors.noPlaces": "This session is open access: no booking needed.",
  "conferences.errors.sessionStarted": "The session has already started: it can no longer be booked.",
  "conferences.errors.full": "The session is full: there are no places left.",
  "conferences.errors.alreadyBooked":
    "You already have a place in this session: there is no need to book it again.",
};

registerMessages({ it, en });
