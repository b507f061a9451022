// Strings of the credentials pages (issuers, achievements, credentials) and of the verification's
// reasons, in Italian (gender-neutral) and English.
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "credentials.issuer.kind": "Emittente",
  "credentials.issuer.lead":
    "Questa rete rilascia credenziali Open Badges 3.0 firmate digitalmente a chi completa i suoi corsi e percorsi.",
  "credentials.issuer.network": "Rete",
  "credentials.issuer.id": "Identificativo dell'emittente",
  "credentials.issuer.keys": "Chiavi di firma",
  "credentials.issuer.keysLead":
    "Le chiavi pubbliche Ed25519 con cui verificare le credenziali di questa rete, anche quelle firmate con chiavi non più in uso.",
  "credentials.issuer.machine":
    "I programmi di verifica ottengono da questo stesso indirizzo il profilo in JSON-LD, chiedendo application/ld+json.",
  "credentials.achievement.kind": "Risultato",
  "credentials.achievement.criteria": "Come si ottiene",
  "credentials.credential.kind": "Credenziale Open Badges",
  "credentials.credential.title": "Credenziale: {name}",
  "credentials.credential.recipient": "Rilasciata a",
  "credentials.credential.issuedAt": "Data di rilascio",
  "credentials.credential.keepTitle": "Conservarla e mostrarla",
  "credentials.credential.keep":
    "Il file della credenziale è firmato: chiunque può verificarlo senza collegarsi a questo sito. Per tenerlo in un portafoglio digitale compatibile con Open Badges 3.0, scaricalo e importalo nel portafoglio.",
  "credentials.credential.download": "Scarica la credenziale (JSON)",
  "credentials.credential.verifyLink": "Verifica una copia della credenziale",
  "credentials.verdict.valid":
    "Credenziale valida: la firma di {issuer} è integra e la credenziale non è stata revocata.",
  "credentials.verdict.revoked": "Credenziale revocata: {issuer} l'ha ritirata e non è più valida.",
  "credentials.verdict.expired": "Credenziale scaduta: non è più valida.",
  "credentials.verdict.invalid": "Credenziale non valida. {reason}",
  "credentials.withdrawn.title": "Credenziale non più disponibile",
  "credentials.withdrawn.text":
    "Questa credenziale è stata rilasciata, ma la persona a cui era intestata ha cancellato il proprio account: è revocata e i suoi dati non sono più conservati. Una copia verificata altrove risulta revocata.",
  "credentials.notFound.issuer": "Emittente non trovato",
  "credentials.notFound.achievement": "Risultato non trovato",
  "credentials.notFound.credential": "Credenziale non trovata",
  "credentials.notFound.text":
    "Nessun elemento corrisponde a questo indirizzo. Controlla di averlo copiato per intero.",
  "credentials.error.not-credential": "Il file non è una credenziale verificabile.",
  "credentials.error.unknown-context":
    "La credenziale usa un contesto JSON-LD che questo sito non conosce, e non lo scarica da Internet.",
  "credentials.error.other-issuer": "La credenziale è di un altro emittente: non può essere verificata qui.",
  "credentials.error.cryptosuite": "La firma usa un metodo diverso da eddsa-rdfc-2022.",
  "credentials.error.bad-proof":
    "La firma non corrisponde: la credenziale è stata modificata dopo il rilascio.",
  "credentials.error.not-yet-valid": "La credenziale è valida solo a partire da una data futura.",
  "credentials.error.expired": "La credenziale è scaduta.",
  "credentials.error.revoked": "La credenziale è stata revocata.",
  "credentials.error.status-unavailable":
    "Non è stato possibile leggere lo stato di revoca della credenziale.",
  "credentials.verify.title": "Verifica una credenziale",
  "credentials.verify.lead":
    "Carica il file JSON di una credenziale Open Badges rilasciata da una rete di Bottega, oppure incollane il testo: la verifica avviene su questo server, senza collegarsi ad altri siti.",
  "credentials.verify.file": "File della credenziale",
  "credentials.verify.fileHint": "Un file JSON di al massimo 1 MB.",
  "credentials.verify.json": "Oppure incolla il testo JSON",
  "credentials.verify.jsonHint": "Usato solo se non scegli un file.",
  "credentials.verify.submit": "Verifica",
  "credentials.verify.result": "Esito della verifica",
  "credentials.verify.issuer": "Emittente indicato nella credenziale",
  "credentials.verify.error.empty": "Scegli un file o incolla il testo della credenziale.",
  "credentials.verify.error.notJson": "Il contenuto non è JSON valido: non è il file di una credenziale.",
  "credentials.verify.error.tooLarge": "Il file supera 1 MB: una credenziale è molto più piccola.",
};

