// Strings of labs' notification kinds (notifications.ts).
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "labs.notify.moved.kind": "Incontri a cui partecipi spostati",
  "labs.notify.moved": "L'incontro «{meeting}» del laboratorio «{lab}» ha cambiato data o orario.",
  "labs.notify.cancelled.kind": "Incontri a cui partecipi annullati",
  "labs.notify.cancelled": "L'incontro «{meeting}» del laboratorio «{lab}» è stato annullato.",
  "labs.notify.promoted.kind": "Posti liberati dalla lista d'attesa",
  "labs.notify.promoted": "Si è liberato un posto: la tua iscrizione all'incontro «{meeting}» è confermata.",
  "labs.notify.confirmed.kind": "Iscrizioni agli incontri confermate",
  "labs.notify.confirmed": "La tua iscrizione all'incontro «{meeting}» del laboratorio «{lab}» è confermata.",
};

const en: Record<keyof typeof it, string> = {
  "labs.notify.moved.kind": "Meetings you are attending moved",
  "labs.notify.moved": "The meeting “{meeting}” of the lab “{lab}” has a new date or time.",
  "labs.notify.cancelled.kind": "Meetings you are attending cancelled",
  "labs.notify.cancelled": "The meeting “{meeting}” of the lab “{lab}” has been cancelled.",
  "labs.notify.promoted.kind": "Places freed from the waiting list",
  "labs.notify.promoted": "A place came free: your registration for the meeting “{meeting}” is confirmed.",
  "labs.notify.confirmed.kind": "Meeting registrations confirmed",
  "labs.notify.confirmed": "Your registration for the meeting “{meeting}” of the lab “{lab}” is confirmed.",
};

registerMessages({ it, en });
