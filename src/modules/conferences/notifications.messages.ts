// Strings of conferences' notification kinds (notifications.ts).
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "conferences.notify.confirmed.kind": "Iscrizioni alle conferenze confermate",
  "conferences.notify.confirmed": "La tua iscrizione alla conferenza «{conference}» è confermata.",
  "conferences.notify.changed.kind": "Nuove date delle conferenze a cui partecipi",
  "conferences.notify.changed": "La conferenza «{conference}» ha nuove date: controlla il programma.",
};

const en: Record<keyof typeof it, string> = {
  "conferences.notify.confirmed.kind": "Conference registrations confirmed",
  "conferences.notify.confirmed": "Your registration for the conference “{conference}” is confirmed.",
  "conferences.notify.changed.kind": "New dates of conferences you are attending",
  "conferences.notify.changed": "The conference “{conference}” has new dates: check the programme.",
};

registerMessages({ it, en });
