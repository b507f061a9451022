// Why the board refused a command (rules.model.ts REASONS), in Italian and English: shown on the
// form the command came from and sent as `message` in `board.refused` on /live.
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "boards.refusedTitle": "Operazione non eseguita",
  "boards.refused.malformed": "La richiesta non è valida.",
  "boards.refused.not-joined": "Non partecipi a questa sessione.",
  "boards.refused.closed": "La sessione è chiusa.",
  "boards.refused.locked": "La lavagna è bloccata dai facilitatori.",
  "boards.refused.wrong-phase": "Non è possibile in questa fase della sessione.",
  "boards.refused.not-facilitator": "Solo i facilitatori possono farlo.",
  "boards.refused.not-lead-facilitator": "Solo il facilitatore principale può passare il ruolo.",
  "boards.refused.not-found": "L'elemento non esiste più.",
  "boards.refused.not-yours": "Puoi modificare o eliminare solo le tue note.",
  "boards.refused.empty": "Il testo è vuoto.",
  "boards.refused.too-long": "Il testo è troppo lungo.",
  "boards.refused.other-column": "Note e gruppi devono essere nella stessa colonna.",
  "boards.refused.same-group": "La nota è già in quel gruppo.",
  "boards.refused.no-votes-left": "Hai usato tutti i tuoi voti.",
  "boards.refused.group-cap": "Hai già dato a questo gruppo il massimo dei voti.",
  "boards.refused.no-vote-here": "Non hai voti su questo gruppo.",
  "boards.refused.same-phase": "La sessione è già in questa fase.",
  "boards.refused.timer-range": "Il timer va da 10 secondi a 4 ore.",
  "boards.refused.timer-not-running": "Il timer non è in corso.",
  "boards.refused.no-timer": "Non c'è un timer da estendere.",
  "boards.refused.notes-exist": "L'anonimato si sceglie prima che ci siano note.",
  "boards.refused.guest-cannot-facilitate": "Un ospite non può diventare facilitatore.",
  "boards.refused.already-facilitator": "Sei già il facilitatore.",
  "boards.refused.bad-date":
    "La scadenza non è una data valida: scegli un giorno dal calendario, per esempio il 31 marzo 2027 (2027-03-31).",
  "boards.refused.unchanged": "Non è cambiato nulla.",
  "boards.refused.rate-limited": "Troppe azioni in poco tempo: attendi qualche secondo.",
  "boards.refused.too-many-notes": "Hai raggiunto il numero massimo di note per questa sessione.",
  "boards.refused.guests-full":
    "La sessione ha già il numero massimo di ospiti: accedi con il tuo account per partecipare.",
  "boards.refused.board-full":
    "La sessione ha raggiunto il numero massimo di note: non se ne possono aggiungere altre.",
};

const en: Record<keyof typeof it, string> = {
  "boards.refusedTitle": "Not done",
  "boards.refused.malformed": "The request is not valid.",
  "boards.refused.not-joined": "You do not take part in this session.",
  "boards.refused.closed": "The session is closed.",
  "boards.refused.locked": "The board is locked by the facilitators.",
  "boards.refused.wrong-phase": "Not possible in this phase of the session.",
  "boards.refused.not-facilitator": "Only facilitators can do this.",
  "boards.refused.not-lead-facilitator": "Only the lead facilitator can hand the role over.",
  "boards.refused.not-found": "That item no longer exists.",
  "boards.refused.not-yours": "You can only edit or delete your own notes.",
  "boards.refused.empty": "The text is empty.",
  "boards.refused.too-long": "The text is too long.",
  "boards.refused.other-column": "Notes and groups must be in the same column.",
  "boards.refused.same-group": "The note is already in that group.",
  "boards.refused.no-votes-left": "You have used all your votes.",
  "boards.refused.group-cap": "You have already given this group the most votes allowed.",
  "boards.refused.no-vote-here": "You have no votes on this group.",
  "boards.refused.same-phase": "The session is already in this phase.",
  "boards.refused.timer-range": "The timer runs from 10 seconds to 4 hours.",
  "boards.refused.timer-not-running": "The timer is not running.",
  "boards.refused.no-timer": "There is no timer to extend.",
  "boards.refused.notes-exist": "Anonymity is chosen before there are notes.",
  "boards.refused.guest-cannot-facilitate": "A guest cannot become facilitator.",
  "boards.refused.already-facilitator": "You are the facilitator already.",
  "boards.refused.bad-date":
    "The deadline is not a valid date: pick a day in the calendar, for example 31 March 2027 (2027-03-31).",
  "boards.refused.unchanged": "Nothing changed.",
  "boards.refused.rate-limited": "Too many actions in a short time: wait a few seconds.",
  "boards.refused.too-many-notes": "You have reached the most notes allowed in this session.",
  "boards.refused.guests-full":
    "The session already has the most guests allowed: sign in with your account to take part.",
  "boards.refused.board-full": "The session has reached the most notes allowed: no more can be added.",
};

registerMessages({ it, en });
