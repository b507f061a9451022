// Strings of "Report a project" added with issue 14: the check-answers step, the thank-you and status
// pages, pictures and documents on the form, and the moderators' reminder mail (new and
// resubmitted reports reach them as notifications: notifications.messages.ts).
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "practices.field.consentPublicationShort": "Consenso alla pubblicazione",
  "practices.field.consentContactShort": "Consenso al contatto",
  "practices.submit.errors.consentPublication":
    "Serve il tuo consenso alla pubblicazione per inviare la segnalazione.",
  "practices.submit.errors.consentContact":
    "Serve il tuo consenso a essere contattato per inviare la segnalazione.",
  "practices.submit.errors.country": "Scegli il paese dall'elenco.",
  "practices.submit.errors.yearTooEarly": "L'anno non può essere prima del {min}.",
  "practices.submit.errors.yearTooLate": "L'anno non può essere dopo il {max}.",
  "practices.field.chooseCountry": "Scegli un paese",
  "practices.field.yearRangeHint": "Un anno tra {min} e {max}, per esempio 2021.",
  "practices.field.endYearRangeHint": "Un anno tra {min} e {max}; lascia vuoto se il progetto è in corso.",
  // Check your answers
  "practices.submit.step.check": "Controlla e invia",
  "practices.submit.continue": "Continua",
  "practices.submit.check.title": "Controlla le tue risposte",
  "practices.submit.check.lead":
    "Ecco tutto quello che hai scritto. Se qualcosa non va, usa «Modifica»: le risposte restano.",
  "practices.submit.check.change": "Modifica",
  "practices.submit.check.changeSection": "Modifica: {section}",
  "practices.submit.check.empty": "Non indicato",
  "practices.submit.check.consentGiven": "Sì",
  "practices.submit.check.noNetwork": "Nessuna rete",
  "practices.submit.check.sendLead": "Inviando la segnalazione confermi che le informazioni sono corrette.",
  "practices.submit.check.send": "Invia la segnalazione",
  "practices.submit.check.files": "Foto e documenti",
  // Thank you and status
  "practices.submit.sent.reference": "Numero di riferimento",
  "practices.submit.sent.referenceNote":
    "Conservalo: con il numero e la tua email puoi seguire la segnalazione. Ti abbiamo mandato anche un'email con il link.",
  "practices.submit.sent.summary": "Cosa hai inviato",
  "practices.submit.sent.next": "Cosa succede ora",
  "practices.submit.sent.nextBody":
    "La redazione della rete legge la segnalazione e la pubblica, oppure ti chiede delle modifiche per email.",
  "practices.submit.sent.status": "Segui lo stato della segnalazione",
  "practices.submit.sent.catalogue": "Torna al catalogo delle buone pratiche",
  "practices.track.title": "Stato della segnalazione",
  "practices.track.lead": "Indica il numero di riferimento e l'email con cui hai inviato la segnalazione.",
  "practices.track.reference": "Numero di riferimento",
  "practices.track.referenceHint": "Per esempio BTG-2026-4F7K: è nell'email di conferma.",
  "practices.track.email": "Email usata per la segnalazione",
  "practices.track.find": "Mostra lo stato",
  "practices.track.notFound":
    "Non abbiamo trovato una segnalazione con questo numero e questa email. Controlla e riprova.",
  "practices.track.current": "Stato attuale",
  "practices.track.sentOn": "Inviata il {date}",
  "practices.track.explain.submitted":
    "La segnalazione è arrivata e aspetta di essere letta dalla redazione.",
  "practices.track.explain.in-review": "La redazione sta esaminando la segnalazione.",
  "practices.track.explain.changes-requested":
    "La redazione ti chiede alcune modifiche prima di pubblicare la segnalazione.",
  "practices.track.explain.published": "La segnalazione è pubblicata nel catalogo. Grazie!",
  "practices.track.explain.rejected": "La redazione ha deciso di non pubblicare la segnalazione.",
  "practices.track.reason": "Motivazione della redazione",
  "practices.track.edit": "Modifica la segnalazione",
  "practices.track.editByMail": "Per modificarla usa il link nell'email che ti abbiamo inviato.",
  "practices.track.published": "Vedi la pratica pubblicata",
  "practices.mail.status.action": "Segui la segnalazione",
  "practices.mail.reference": "Numero di riferimento: {reference}",
  // Pictures and documents on the form
  "practices.submit.files.title": "Foto e documenti",
  "practices.submit.files.lead":
    "Facoltativi. Le foto perdono la posizione e gli altri dati nascosti prima di essere salvate.",
  "practices.submit.files.image": "Foto",
  "practices.submit.files.imageHint": "JPEG, PNG, WebP o GIF, al massimo 5 MB.",
  "practices.submit.files.alt": "Descrizione della foto",
  "practices.submit.files.altHint":
    "Obbligatoria con una foto: cosa mostra, per chi non la vede (per esempio «Due lettrici al banco prestiti in piazza»).",
  "practices.submit.files.attachment": "Documento",
  "practices.submit.files.attachmentHint": "PDF, ODT o DOCX, al massimo 10 MB.",
  "practices.submit.files.attachmentTitle": "Titolo del documento",
  "practices.submit.files.add": "Aggiungi il file",
  "practices.submit.files.added": "File aggiunti",
  "practices.submit.files.remove": "Rimuovi {name}",
  "practices.submit.files.none": "Nessun file aggiunto.",
  "practices.submit.files.existing": "Già allegati",
  // Moderators' mails
  "practices.mail.moderators.reminder.subject": "{count} segnalazioni aspettano da più di 3 giorni",
  "practices.mail.moderators.reminder.subject.one": "Una segnalazione aspetta da più di 3 giorni",
  "practices.mail.moderators.reminder.body":
    "Queste segnalazioni aspettano una decisione da più di 3 giorni:",
  "practices.mail.moderators.item": "«{title}», inviata il {date}: {url}",
  "practices.mail.moderators.action": "Apri la coda di moderazione",
  "practices.mail.moderators.greeting": "Buongiorno {name},",
  "practices.mail.moderators.after":
    "Ricevi questa email perché moderi le segnalazioni di buone pratiche su {site}.",
};

