// Strings of the catalogue's notification kinds (notifications.ts): each kind's name on the
// preferences page and its sentence in the list and in the mail's subject.
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "practices.notify.submitted.kind": "Nuove segnalazioni di buone pratiche da moderare",
  "practices.notify.submitted": "Nuova segnalazione da moderare: «{title}»",
  "practices.notify.resubmitted.kind": "Segnalazioni modificate da moderare di nuovo",
  "practices.notify.resubmitted": "Segnalazione modificata da moderare: «{title}»",
  "practices.notify.reminder.kind": "Promemoria delle segnalazioni in attesa da più di 3 giorni",
  "practices.notify.reminder": "Segnalazioni in attesa di moderazione da più di 3 giorni: {count}",
  "practices.notify.reminder.one": "La segnalazione «{title}» aspetta la moderazione da più di 3 giorni",
  "practices.notify.published.kind": "Le tue segnalazioni pubblicate",
  "practices.notify.published": "La tua segnalazione «{title}» è stata pubblicata nel catalogo.",
  "practices.notify.changesRequested.kind": "Modifiche richieste alle tue segnalazioni",
  "practices.notify.changesRequested":
    "Sono state richieste modifiche alla tua segnalazione «{title}»: trovi il collegamento per modificarla nell'email.",
};

const en: Record<keyof typeof it, string> = {
  "practices.notify.submitted.kind": "New good-practice reports to moderate",
  "practices.notify.submitted": "New report to moderate: “{title}”",
  "practices.notify.resubmitted.kind": "Changed reports to moderate again",
  "practices.notify.resubmitted": "Changed report to moderate: “{title}”",
  "practices.notify.reminder.kind": "Reminders of reports waiting for over 3 days",
  "practices.notify.reminder": "Reports waiting for moderation for over 3 days: {count}",
  "practices.notify.reminder.one": "The report “{title}” has been waiting for moderation for over 3 days",
  "practices.notify.published.kind": "Your reports published",
  "practices.notify.published": "Your report “{title}” has been published in the catalogue.",
  "practices.notify.changesRequested.kind": "Changes asked to your reports",
  "practices.notify.changesRequested":
    "Changes were asked to your report “{title}”: the link to edit it is in the email.",
};

registerMessages({ it, en });
