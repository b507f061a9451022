// Strings of attendance: check-in at the door, the certificate of attendance (PDF and its mail) and
// its public verification page, in Italian and English.
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "conferences.checkIn.title": "Registra le presenze",
  "conferences.checkIn.heading": "Presenze: {title}",
  "conferences.checkIn.code": "Codice d'ingresso",
  "conferences.checkIn.hint": "Il codice di 8 caratteri dell'iscrizione, per esempio ABCD-2345.",
  "conferences.checkIn.submit": "Registra la presenza",
  "conferences.checkIn.done": "Presenza registrata: {name} ({code}). L'attestato è stato inviato per email.",
  "conferences.checkIn.already": "La presenza di {name} ({code}) era già registrata.",
  "conferences.checkIn.list": "Iscritti confermati ({n})",
  "conferences.checkIn.none": "Nessuna iscrizione confermata.",
  "conferences.checkIn.when": "Presenza",
  "conferences.checkIn.notYet": "Non ancora",
  "conferences.verify.title": "Verifica dell'attestato",
  "conferences.verify.valid":
    "Attestato valido: rilasciato da Bottega per la partecipazione alla conferenza indicata.",
  "conferences.verify.unknown":
    "Nessun attestato corrisponde al codice «{code}». Controlla di averlo scritto correttamente.",
  "conferences.verify.name": "Intestatario",
  "conferences.verify.conference": "Conferenza",
  "conferences.verify.code": "Codice di verifica",
  "conferences.certificate.docTitle": "Attestato di partecipazione di {name} — {conference}",
  "conferences.certificate.file": "attestato",
  "conferences.certificate.heading": "Attestato di partecipazione",
  "conferences.certificate.intro": "Si attesta che",
  "conferences.certificate.attended": "ha partecipato alla conferenza",
  "conferences.certificate.dates": "Date",
  "conferences.certificate.venue": "Luogo",
  "conferences.certificate.network": "Organizzata da",
  "conferences.certificate.checkedIn": "Presenza registrata il",
  "conferences.certificate.verifyHeading": "Verifica",
  "conferences.certificate.verifyText":
    "L'autenticità di questo attestato si verifica con il codice seguente all'indirizzo indicato.",
  "conferences.certificate.code": "Codice di verifica",
  "conferences.mail.attended.subject": "Grazie per aver partecipato a {conference}",
  "conferences.mail.attended.body":
    "la tua presenza alla conferenza «{conference}» ({dates}) è stata registrata. Il tuo attestato di partecipazione è pronto.",
  "conferences.mail.attended.action": "Scarica l'attestato (PDF)",
  "conferences.mail.attended.after":
    "Dalla pagina della tua iscrizione puoi anche farti inviare l'attestato per email: {url}",
  "conferences.mail.certificate.subject": "Attestato di partecipazione: {conference}",
  "conferences.mail.certificate.body":
    "in allegato trovi l'attestato di partecipazione alla conferenza «{conference}» ({dates}).",
  "conferences.errors.code": "Il codice ha 8 caratteri, lettere e cifre (per esempio ABCD-2345).",
  "conferences.errors.unknownCode": "Nessuna iscrizione a questa conferenza ha questo codice.",
  "conferences.errors.codeNotConfirmed": "Questa iscrizione non è ancora stata confermata via email.",
};

const en: typeof it = {
  "conferences.checkIn.title": "Check people in",
  "conferences.checkIn.heading": "Attendance: {title}",
  "conferences.checkIn.code": "Entry code",
  "conferences.checkIn.hint": "The registrant's 8-character code, for example ABCD-2345.",
  "conferences.checkIn.submit": "Check in",
  "conferences.checkIn.done": "Checked in: {name} ({code}). The certificate has been emailed.",
  "conferences.checkIn.already": "{name} ({code}) was already checked in.",
  "conferences.checkIn.list": "Confirmed registrations ({n})",
  "conferences.checkIn.none": "No confirmed registrations.",
  "conferences.checkIn.when": "Attendance",
  "conferences.checkIn.notYet": "Not yet",
  "conferences.verify.title": "Certificate verification",
  "conferences.verify.valid": "Valid certificate: issued by Bottega for attendance at the conference below.",
  "conferences.verify.unknown": "No certificate has the code “{code}”. Check that it was typed correctly.",
  "conferences.verify.name": "Holder",
  "conferences.verify.conference": "Conference",
  "conferences.verify.code": "Verification code",
  "conferences.certificate.docTitle": "Certificate of attendance of {name} — {conference}",
  "conferences.certificate.file": "certificate",
  "conferences.certificate.heading": "Certificate of attendance",
  "conferences.certificate.intro": "This is to certify that",
  "conferences.certificate.attended": "attended the conference",
  "conferences.certificate.dates": "Dates",
  "conferences.certificate.venue": "Venue",
  "conferences.certificate.network": "Organised by",
  "conferences.certificate.checkedIn": "Attendance recorded on",
  "conferences.certificate.verifyHeading": "Verification",
  "conferences.certificate.verifyText":
    "The authenticity of this certificate can be checked with the code below at the address shown.",
  "conferences.certificate.code": "Verification code",
  "conferences.mail.attended.subject": "Thank you for attending {conference}",
  "conferences.mail.attended.body":
    "your attendance at the conference “{conference}” ({dates}) has been recorded. Your certificate of attendance is ready.",
  "conferences.mail.attended.action": "Download the certificate (PDF)",
  "conferences.mail.attended.after":
    "From your registration page you can also have the certificate emailed to you: {url}",
  "conferences.mail.certificate.subject": "Certificate of attendance: {conference}",
  "conferences.mail.certificate.body":
    "attached is your certificate of attendance for the conference “{conference}” ({dates}).",
  "conferences.errors.code": "The code has 8 characters, letters and digits (for example ABCD-2345).",
  "conferences.errors.unknownCode": "No registration for this conference has this code.",
  "conferences.errors.codeNotConfirmed": "This registration has not been confirmed by email yet.",
};

registerMessages({ it, en });
