// How identity's audit log reads the labs module's entries (lab.*), in Italian and English. The audit
// page passes {lab} and {title} from the entry's details, {email} and {role} as for invitations, and
// {organisation} from the entry's organisation.
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "identity.audit.action.lab.invitation-sent": "Ha invitato {email} nel laboratorio «{lab}» ({role})",
  "identity.audit.action.lab.invitation-accepted": "Ha accettato l'invito al laboratorio «{lab}» ({role})",
  "identity.audit.action.lab.invitation-declined": "Ha rifiutato l'invito al laboratorio «{lab}» ({role})",
  "identity.audit.action.lab.invitation-revoked":
    "Ha revocato l'invito a {email} nel laboratorio «{lab}» ({role})",
  "identity.audit.action.lab.organisation-added": "Ha aggiunto {organisation} al laboratorio «{lab}»",
  "identity.audit.action.lab.organisation-removed": "Ha tolto {organisation} dal laboratorio «{lab}»",
  "identity.audit.action.lab.person-removed": "Ha tolto {subject} dal laboratorio «{lab}»",
  "identity.audit.action.lab.material-deleted": "Ha eliminato il materiale «{title}» dal laboratorio «{lab}»",
  "identity.audit.action.lab.plan-goal-deleted":
    "Ha eliminato l'obiettivo «{title}», con le sue azioni, da un piano d'azione del laboratorio «{lab}»",
  "identity.audit.action.lab.plan-action-deleted":
    "Ha eliminato l'azione «{title}» da un piano d'azione del laboratorio «{lab}»",
};

const en: typeof it = {
  "identity.audit.action.lab.invitation-sent": "Invited {email} to the lab “{lab}” ({role})",
  "identity.audit.action.lab.invitation-accepted": "Accepted the invitation to the lab “{lab}” ({role})",
  "identity.audit.action.lab.invitation-declined": "Declined the invitation to the lab “{lab}” ({role})",
  "identity.audit.action.lab.invitation-revoked":
    "Revoked the invitation to {email} for the lab “{lab}” ({role})",
  "identity.audit.action.lab.organisation-added": "Added {organisation} to the lab “{lab}”",
  "identity.audit.action.lab.organisation-removed": "Removed {organisation} from the lab “{lab}”",
  "identity.audit.action.lab.person-removed": "Removed {subject} from the lab “{lab}”",
  "identity.audit.action.lab.material-deleted": "Deleted the material “{title}” from the lab “{lab}”",
  "identity.audit.action.lab.plan-goal-deleted":
    "Deleted the goal “{title}”, with its actions, from an action plan of the lab “{lab}”",
  "identity.audit.action.lab.plan-action-deleted":
    "Deleted the action “{title}” from an action plan of the lab “{lab}”",
};

registerMessages({ it, en });
