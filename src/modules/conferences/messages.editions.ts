// Strings of moving a conference, its next edition, check-in before the first day, cancelling a
// registration and the mails that go with them, in Italian and English (issue 16). Worded without
// gendered endings.
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "conferences.manage.shift": "Sposta le date",
  "conferences.manage.duplicate": "Nuova edizione",
  "conferences.shift.title": "Sposta le date della conferenza",
  "conferences.shift.lead":
    "Sposta la conferenza «{title}» ({dates}) e ogni sua sessione ({sessions} in tutto) dello stesso numero di giorni: gli orari restano quelli di {zone}. Chi ha un'iscrizione riceve una mail con le nuove date.",
  "conferences.shift.days": "Numero di giorni",
  "conferences.shift.daysHint":
    "Un numero intero: positivo per spostare in avanti (14 = due settimane dopo), negativo per anticipare (-7).",
  "conferences.shift.submit": "Sposta la conferenza",
  "conferences.duplicate.title": "Nuova edizione della conferenza",
  "conferences.duplicate.lead":
    "Crea una nuova edizione di «{title}» con gli stessi percorsi, sessioni e relatori, senza iscrizioni. Le sessioni si spostano come il primo giorno, con gli stessi orari.",
  "conferences.duplicate.name": "Titolo della nuova edizione",
  "conferences.duplicate.startsOn": "Primo giorno della nuova edizione",
  "conferences.duplicate.startsOnHint": "Nel formato AAAA-MM-GG. La durata resta di {days} giorni.",
  "conferences.duplicate.registrationOpen": "Iscrizioni aperte",
  "conferences.duplicate.submit": "Crea la nuova edizione",
  "conferences.duplicate.done": "Nuova edizione creata: controlla il programma.",
  "conferences.checkIn.opensOn":
    "La registrazione delle presenze apre il primo giorno della conferenza, {day}. Prima di allora si può registrare una presenza solo indicando il motivo, che resta nel registro delle attività.",
  "conferences.checkIn.reason": "Motivo della registrazione anticipata",
  "conferences.checkIn.reasonHint":
    "Solo prima del primo giorno, ad esempio: «evento di apertura la sera prima».",
  "conferences.me.cancelHeading": "Annulla l'iscrizione",
  "conferences.me.cancelHint":
    "Annulla l'intera iscrizione alla conferenza: i posti nelle sessioni vanno a chi è in lista d'attesa. Potrai iscriverti di nuovo finché le iscrizioni sono aperte.",
  "conferences.me.cancelButton": "Annulla l'iscrizione a «{conference}»",
  "conferences.me.cancelledTitle": "Iscrizione annullata",
  "conferences.me.cancelled":
    "La tua iscrizione a «{conference}» è annullata e i tuoi posti sono stati liberati. Ti abbiamo mandato una mail di conferma.",
  "conferences.me.certificateFrom": "L'attestato sarà disponibile dal primo giorno della conferenza, {day}.",
  "conferences.errors.shiftDays":
    "Indica un numero intero di giorni diverso da zero, ad esempio 7 o -7 (al massimo 3650).",
  "conferences.errors.checkInNotYet":
    "La registrazione delle presenze non è ancora aperta: apre il primo giorno della conferenza. Per registrare comunque, indica il motivo.",
  "conferences.errors.codeCancelled": "Questa iscrizione è stata annullata.",
  "conferences.errors.overrideReason": "Scrivi il motivo in almeno 3 caratteri.",
  "conferences.errors.cancelCheckedIn":
    "La presenza è già registrata: l'iscrizione non si può più annullare.",
  "conferences.mail.cancelled.subject": "Iscrizione annullata: {conference}",
  "conferences.mail.cancelled.body":
    "la tua iscrizione a «{conference}» ({dates}) è stata annullata, insieme ai posti nelle sessioni.",
  "conferences.mail.cancelled.action": "Vai alla conferenza",
  "conferences.mail.cancelled.after":
    "Se l'annullamento non è partito da te, puoi iscriverti di nuovo dalla pagina della conferenza.",
  "conferences.mail.attendedEarly.body":
    "la tua presenza alla conferenza «{conference}» ({dates}) è stata registrata. L'attestato di partecipazione sarà disponibile dal primo giorno della conferenza, {day}.",
  "conferences.mail.moved.subject": "Nuove date: {conference}",
  "conferences.mail.moved.body":
    "la conferenza «{conference}» è stata spostata: ora si tiene {dates}. Tutte le sessioni si sono spostate con lei, agli stessi orari. La tua iscrizione resta valida.",
  "conferences.mail.moved.action": "Vedi la tua iscrizione",
  "conferences.mail.moved.after": "In allegato trovi la conferenza con le nuove date per il tuo calendario.",
  "identity.audit.action.conference.dates-shifted": "Ha spostato le date della conferenza «{title}»",
  "identity.audit.action.conference.duplicated": "Ha creato una nuova edizione della conferenza «{title}»",
  "identity.audit.action.conference.check-in-override":
    "Ha registrato una presenza alla conferenza «{title}» prima del primo giorno",
};

