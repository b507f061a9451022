// Strings of attempts reset by a facilitator (decision 0060): the cell and link on the cohort's
// progress page, the confirmation page, the learner's note and notice, and the audit log's entry, in
// Italian and English. Italian speaks of "chi facilita" and "chi studia", never of a gendered person.
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "learning.notify.attemptsReset.kind": "Tentativi dei quiz azzerati",
  "learning.notify.attemptsReset":
    "I tuoi tentativi al quiz «{quiz}» del corso «{course}» sono stati azzerati da chi facilita il corso: puoi riprovare.",
  "learning.reset.learnerNote":
    "I tuoi tentativi sono stati azzerati da chi facilita il corso; quelli precedenti restano nell'elenco dei tentativi.",
  "learning.reset.used": "Tentativi: {used} su {max}",
  "learning.reset.link": "Azzera i tentativi",
  "learning.reset.linkContext": "di {name} al quiz «{quiz}»",
  "learning.reset.title": "Azzera i tentativi",
  "learning.reset.intro":
    "Tentativi usati da {name} al quiz «{quiz}», senza superarlo: {used} su {max}. Dopo l'azzeramento ne ha di nuovo {max}.",
  "learning.reset.keep":
    "I tentativi già fatti restano registrati e nella cronologia di chi studia, che riceve una notifica. L'azzeramento resta nel registro delle modifiche.",
  "learning.reset.f.reason": "Motivo (facoltativo)",
  "learning.reset.f.reasonHint":
    "Al massimo 200 caratteri. Resta nel registro, non viene mostrato a chi studia.",
  "learning.reset.submit": "Azzera i tentativi di {name} al quiz «{quiz}»",
  "learning.reset.done": "Tentativi azzerati: chi studia riceve una notifica e può riprovare il quiz.",
  "learning.reset.errors.reason": "Il motivo può avere al massimo 200 caratteri.",
  "learning.reset.errors.learner": "Questa persona non studia in questo corso.",
  "learning.reset.errors.passed":
    "Il quiz risulta già superato: un superamento registrato non si annulla, quindi non c'è nulla da azzerare.",
  "learning.reset.errors.nothing": "Non ci sono tentativi da azzerare a questo quiz.",
  "learning.reset.errors.unlimited": "Il quiz non ha un limite di tentativi: non c'è nulla da azzerare.",
  "identity.audit.action.learning.attempts-reset": "Ha azzerato i tentativi di {subject} al quiz «{title}»",
};

const en: typeof it = {
  "learning.notify.attemptsReset.kind": "Quiz attempts reset",
  "learning.notify.attemptsReset":
    "A facilitator reset your attempts at the quiz “{quiz}” in the course “{course}”: you can try again.",
  "learning.reset.learnerNote":
    "A facilitator reset your attempts; the earlier ones stay in the list of your attempts.",
  "learning.reset.used": "Attempts: {used} of {max}",
  "learning.reset.link": "Reset attempts",
  "learning.reset.linkContext": "of {name} at the quiz “{quiz}”",
  "learning.reset.title": "Reset attempts",
  "learning.reset.intro":
    "{name} has used {used} of {max} attempts at the quiz “{quiz}” without passing it. After the reset they have {max} again.",
  "learning.reset.keep":
    "The attempts already made stay on record and in the learner's history; the learner is notified. The reset is kept in the audit log.",
  "learning.reset.f.reason": "Reason (optional)",
  "learning.reset.f.reasonHint": "Up to 200 characters. Kept in the log, not shown to the learner.",
  "learning.reset.submit": "Reset the attempts of {name} at the quiz “{quiz}”",
  "learning.reset.done": "Attempts reset: the learner is notified and can take the quiz again.",
  "learning.reset.errors.reason": "The reason can be at most 200 characters.",
  "learning.reset.errors.learner": "This person is not enrolled in this course.",
  "learning.reset.errors.passed":
    "The quiz has already been passed: a recorded pass is never undone, so there is nothing to reset.",
  "learning.reset.errors.nothing": "There are no attempts to reset at this quiz.",
  "learning.reset.errors.unlimited": "The quiz has no attempt limit: there is nothing to reset.",
  "identity.audit.action.learning.attempts-reset": "Reset the attempts of {subject} at the quiz “{title}”",
};

registerMessages({ it, en });
