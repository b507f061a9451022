// Strings of a published practice's versions (edit, conflict, history) and of linking the submitter's
// organisation at publication, in Italian and English.
import { registerMessages } from "../../../platform/i18n/index.ts";

const it = {
  "practices.versions.editLink": "Modifica i testi",
  "practices.versions.historyLink": "Cronologia delle versioni",
  "practices.versions.manageTitle": "Per i coordinatori",
  "practices.versions.editTitle": "Modifica «{title}»",
  "practices.versions.editCrumb": "Modifica",
  "practices.versions.editLead":
    "Ogni modifica salvata diventa una nuova versione, con il tuo nome, la data e il motivo; la cronologia mostra cosa è cambiato. Immagini e allegati si gestiscono dalla pagina della pratica.",
  "practices.versions.fieldsLegend": "Testi della pratica",
  "practices.versions.reason": "Motivo della modifica",
  "practices.versions.reasonHint":
    "Una frase, per esempio «Corretto l'anno di inizio indicato dal museo». Compare nella cronologia.",
  "practices.versions.save": "Salva la nuova versione",
  "practices.versions.saveAnyway": "Salva la mia versione",
  "practices.versions.saved": "Modifica salvata: è una nuova versione nella cronologia.",
  "practices.versions.back": "Torna alla pratica",
  "practices.versions.conflictTitle":
    "Un'altra persona ha salvato una versione di questa pratica mentre la modificavi.",
  "practices.versions.conflictBody":
    "Non abbiamo salvato le tue modifiche, per non cancellare le sue. Qui sotto trovi, per ogni testo diverso, la versione salvata nel frattempo e la tua; il modulo contiene ancora il tuo testo. Uniscile e salva di nuovo.",
  "practices.versions.withdrawn":
    "Nel frattempo la pratica è stata ritirata dal catalogo: non si può modificare finché non è pubblicata di nuovo. Il tuo testo è qui sotto, da copiare.",
  "practices.versions.conflictList": "Testi diversi: {n}",
  "practices.versions.theirs": "Salvato nel frattempo",
  "practices.versions.yours": "Il tuo testo (non salvato)",
  "practices.versions.empty": "(vuoto)",
  "practices.versions.historyTitle": "Cronologia di «{title}»",
  "practices.versions.historyCrumb": "Cronologia",
  "practices.versions.historyLead":
    "Le versioni dei testi di questa pratica, dalla più recente. Per ognuna: chi l'ha salvata, quando, perché e cosa ha cambiato rispetto alla precedente.",
  "practices.versions.legend": "Nelle differenze:",
  "practices.versions.legendAdded": "testo aggiunto",
  "practices.versions.legendRemoved": "testo rimosso",
  "practices.versions.added": "[aggiunto:",
  "practices.versions.addedEnd": "]",
  "practices.versions.removed": "[rimosso:",
  "practices.versions.removedEnd": "]",
  "practices.versions.version": "Versione {n}",
  "practices.versions.current": "attuale",
  "practices.versions.asPublished": "Testo pubblicato",
  "practices.versions.by": "Modificata da {name}",
  "practices.versions.unknownAuthor": "una persona non più registrata",
  "practices.versions.reasonLabel": "Motivo",
  "practices.versions.errors.reason": "Indica il motivo della modifica.",
  "practices.versions.errors.unchanged":
    "Non hai cambiato nessun testo: non c'è una nuova versione da salvare.",
  "identity.audit.action.practice.edit": "Ha modificato i testi della pratica «{organisation}»",
  "practices.organisation.legend": "Organizzazione che ha realizzato il progetto",
  "practices.organisation.typed": "Chi ha segnalato il progetto ha scritto: «{name}».",
  "practices.organisation.hint":
    "Vale solo se pubblichi. Collega un'organizzazione già presente oppure registrala: la pagina e la citazione della pratica la nomineranno.",
  "practices.organisation.match": "{name} ({type}, {place})",
  "practices.organisation.exact": "stesso nome",
  "practices.organisation.create": "Registra «{name}» come nuova organizzazione",
  "practices.organisation.createHint":
    "Sarà creata senza responsabili e non come pubblica amministrazione; la richiesta di entrare nella rete resta in attesa di verifica.",
  "practices.organisation.type": "Tipo della nuova organizzazione",
  "practices.organisation.none": "Non collegare nessuna organizzazione",
  "practices.organisation.errors.choice": "Scegli un'organizzazione dall'elenco, oppure registrala.",
};

