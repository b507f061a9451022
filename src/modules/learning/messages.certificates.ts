// Strings of learning certificates — the PDF, the public confirmation page, the learner's list and
// the notice of a completed curriculum — in Italian and English.
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "learning.certificate.docTitle": "Attestato di completamento di {name} — {title}",
  "learning.certificate.heading": "Attestato di completamento",
  "learning.certificate.intro": "Si attesta che",
  "learning.certificate.completed.course": "ha completato il corso",
  "learning.certificate.completed.curriculum": "ha completato il percorso",
  "learning.certificate.date": "Data di completamento",
  "learning.certificate.network": "Rete",
  "learning.certificate.verifyHeading": "Verifica",
  "learning.certificate.verifyText":
    "Chiunque può verificare questo attestato con il codice seguente, all'indirizzo indicato.",
  "learning.certificate.code": "Codice di verifica",
  "learning.certificates.title": "Verifica dell'attestato",
  "learning.certificates.valid": "Attestato valido, rilasciato da Bottega.",
  "learning.certificates.confirm.course": "{name} ha completato il corso «{title}» il {date}.",
  "learning.certificates.confirm.curriculum": "{name} ha completato il percorso «{title}» il {date}.",
  "learning.certificates.unknownTitle": "Attestato non trovato",
  "learning.certificates.withdrawnTitle": "Attestato non più disponibile",
  "learning.certificates.withdrawn":
    "L'attestato con il codice «{code}» è stato rilasciato da Bottega, ma non è più disponibile: la persona a cui era intestato ha cancellato il proprio account. Non è quindi possibile confermarlo.",
  "learning.certificates.unknown":
    "Nessun attestato ha il codice «{code}». Controlla di averlo scritto come è stampato sull'attestato: le lettere maiuscole o minuscole e i trattini non contano.",
  "learning.certificates.name": "Rilasciato a",
  "learning.certificates.course": "Corso",
  "learning.certificates.curriculum": "Percorso",
  "learning.certificates.date": "Data di completamento",
  "learning.certificates.code": "Codice di verifica",
  "learning.certificates.download": "Scarica l'attestato (PDF)",
  "learning.certificates.yours":
    "Questo attestato è tuo: puoi scaricarlo in PDF e condividere il link a questa pagina.",
  "learning.me.certificates": "I miei attestati",
  "learning.me.noCertificates": "Nessun attestato per ora: arriva quando completi un corso.",
  "learning.me.certificateOf.course": "Corso «{title}», completato il {date}",
  "learning.me.certificateOf.curriculum": "Percorso «{title}», completato il {date}",
  "learning.me.certificatePage": "Pagina di verifica",
  "learning.notify.curriculumCompleted": "Hai completato il percorso «{course}»: ecco il tuo attestato.",
};

const en: typeof it = {
  "learning.certificate.docTitle": "Certificate of completion of {name} — {title}",
  "learning.certificate.heading": "Certificate of completion",
  "learning.certificate.intro": "This is to certify that",
  "learning.certificate.completed.course": "has completed the course",
  "learning.certificate.completed.curriculum": "has completed the curriculum",
  "learning.certificate.date": "Completed on",
  "learning.certificate.network": "Network",
  "learning.certificate.verifyHeading": "Verification",
  "learning.certificate.verifyText":
    "Anyone can check this certificate with the code below, at the address given.",
  "learning.certificate.code": "Verification code",
  "learning.certificates.title": "Certificate verification",
  "learning.certificates.valid": "Valid certificate, issued by Bottega.",
  "learning.certificates.confirm.course": "{name} completed the course “{title}” on {date}.",
  "learning.certificates.confirm.curriculum": "{name} completed the curriculum “{title}” on {date}.",
  "learning.certificates.unknownTitle": "Certificate not found",
  "learning.certificates.withdrawnTitle": "Certificate no longer available",
  "learning.certificates.withdrawn":
    "The certificate with the code “{code}” was issued by Bottega but is no longer available: the person it was issued to has deleted their account. It can therefore no longer be confirmed.",
  "learning.certificates.unknown":
    "No certificate has the code “{code}”. Check that it was typed as printed on the certificate: upper or lower case and dashes do not matter.",
  "learning.certificates.name": "Issued to",
  "learning.certificates.course": "Course",
  "learning.certificates.curriculum": "Curriculum",
  "learning.certificates.date": "Completed on",
  "learning.certificates.code": "Verification code",
  "learning.certificates.download": "Download the certificate (PDF)",
  "learning.certificates.yours":
    "This certificate is yours: you can download it as a PDF and share the link to this page.",
  "learning.me.certificates": "My certificates",
  "learning.me.noCertificates": "No certificate yet: one comes when you complete a course.",
  "learning.me.certificateOf.course": "Course “{title}”, completed on {date}",
  "learning.me.certificateOf.curriculum": "Curriculum “{title}”, completed on {date}",
  "learning.me.certificatePage": "Verification page",
  "learning.notify.curriculumCompleted": "You completed the curriculum “{course}”: here is your certificate.",
};

registerMessages({ it, en });
