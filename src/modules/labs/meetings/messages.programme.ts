// Strings of the labs list's status and next meeting, the programme's rows and the reservation of
// registration to public administrations (decision 0052), in Italian and English.
import { registerMessages } from "../../../platform/i18n/index.ts";

const it = {
  "labs.status.upcoming": "In programma",
  "labs.status.in-progress": "In corso",
  "labs.status.finished": "Concluso",
  "labs.nextMeeting": "Prossimo incontro",
  "labs.noNextMeeting": "Nessun altro incontro in programma.",
  "labs.programme.when": "Data",
  "labs.programme.yourState": "La tua iscrizione",
  "labs.programme.state.confirmed": "Confermata",
  "labs.programme.state.waitlisted": "In lista d'attesa",
  "labs.programme.state.none": "Nessuna",
  "labs.programme.answerToRegister": "Rispondi alle domande e iscriviti",
  "labs.meetings.registration": "Chi può iscriversi",
  "labs.meetings.registrationHint":
    "Chi vede l'incontro lo decide la visibilità; qui si sceglie chi, tra loro, può iscriversi.",
  "labs.meetings.registration.open": "Chiunque veda l'incontro",
  "labs.meetings.registration.pa": "Solo il personale delle pubbliche amministrazioni della rete",
  "labs.reg.paBadge": "Riservato alla PA",
  "labs.reg.paOnly":
    "Iscrizioni riservate alla PA: possono iscriversi solo le persone di una pubblica amministrazione che fa parte della rete. La tua organizzazione non risulta tra queste.",
  "labs.reg.paOnlySignIn":
    "Iscrizioni riservate alla PA: possono iscriversi solo le persone di una pubblica amministrazione che fa parte della rete, dopo l'accesso.",
  "labs.errors.paOnly":
    "Le iscrizioni a questo incontro sono riservate alla PA: la persona non fa parte di una pubblica amministrazione della rete.",
};

const en: Record<keyof typeof it, string> = {
  "labs.status.upcoming": "Upcoming",
  "labs.status.in-progress": "In progress",
  "labs.status.finished": "Finished",
  "labs.nextMeeting": "Next meeting",
  "labs.noNextMeeting": "No further meeting scheduled.",
  "labs.programme.when": "Date",
  "labs.programme.yourState": "Your registration",
  "labs.programme.state.confirmed": "Confirmed",
  "labs.programme.state.waitlisted": "On the waiting list",
  "labs.programme.state.none": "None",
  "labs.programme.answerToRegister": "Answer the questions and register",
  "labs.meetings.registration": "Who may register",
  "labs.meetings.registrationHint":
    "Visibility decides who sees the meeting; this chooses who among them may register.",
  "labs.meetings.registration.open": "Everyone who sees the meeting",
  "labs.meetings.registration.pa": "Only staff of the network's public administrations",
  "labs.reg.paBadge": "Reserved to public administrations",
  "labs.reg.paOnly":
    "Registration is reserved to public administrations: only people from a public administration that belongs to the network may register. Your organisation is not one of them.",
  "labs.reg.paOnlySignIn":
    "Registration is reserved to public administrations: only people from a public administration that belongs to the network may register, once signed in.",
  "labs.errors.paOnly":
    "Registration for this meeting is reserved to public administrations: this person does not belong to one of the network's public administrations.",
};

registerMessages({ it, en });
