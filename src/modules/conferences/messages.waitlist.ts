// Strings of the waiting lists of conference sessions, in Italian and English (wording as for the
// waiting lists of lab meetings).
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "conferences.me.wait": "Mettiti in lista d'attesa per «{session}»",
  "conferences.me.waiting": "Sei in lista d'attesa: posizione {position}",
  "conferences.me.leaveWait": "Esci dalla lista d'attesa di «{session}»",
  "conferences.me.waitlisted":
    "I posti sono esauriti: sei in lista d'attesa, in posizione {position}. Ti scriveremo se si libera un posto.",
  "conferences.me.leftWait": "Hai lasciato la lista d'attesa.",
  "conferences.me.nothingToLeave": "Non avevi un posto né eri in lista d'attesa per questa sessione.",
  "conferences.places.waiting": "{count} in lista d'attesa",
  "conferences.places.fullWaiting": "Completa (posti: {capacity}): {count} persone in lista d'attesa",
  "conferences.places.fullWaiting.one": "Completa (posti: {capacity}): {count} persona in lista d'attesa",
  "conferences.errors.alreadyWaiting":
    "Sei già in lista d'attesa per questa sessione: ti scriveremo se si libera un posto.",
  "conferences.mail.promoted.subject": "Si è liberato un posto: {session}",
  "conferences.mail.promoted.body":
    "si è liberato un posto nella sessione «{session}» di {conference} ({dates}): eri in lista d'attesa e ora il posto è tuo.",
  "conferences.mail.promoted.action": "La tua iscrizione (le tue sessioni)",
  "conferences.mail.promoted.after":
    "Se non puoi più partecipare, annulla la prenotazione dalla pagina della tua iscrizione: il posto andrà alla prossima persona in lista d'attesa.",
};

const en: typeof it = {
  "conferences.me.wait": "Join the waiting list for “{session}”",
  "conferences.me.waiting": "You are on the waiting list: position {position}",
  "conferences.me.leaveWait": "Leave the waiting list for “{session}”",
  "conferences.me.waitlisted":
    "The places are taken: you are on the waiting list, in position {position}. We will write to you if a place frees up.",
  "conferences.me.leftWait": "You have left the waiting list.",
  "conferences.me.nothingToLeave": "You had no place in this session and were not on its waiting list.",
  "conferences.places.waiting": "{count} on the waiting list",
  "conferences.places.fullWaiting": "Full (places: {capacity}): {count} people on the waiting list",
  "conferences.places.fullWaiting.one": "Full (places: {capacity}): {count} person on the waiting list",
  "conferences.errors.alreadyWaiting":
    "You are already on the waiting list for this session: we will write to you if a place frees up.",
  "conferences.mail.promoted.subject": "A place has freed up: {session}",
  "conferences.mail.promoted.body":
    "a place has freed up in the session “{session}” of {conference} ({dates}): you were on the waiting list and the place is now yours.",
  "conferences.mail.promoted.action": "Your registration (your sessions)",
  "conferences.mail.promoted.after":
    "If you can no longer attend, cancel your place from your registration page: it will go to the next person on the waiting list.",
};

registerMessages({ it, en });
