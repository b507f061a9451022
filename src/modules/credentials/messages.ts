// Strings of credentials, in Italian (gender-neutral) and English. Pages' strings are in
// messages.pages.ts, so later slices add files rather than edit this one.
import { registerMessages } from "../../platform/i18n/index.ts";
import "./messages.pages.ts";

registerMessages({
  it: {
    "credentials.criteria.course":
      "Completare tutte le lezioni obbligatorie del corso «{title}» e superarne i quiz con il punteggio richiesto.",
    "credentials.criteria.curriculum": "Completare tutti i corsi del percorso «{title}».",
  },
  en: {
    "credentials.criteria.course":
      "Complete every required lesson of the course “{title}” and pass its quizzes with the required score.",
    "credentials.criteria.curriculum": "Complete every course of the curriculum “{title}”.",
  },
});