const en: typeof it = {
  "conferences.manage.shift": "Move the dates",
  "conferences.manage.duplicate": "New edition",
  "conferences.shift.title": "Move the conference's dates",
  "conferences.shift.lead":
    "Moves the conference “{title}” ({dates}) and every one of its sessions ({sessions} in all) by the same number of days: times stay as they are in {zone}. Registered people get a mail with the new dates.",
  "conferences.shift.days": "Number of days",
  "conferences.shift.daysHint":
    "A whole number: positive to move later (14 = two weeks later), negative to move earlier (-7).",
  "conferences.shift.submit": "Move the conference",
  "conferences.duplicate.title": "New edition of the conference",
  "conferences.duplicate.lead":
    "Creates a new edition of “{title}” with the same tracks, sessions and speakers, without registrations. Sessions move with the first day, at the same times.",
  "conferences.duplicate.name": "Title of the new edition",
  "conferences.duplicate.startsOn": "First day of the new edition",
  "conferences.duplicate.startsOnHint": "As YYYY-MM-DD. It still lasts {days} days.",
  "conferences.duplicate.registrationOpen": "Registration open",
  "conferences.duplicate.submit": "Create the new edition",
  "conferences.duplicate.done": "New edition created: check its programme.",
  "conferences.checkIn.opensOn":
    "Check-in opens on the conference's first day, {day}. Before then a person can be checked in only with a reason, which is kept in the activity log.",
  "conferences.checkIn.reason": "Reason for checking in early",
  "conferences.checkIn.reasonHint":
    "Only before the first day, for example: “opening event the evening before”.",
  "conferences.me.cancelHeading": "Cancel your registration",
  "conferences.me.cancelHint":
    "Cancels your whole registration to the conference: your places in sessions go to people on the waiting lists. You can register again while registration is open.",
  "conferences.me.cancelButton": "Cancel your registration to “{conference}”",
  "conferences.me.cancelledTitle": "Registration cancelled",
  "conferences.me.cancelled":
    "Your registration to “{conference}” is cancelled and your places were freed. We sent you a mail to confirm it.",
  "conferences.me.certificateFrom":
    "The certificate will be available from the conference's first day, {day}.",
  "conferences.errors.shiftDays":
    "Give a whole number of days other than zero, such as 7 or -7 (at most 3650).",
  "conferences.errors.checkInNotYet":
    "Check-in is not open yet: it opens on the conference's first day. To check in anyway, give a reason.",
  "conferences.errors.codeCancelled": "This registration was cancelled.",
  "conferences.errors.overrideReason": "Write the reason in at least 3 characters.",
  "conferences.errors.cancelCheckedIn":
    "Attendance is already recorded: the registration can no longer be cancelled.",
  "conferences.mail.cancelled.subject": "Registration cancelled: {conference}",
  "conferences.mail.cancelled.body":
    "your registration to “{conference}” ({dates}) was cancelled, together with your places in sessions.",
  "conferences.mail.cancelled.action": "Go to the conference",
  "conferences.mail.cancelled.after":
    "If you did not cancel it, you can register again from the conference's page.",
  "conferences.mail.attendedEarly.body":
    "your attendance at the conference “{conference}” ({dates}) has been recorded. The certificate of attendance will be available from the conference's first day, {day}.",
  "conferences.mail.moved.subject": "New dates: {conference}",
  "conferences.mail.moved.body":
    "the conference “{conference}” has moved: it now takes place {dates}. All its sessions moved with it, at the same times. Your registration stays valid.",
  "conferences.mail.moved.action": "See your registration",
  "conferences.mail.moved.after": "The conference with its new dates is attached, for your calendar.",
  "identity.audit.action.conference.dates-shifted": "Moved the dates of the conference “{title}”",
  "identity.audit.action.conference.duplicated": "Created a new edition of the conference “{title}”",
  "identity.audit.action.conference.check-in-override":
    "Checked a person in to the conference “{title}” before its first day",
};

registerMessages({ it, en });
