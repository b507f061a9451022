// Strings of a learner's personal data in learning (personal-data.ts): the cohort's anonymous count
// of members who deleted their accounts, in Italian and English.
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "learning.cohorts.former":
    "Persone che hanno partecipato e poi cancellato il proprio account: {n}, di cui {completed} con il corso completato. Il conteggio è anonimo: nessun nome è conservato.",
};

const en: typeof it = {
  "learning.cohorts.former":
    "People who took part and then deleted their accounts: {n}, of whom {completed} had completed the course. The count is anonymous: no names are kept.",
};

registerMessages({ it, en });
