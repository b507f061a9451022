// Strings of deleting a lab's materials and the goals and actions of its action plans (IT and EN).
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "labs.delete.crumb": "Eliminazione",
  "labs.delete.irreversible": "L'eliminazione non si può annullare.",
  "labs.materials.delete": "Elimina il materiale",
  "labs.materials.deleteTitle": "Eliminare il materiale «{title}»?",
  "labs.materials.deleteDocument":
    "Il materiale sparirà dal laboratorio per tutti, insieme al file caricato.",
  "labs.materials.deleteVideo":
    "Il video sparirà dal laboratorio per tutti, insieme ai sottotitoli, alla trascrizione e alla registrazione del consenso.",
  "labs.materials.deleteLink":
    "Il collegamento sparirà dal laboratorio per tutti; il sito a cui rimanda non cambia.",
  "labs.materials.deleteConfirm": "Elimina il materiale",
  "labs.materials.deleteBack": "Annulla e torna al materiale",
  "labs.materials.deleted": "Materiale eliminato.",
  "labs.plans.deleteGoal": "Elimina l'obiettivo",
  "labs.plans.deleteGoalTitle": "Eliminare l'obiettivo «{title}»?",
  "labs.plans.deleteGoalNoActions": "L'obiettivo non ha azioni: sparirà dal piano.",
  "labs.plans.deleteGoalWithActions":
    "Spariranno dal piano anche le sue azioni ({n}), con le loro note di avanzamento:",
  "labs.plans.deleteGoalConfirm": "Elimina l'obiettivo e le sue azioni",
  "labs.plans.deleteBack": "Annulla e torna al piano",
  "labs.plans.goalDeleted": "Obiettivo eliminato, con le sue azioni.",
  "labs.plans.deleteAction": "Elimina",
  "labs.plans.deleteActionTitle": "Eliminare l'azione «{title}»?",
  "labs.plans.deleteActionLead": "L'azione sparirà dall'obiettivo «{goal}».",
  "labs.plans.deleteActionNotes": "Spariranno anche le sue note di avanzamento ({n}).",
  "labs.plans.deleteActionConfirm": "Elimina l'azione",
  "labs.plans.actionDeleted": "Azione eliminata.",
};

const en: typeof it = {
  "labs.delete.crumb": "Delete",
  "labs.delete.irreversible": "This cannot be undone.",
  "labs.materials.delete": "Delete this material",
  "labs.materials.deleteTitle": "Delete the material “{title}”?",
  "labs.materials.deleteDocument":
    "The material will disappear from the lab for everyone, with its uploaded file.",
  "labs.materials.deleteVideo":
    "The video will disappear from the lab for everyone, with its captions, transcript and record of consent.",
  "labs.materials.deleteLink":
    "The link will disappear from the lab for everyone; the site it points to does not change.",
  "labs.materials.deleteConfirm": "Delete the material",
  "labs.materials.deleteBack": "Cancel and go back to the material",
  "labs.materials.deleted": "Material deleted.",
  "labs.plans.deleteGoal": "Delete this goal",
  "labs.plans.deleteGoalTitle": "Delete the goal “{title}”?",
  "labs.plans.deleteGoalNoActions": "The goal has no actions: it will disappear from the plan.",
  "labs.plans.deleteGoalWithActions": "Its actions ({n}) will go too, with their progress notes:",
  "labs.plans.deleteGoalConfirm": "Delete the goal and its actions",
  "labs.plans.deleteBack": "Cancel and go back to the plan",
  "labs.plans.goalDeleted": "Goal deleted, with its actions.",
  "labs.plans.deleteAction": "Delete",
  "labs.plans.deleteActionTitle": "Delete the action “{title}”?",
  "labs.plans.deleteActionLead": "The action will disappear from the goal “{goal}”.",
  "labs.plans.deleteActionNotes": "Its progress notes ({n}) will go too.",
  "labs.plans.deleteActionConfirm": "Delete the action",
  "labs.plans.actionDeleted": "Action deleted.",
};

registerMessages({ it, en });
