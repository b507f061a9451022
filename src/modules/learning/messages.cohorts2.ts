// Strings of learning's cohorts, second slice: the waiting list and leaving a cohort, the cohort form's
// new lab and extra facilitators, in Italian and English.
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "learning.notify.cohortWaitlist.kind": "Liste d'attesa delle coorti",
  "learning.notify.cohortWaitlist":
    "La coorte «{cohort}» del corso «{course}» è al completo: sei al numero {position} della lista d'attesa.",
  "learning.cohorts.waitingCount": "In lista d'attesa: {n}",
  "learning.cohorts.waitlisted": "L'edizione è al completo: sei al numero {n} della lista d'attesa.",
  "learning.cohorts.position": "Sei al numero {n} della lista d'attesa.",
  "learning.cohorts.waitHint":
    "Quando si libera un posto lo prende la prima persona in lista: ricevi un avviso e l'iscrizione agli incontri in programma.",
  "learning.cohorts.fullJoinList": "L'edizione è al completo: puoi metterti in lista d'attesa.",
  "learning.cohorts.joinList": "Mettiti in lista d'attesa",
  "learning.cohorts.leave": "Lascia l'edizione",
  "learning.cohorts.leaveHint":
    "Il corso e i tuoi progressi restano: lo segui al tuo ritmo. Il tuo posto passa alla prima persona in lista d'attesa. Le iscrizioni agli incontri restano: puoi annullarle dalle pagine degli incontri.",
  "learning.cohorts.leaveList": "Esci dalla lista d'attesa",
  "learning.cohorts.left": "Hai lasciato l'edizione: il corso resta tra i tuoi, da seguire al tuo ritmo.",
  "learning.cohorts.leftList": "Non sei più in lista d'attesa per questa edizione.",
  "learning.cohorts.notIn": "Non partecipi a questa edizione e non sei in lista d'attesa.",
  "learning.cohorts.waitlist": "Lista d'attesa",
  "learning.cohorts.waitlistEmpty": "Nessuna persona in lista d'attesa.",
  "learning.cohorts.waitlistCount":
    "Persone in lista d'attesa: {n}, nell'ordine in cui prendono i posti liberi.",
  "learning.cohorts.facilitatedBy": "Facilitazione: {names}",
  "learning.cohorts.f.facilitators": "Altre persone che facilitano l'edizione",
  "learning.cohorts.f.facilitatorsHint":
    "Persone della rete del corso. Chi crea l'edizione la facilita già; chi la facilita ne vede l'andamento e lo scarica in CSV.",
  "learning.cohorts.f.noPeople": "La rete non ha altre persone da scegliere.",
  "learning.cohorts.errors.facilitators": "Scegli persone della rete del corso.",
  "learning.cohorts.f.labExisting": "Un laboratorio esistente della rete",
  "learning.cohorts.f.labPick": "Laboratorio esistente",
  "learning.cohorts.f.labNew": "Un nuovo laboratorio, creato con l'edizione",
  "learning.cohorts.f.newLabTitle": "Titolo del nuovo laboratorio",
  "learning.cohorts.f.newLabHint":
    "Il laboratorio prende le date dell'edizione e la visibilità del corso; chi facilita l'edizione lo gestisce e ne programma gli incontri.",
  "learning.cohorts.noLabNew": "La rete non ha ancora laboratori: l'edizione ne crea uno nuovo.",
  "learning.cohorts.errors.newLab": "Scrivi il titolo del nuovo laboratorio, al massimo 200 caratteri.",
};

const en: typeof it = {
  "learning.notify.cohortWaitlist.kind": "Waiting lists of cohorts",
  "learning.notify.cohortWaitlist":
    "The cohort “{cohort}” of the course “{course}” is full: you are number {position} on the waiting list.",
  "learning.cohorts.waitingCount": "On the waiting list: {n}",
  "learning.cohorts.waitlisted": "The cohort is full: you are number {n} on the waiting list.",
  "learning.cohorts.position": "You are number {n} on the waiting list.",
  "learning.cohorts.waitHint":
    "When a place frees up, the first person on the list takes it: you are told and registered for the upcoming meetings.",
  "learning.cohorts.fullJoinList": "The cohort is full: you can join its waiting list.",
  "learning.cohorts.joinList": "Join the waiting list",
  "learning.cohorts.leave": "Leave the cohort",
  "learning.cohorts.leaveHint":
    "The course and your progress stay: you study it at your own pace. Your place goes to the first person on the waiting list. Your registrations for the meetings stay: you can cancel them on the meetings' pages.",
  "learning.cohorts.leaveList": "Leave the waiting list",
  "learning.cohorts.left": "You have left the cohort: the course stays yours, at your own pace.",
  "learning.cohorts.leftList": "You are no longer on this cohort's waiting list.",
  "learning.cohorts.notIn": "You are neither in this cohort nor on its waiting list.",
  "learning.cohorts.waitlist": "Waiting list",
  "learning.cohorts.waitlistEmpty": "Nobody is on the waiting list.",
  "learning.cohorts.waitlistCount":
    "People on the waiting list: {n}, in the order they take the places that free up.",
  "learning.cohorts.facilitatedBy": "Facilitated by {names}",
  "learning.cohorts.f.facilitators": "Other facilitators of the cohort",
  "learning.cohorts.f.facilitatorsHint":
    "People of the course's network. Whoever creates the cohort facilitates it already; facilitators see its progress and download it as CSV.",
  "learning.cohorts.f.noPeople": "The network has nobody else to choose.",
  "learning.cohorts.errors.facilitators": "Choose people of the course's network.",
  "learning.cohorts.f.labExisting": "An existing lab of the network",
  "learning.cohorts.f.labPick": "Existing lab",
  "learning.cohorts.f.labNew": "A new lab, created with the cohort",
  "learning.cohorts.f.newLabTitle": "Title of the new lab",
  "learning.cohorts.f.newLabHint":
    "The lab takes the cohort's dates and the course's visibility; the cohort's facilitators run it and plan its meetings.",
  "learning.cohorts.noLabNew": "The network has no labs yet: the cohort creates a new one.",
  "learning.cohorts.errors.newLab": "Write the new lab's title, at most 200 characters.",
};

registerMessages({ it, en });
