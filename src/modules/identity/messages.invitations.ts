// Strings of invitations to a network (the coordinators' form and list, the page behind the link, the
// mail) and of the refusal shown when someone answers an invitation sent to another address.
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "identity.invitations.otherAddress.title": "Questo invito è per un altro indirizzo email",
  "identity.invitations.otherAddress.lead":
    "L'invito è stato inviato a {invited}, ma hai effettuato l'accesso come {yours}. Può rispondere solo chi ha l'indirizzo a cui è stato inviato.",
  "identity.invitations.otherAddress.how":
    "Se quell'indirizzo è tuo, esci e accedi (o registrati) con quell'indirizzo: tornerai a questo invito.",
  "identity.invitations.otherAddress.switch": "Esci e accedi con un altro indirizzo",
  "identity.invitations.otherAddress.ask":
    "Altrimenti chiedi a chi ti ha invitato di mandare un nuovo invito al tuo indirizzo.",
  "identity.invitations.otherAddress.refused": "Questo invito è stato inviato a un altro indirizzo email.",
  "identity.invitations.inviteTitle": "Invita una persona",
  "identity.invitations.email": "Email",
  "identity.invitations.role": "Ruolo",
  "identity.invitations.send": "Invia l'invito",
  "identity.invitations.sent": "Invito inviato.",
  "identity.invitations.duplicate": "Questa persona ha già un invito in attesa per questa rete.",
  "identity.invitations.pendingTitle": "Inviti in attesa",
  "identity.invitations.nonePending": "Nessun invito in attesa.",
  "identity.invitations.expires": "Scadenza",
  "identity.invitations.revoke": "Revoca",
  "identity.invitations.revoked": "Invito revocato.",
  "identity.invitations.notPending": "L'invito non è più in attesa.",
  "identity.invitations.title": "Invito alla rete {network}",
  "identity.invitations.invitedBy": "Invito da",
  "identity.invitations.accept": "Accetta l'invito",
  "identity.invitations.decline": "Rifiuta l'invito",
  "identity.invitations.accepted": "Ti diamo il benvenuto: ora fai parte della rete.",
  "identity.invitations.declined": "Hai rifiutato l'invito.",
  "identity.invitations.signInFirst": "Per rispondere all'invito accedi al tuo account, oppure creane uno.",
  "identity.invitations.state.expired":
    "Questo invito è scaduto. Chiedi al coordinamento della rete di inviarne uno nuovo.",
  "identity.invitations.state.accepted": "Questo invito è già stato accettato.",
  "identity.invitations.state.declined": "Questo invito è stato rifiutato.",
  "identity.invitations.state.revoked": "Questo invito è stato revocato dal coordinamento della rete.",
  "identity.invitations.state.pending": "Questo invito è in attesa di risposta.",
  "identity.invitations.mailSubject": "Invito alla rete {network} su Bottega",
  "identity.notify.invited.kind": "Inviti a entrare in una rete",
  "identity.notify.invited":
    "Hai ricevuto un invito a entrare nella rete «{network}»: il collegamento per accettare è nell'email.",
  "identity.invitations.mailBody":
    "{inviter} ti invita a far parte della rete {network} su Bottega con il ruolo: {role}.\n\nPer accettare o rifiutare apri questo collegamento:\n{link}\n\nL'invito scade tra {days} giorni. Se non ti aspettavi questo messaggio puoi ignorarlo.",
};

const en: typeof it = {
  "identity.invitations.otherAddress.title": "This invitation is for another email address",
  "identity.invitations.otherAddress.lead":
    "The invitation was sent to {invited}, but you are signed in as {yours}. Only the person with the address it was sent to can answer it.",
  "identity.invitations.otherAddress.how":
    "If that address is yours, sign out and sign in (or sign up) with it: you will come back to this invitation.",
  "identity.invitations.otherAddress.switch": "Sign out and sign in with another address",
  "identity.invitations.otherAddress.ask":
    "Otherwise, ask the person who invited you to send a new invitation to your address.",
  "identity.invitations.otherAddress.refused": "This invitation was sent to another email address.",
  "identity.invitations.inviteTitle": "Invite someone",
  "identity.invitations.email": "Email",
  "identity.invitations.role": "Role",
  "identity.invitations.send": "Send invitation",
  "identity.invitations.sent": "Invitation sent.",
  "identity.invitations.duplicate": "This person already has a pending invitation to this network.",
  "identity.invitations.pendingTitle": "Pending invitations",
  "identity.invitations.nonePending": "No pending invitations.",
  "identity.invitations.expires": "Expires",
  "identity.invitations.revoke": "Revoke",
  "identity.invitations.revoked": "Invitation revoked.",
  "identity.invitations.notPending": "The invitation is no longer pending.",
  "identity.invitations.title": "Invitation to the network {network}",
  "identity.invitations.invitedBy": "Invited by",
  "identity.invitations.accept": "Accept the invitation",
  "identity.invitations.decline": "Decline the invitation",
  "identity.invitations.accepted": "Welcome: you are now part of the network.",
  "identity.invitations.declined": "You declined the invitation.",
  "identity.invitations.signInFirst": "To answer the invitation, sign in to your account or create one.",
  "identity.invitations.state.expired":
    "This invitation has expired. Ask the network's coordinators for a new one.",
  "identity.invitations.state.accepted": "This invitation has already been accepted.",
  "identity.invitations.state.declined": "This invitation was declined.",
  "identity.invitations.state.revoked": "This invitation was revoked by the network's coordinators.",
  "identity.invitations.state.pending": "This invitation is waiting for an answer.",
  "identity.invitations.mailSubject": "Invitation to the network {network} on Bottega",
  "identity.notify.invited.kind": "Invitations to join a network",
  "identity.notify.invited":
    "You have been invited to the network “{network}”: the link to accept is in the email you received.",
  "identity.invitations.mailBody":
    "{inviter} invites you to join the network {network} on Bottega as: {role}.\n\nTo accept or decline, open this link:\n{link}\n\nThe invitation expires in {days} days. If you did not expect this message you can ignore it.",
};

registerMessages({ it, en });