const en: typeof it = {
  "practices.field.consentPublicationShort": "Consent to publication",
  "practices.field.consentContactShort": "Consent to be contacted",
  "practices.submit.errors.consentPublication": "Your consent to publication is needed to send the report.",
  "practices.submit.errors.consentContact": "Your consent to be contacted is needed to send the report.",
  "practices.submit.errors.country": "Choose the country from the list.",
  "practices.submit.errors.yearTooEarly": "The year cannot be before {min}.",
  "practices.submit.errors.yearTooLate": "The year cannot be after {max}.",
  "practices.field.chooseCountry": "Choose a country",
  "practices.field.yearRangeHint": "A year from {min} to {max}, for example 2021.",
  "practices.field.endYearRangeHint": "A year from {min} to {max}; leave empty if the project is ongoing.",
  "practices.submit.step.check": "Check and send",
  "practices.submit.continue": "Continue",
  "practices.submit.check.title": "Check your answers",
  "practices.submit.check.lead":
    "Here is everything you wrote. If something is wrong, use “Change”: your answers are kept.",
  "practices.submit.check.change": "Change",
  "practices.submit.check.changeSection": "Change: {section}",
  "practices.submit.check.empty": "Not given",
  "practices.submit.check.consentGiven": "Yes",
  "practices.submit.check.noNetwork": "No network",
  "practices.submit.check.sendLead": "By sending the report you confirm that the information is correct.",
  "practices.submit.check.send": "Send the report",
  "practices.submit.check.files": "Photos and documents",
  "practices.submit.sent.reference": "Reference number",
  "practices.submit.sent.referenceNote":
    "Keep it: with the number and your email you can follow the report. We have also emailed you the link.",
  "practices.submit.sent.summary": "What you sent",
  "practices.submit.sent.next": "What happens next",
  "practices.submit.sent.nextBody":
    "The network's moderators read the report and publish it, or email you to ask for changes.",
  "practices.submit.sent.status": "Follow the report's status",
  "practices.submit.sent.catalogue": "Back to the good-practice catalogue",
  "practices.track.title": "Report status",
  "practices.track.lead": "Give the reference number and the email you sent the report with.",
  "practices.track.reference": "Reference number",
  "practices.track.referenceHint": "For example BTG-2026-4F7K: it is in the confirmation email.",
  "practices.track.email": "Email used for the report",
  "practices.track.find": "Show the status",
  "practices.track.notFound": "We found no report with this number and this email. Check them and try again.",
  "practices.track.current": "Current status",
  "practices.track.sentOn": "Sent on {date}",
  "practices.track.explain.submitted": "The report has arrived and is waiting for the moderators.",
  "practices.track.explain.in-review": "The moderators are reviewing the report.",
  "practices.track.explain.changes-requested":
    "The moderators ask you for some changes before publishing the report.",
  "practices.track.explain.published": "The report is published in the catalogue. Thank you!",
  "practices.track.explain.rejected": "The moderators decided not to publish the report.",
  "practices.track.reason": "The moderators' reason",
  "practices.track.edit": "Edit the report",
  "practices.track.editByMail": "To edit it, use the link in the email we sent you.",
  "practices.track.published": "See the published practice",
  "practices.mail.status.action": "Follow the report",
  "practices.mail.reference": "Reference number: {reference}",
  "practices.submit.files.title": "Photos and documents",
  "practices.submit.files.lead":
    "Optional. Photos lose their location and other hidden data before they are stored.",
  "practices.submit.files.image": "Photo",
  "practices.submit.files.imageHint": "JPEG, PNG, WebP or GIF, at most 5 MB.",
  "practices.submit.files.alt": "Description of the photo",
  "practices.submit.files.altHint":
    "Required with a photo: what it shows, for people who cannot see it (for example “Two readers at the lending desk in the square”).",
  "practices.submit.files.attachment": "Document",
  "practices.submit.files.attachmentHint": "PDF, ODT or DOCX, at most 10 MB.",
  "practices.submit.files.attachmentTitle": "Title of the document",
  "practices.submit.files.add": "Add the file",
  "practices.submit.files.added": "Files added",
  "practices.submit.files.remove": "Remove {name}",
  "practices.submit.files.none": "No file added.",
  "practices.submit.files.existing": "Already attached",
  "practices.mail.moderators.reminder.subject": "{count} reports have been waiting for over 3 days",
  "practices.mail.moderators.reminder.subject.one": "One report has been waiting for over 3 days",
  "practices.mail.moderators.reminder.body":
    "These reports have been waiting for a decision for over 3 days:",
  "practices.mail.moderators.item": "“{title}”, sent on {date}: {url}",
  "practices.mail.moderators.action": "Open the moderation queue",
  "practices.mail.moderators.greeting": "Hello {name},",
  "practices.mail.moderators.after":
    "You receive this email because you moderate good-practice reports on {site}.",
};

registerMessages({ it, en });
