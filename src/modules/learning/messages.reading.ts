// Strings of reading lessons with a file (the download on the lesson page, the authors' form and its
// errors), in Italian and English.
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "learning.reading.download": "Scarica il documento ({type}, {size})",
  "learning.reading.fileName": "Documento: {name}",
  "learning.reading.none": "Il documento di questa lettura non è ancora disponibile.",
  "learning.reading.manage": "Documento della lettura",
  "learning.reading.formTitle": "Documento della lettura: {title}",
  "learning.reading.intro":
    "Carica un documento PDF, EPUB, ODT o DOCX fino a 50 MB: chi segue il corso lo scarica dalla pagina della lezione. Il tipo si riconosce dal contenuto del file, non dal nome.",
  "learning.reading.replacesLink":
    "Il documento prende il posto dell'indirizzo della lettura ({url}): l'indirizzo viene tolto.",
  "learning.reading.current":
    "Documento attuale: {name} ({type}, {size}). Caricane un altro per sostituirlo.",
  "learning.f.readingFile": "Documento (PDF, EPUB, ODT o DOCX, al massimo 50 MB)",
  "learning.reading.save": "Carica il documento",
  "learning.reading.removeHeading": "Togliere il documento",
  "learning.reading.removeIntro":
    "Senza documento la lettura resta vuota finché non carichi un altro file o indichi un indirizzo nel modulo della lezione.",
  "learning.reading.remove": "Elimina il documento",
  "learning.reading.saved": "Documento caricato.",
  "learning.reading.removed": "Documento eliminato.",
  "learning.reading.errors.missing": "Scegli il file del documento.",
  "learning.reading.errors.tooLarge":
    "Il documento supera i 50 MB: riducilo (per esempio esportando il PDF con immagini compresse) o indica invece l'indirizzo di una pagina che lo ospita.",
  "learning.reading.errors.wrongType":
    "Questo file non è un documento PDF, EPUB, ODT o DOCX (il tipo si riconosce dal contenuto, non dal nome).",
  "learning.reading.errors.linkAndFile":
    "Questa lettura ha già un documento: eliminalo dalla pagina del documento prima di indicare un indirizzo.",
};

const en: typeof it = {
  "learning.reading.download": "Download the document ({type}, {size})",
  "learning.reading.fileName": "Document: {name}",
  "learning.reading.none": "This reading's document is not available yet.",
  "learning.reading.manage": "Reading's document",
  "learning.reading.formTitle": "Reading's document: {title}",
  "learning.reading.intro":
    "Upload a PDF, EPUB, ODT or DOCX document of up to 50 MB: learners download it from the lesson's page. Its type is told from the file's content, not its name.",
  "learning.reading.replacesLink":
    "The document takes the place of the reading's address ({url}), which is removed.",
  "learning.reading.current": "Current document: {name} ({type}, {size}). Upload another to replace it.",
  "learning.f.readingFile": "Document (PDF, EPUB, ODT or DOCX, 50 MB at most)",
  "learning.reading.save": "Upload the document",
  "learning.reading.removeHeading": "Removing the document",
  "learning.reading.removeIntro":
    "Without a document the reading stays empty until you upload another file or give an address in the lesson's form.",
  "learning.reading.remove": "Delete the document",
  "learning.reading.saved": "Document uploaded.",
  "learning.reading.removed": "Document deleted.",
  "learning.reading.errors.missing": "Choose the document's file.",
  "learning.reading.errors.tooLarge":
    "The document is over 50 MB: make it smaller (export the PDF with compressed images, for example) or give the address of a page that hosts it instead.",
  "learning.reading.errors.wrongType":
    "This file is not a PDF, EPUB, ODT or DOCX document (its type is told from its content, not its name).",
  "learning.reading.errors.linkAndFile":
    "This reading already has a document: delete it on the document's page before giving an address.",
};

registerMessages({ it, en });