const en: typeof it = {
  "credentials.issuer.kind": "Issuer",
  "credentials.issuer.lead":
    "This network issues digitally signed Open Badges 3.0 credentials to people who complete its courses and curricula.",
  "credentials.issuer.network": "Network",
  "credentials.issuer.id": "Issuer identifier",
  "credentials.issuer.keys": "Signing keys",
  "credentials.issuer.keysLead":
    "The Ed25519 public keys that verify this network's credentials, including those signed with keys no longer in use.",
  "credentials.issuer.machine":
    "Verification software gets the JSON-LD profile from this same address by asking for application/ld+json.",
  "credentials.achievement.kind": "Achievement",
  "credentials.achievement.criteria": "How it is earned",
  "credentials.credential.kind": "Open Badges credential",
  "credentials.credential.title": "Credential: {name}",
  "credentials.credential.recipient": "Issued to",
  "credentials.credential.issuedAt": "Issued on",
  "credentials.credential.keepTitle": "Keeping and showing it",
  "credentials.credential.keep":
    "The credential file is signed: anyone can verify it without contacting this site. To keep it in a digital wallet that supports Open Badges 3.0, download it and import it into the wallet.",
  "credentials.credential.download": "Download the credential (JSON)",
  "credentials.credential.verifyLink": "Verify a copy of a credential",
  "credentials.verdict.valid":
    "Valid credential: the signature of {issuer} is intact and the credential has not been revoked.",
  "credentials.verdict.revoked": "Revoked credential: {issuer} has withdrawn it and it is no longer valid.",
  "credentials.verdict.expired": "Expired credential: it is no longer valid.",
  "credentials.verdict.invalid": "Invalid credential. {reason}",
  "credentials.withdrawn.title": "Credential no longer available",
  "credentials.withdrawn.text":
    "This credential was issued, but the person it was issued to has deleted their account: it is revoked and its data are no longer kept. A copy verified elsewhere shows as revoked.",
  "credentials.notFound.issuer": "Issuer not found",
  "credentials.notFound.achievement": "Achievement not found",
  "credentials.notFound.credential": "Credential not found",
  "credentials.notFound.text": "Nothing matches this address. Check that you copied all of it.",
  "credentials.error.not-credential": "The file is not a verifiable credential.",
  "credentials.error.unknown-context":
    "The credential uses a JSON-LD context this site does not know, and it does not download it from the Internet.",
  "credentials.error.other-issuer": "The credential is another issuer's: it cannot be verified here.",
  "credentials.error.cryptosuite": "The signature uses a method other than eddsa-rdfc-2022.",
  "credentials.error.bad-proof":
    "The signature does not match: the credential was changed after it was issued.",
  "credentials.error.not-yet-valid": "The credential is only valid from a future date.",
  "credentials.error.expired": "The credential has expired.",
  "credentials.error.revoked": "The credential has been revoked.",
  "credentials.error.status-unavailable": "The credential's revocation status could not be read.",
  "credentials.verify.title": "Verify a credential",
  "credentials.verify.lead":
    "Upload the JSON file of an Open Badges credential issued by a Bottega network, or paste its text: it is verified on this server, without contacting any other site.",
  "credentials.verify.file": "Credential file",
  "credentials.verify.fileHint": "A JSON file of at most 1 MB.",
  "credentials.verify.json": "Or paste the JSON text",
  "credentials.verify.jsonHint": "Used only when you choose no file.",
  "credentials.verify.submit": "Verify",
  "credentials.verify.result": "Result of the verification",
  "credentials.verify.issuer": "Issuer named in the credential",
  "credentials.verify.error.empty": "Choose a file or paste the credential's text.",
  "credentials.verify.error.notJson": "The content is not valid JSON: it is not a credential file.",
  "credentials.verify.error.tooLarge": "The file is larger than 1 MB: a credential is much smaller.",
};

registerMessages({ it, en });