const en: typeof it = {
  "practices.versions.editLink": "Edit the texts",
  "practices.versions.historyLink": "Version history",
  "practices.versions.manageTitle": "For coordinators",
  "practices.versions.editTitle": "Edit “{title}”",
  "practices.versions.editCrumb": "Edit",
  "practices.versions.editLead":
    "Each edit you save becomes a new version, with your name, the date and the reason; the history shows what changed. Images and attachments are managed from the practice's page.",
  "practices.versions.fieldsLegend": "The practice's texts",
  "practices.versions.reason": "Reason for the edit",
  "practices.versions.reasonHint":
    "One sentence, for example “Corrected the start year the museum gave”. It appears in the history.",
  "practices.versions.save": "Save the new version",
  "practices.versions.saveAnyway": "Save my version",
  "practices.versions.saved": "Edit saved: it is a new version in the history.",
  "practices.versions.back": "Back to the practice",
  "practices.versions.conflictTitle":
    "Someone else saved a version of this practice while you were editing it.",
  "practices.versions.conflictBody":
    "We did not save your changes, so as not to erase theirs. Below, for each text that differs, you find the version saved meanwhile and yours; the form still holds your text. Merge them and save again.",
  "practices.versions.withdrawn":
    "Meanwhile the practice was withdrawn from the catalogue: it cannot be edited until it is published again. Your text is below, to copy.",
  "practices.versions.conflictList": "Texts that differ: {n}",
  "practices.versions.theirs": "Saved meanwhile",
  "practices.versions.yours": "Your text (not saved)",
  "practices.versions.empty": "(empty)",
  "practices.versions.historyTitle": "History of “{title}”",
  "practices.versions.historyCrumb": "History",
  "practices.versions.historyLead":
    "The versions of this practice's texts, newest first. For each: who saved it, when, why, and what it changed from the one before.",
  "practices.versions.legend": "In the differences:",
  "practices.versions.legendAdded": "added text",
  "practices.versions.legendRemoved": "removed text",
  "practices.versions.added": "[added:",
  "practices.versions.addedEnd": "]",
  "practices.versions.removed": "[removed:",
  "practices.versions.removedEnd": "]",
  "practices.versions.version": "Version {n}",
  "practices.versions.current": "current",
  "practices.versions.asPublished": "Text as published",
  "practices.versions.by": "Edited by {name}",
  "practices.versions.unknownAuthor": "a person no longer registered",
  "practices.versions.reasonLabel": "Reason",
  "practices.versions.errors.reason": "Give the reason for the edit.",
  "practices.versions.errors.unchanged": "You changed no text: there is no new version to save.",
  "identity.audit.action.practice.edit": "Edited the texts of the practice “{organisation}”",
  "practices.organisation.legend": "Organisation that carried out the project",
  "practices.organisation.typed": "The person who reported the project wrote: “{name}”.",
  "practices.organisation.hint":
    "Applies only if you publish. Link an organisation already registered, or register it: the practice's page and citation will name it.",
  "practices.organisation.match": "{name} ({type}, {place})",
  "practices.organisation.exact": "same name",
  "practices.organisation.create": "Register “{name}” as a new organisation",
  "practices.organisation.createHint":
    "It is created with no manager and not as a public administration; its request to join the network waits for review.",
  "practices.organisation.type": "Type of the new organisation",
  "practices.organisation.none": "Link no organisation",
  "practices.organisation.errors.choice": "Choose an organisation from the list, or register it.",
};

registerMessages({ it, en });
