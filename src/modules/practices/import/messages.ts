// Strings of the bulk import (upload page, report, command line), in Italian and English.
import { registerMessages } from "../../../platform/i18n/index.ts";

const it = {
  "import.title": "Importa buone pratiche",
  "import.titleIn": "Importa buone pratiche in {network}",
  "import.lead":
    "Carica un file CSV (separato da virgole o punti e virgola, UTF-8 o Windows-1252) o JSON Lines esportato da un foglio di calcolo. I record corretti vengono importati, quelli con errori elencati qui sotto.",
  "import.keys":
    "Colonne: title, summary, country (codice ISO di due lettere), language (it o en) obbligatorie; problem, solution, results, organisation, organisationType, place, startYear, endYear, themes (codici separati da |), website facoltative.",
  "import.file": "File da importare",
  "import.fileHint": "CSV o JSON Lines, al massimo 12 MB.",
  "import.draft": "Importa come bozze (non pubblicare)",
  "import.submit": "Importa",
  "import.noFile": "Scegli un file da importare.",
  "import.report": "Esito dell'importazione",
  "import.summary": "Importati {imported} record su {records}.",
  "import.summaryDraft": "Importati {imported} record su {records}, come bozze.",
  "import.failedCount": "Record non importati: {n}.",
  "import.newOrganisations": "Organizzazioni create, da verificare: {names}",
  "import.record": "Record {number}",
  "import.more": "… e altri {n} record con errori.",
  "import.recordLine": "Record {number} (riga {line})",
  "import.detected": "Formato: {format}, codifica: {encoding}.",
  "import.errors.noHeader": "Il file CSV non ha una riga di intestazione.",
  "import.errors.empty": "Il file è vuoto.",
  "import.errors.quoteNotClosed": "Virgolette non chiuse: il resto del file non può essere letto.",
  "import.errors.csv": "Riga CSV non leggibile ({code}).",
  "import.errors.fieldCount": "{found} campi invece dei {expected} dell'intestazione.",
  "import.errors.notObject": "Il record non è un oggetto JSON.",
  "import.errors.badJson": "JSON non valido.",
  "import.errors.badJsonFile": "Il file non è un elenco JSON valido.",
  "import.errors.unknownField": "Campo sconosciuto: {field}.",
  "import.errors.year": "Indica un anno di quattro cifre.",
  "import.errors.orgType": "Tipo di organizzazione sconosciuto: {value}.",
  "import.errors.database": "Il database ha rifiutato il record: {detail}",
};

const en: typeof it = {
  "import.title": "Import good practices",
  "import.titleIn": "Import good practices into {network}",
  "import.lead":
    "Upload a CSV file (comma or semicolon separated, UTF-8 or Windows-1252) or JSON Lines exported from a spreadsheet. Good records are imported; those with errors are listed below.",
  "import.keys":
    "Columns: title, summary, country (two-letter ISO code), language (it or en) required; problem, solution, results, organisation, organisationType, place, startYear, endYear, themes (codes separated by |), website optional.",
  "import.file": "File to import",
  "import.fileHint": "CSV or JSON Lines, at most 12 MB.",
  "import.draft": "Import as drafts (do not publish)",
  "import.submit": "Import",
  "import.noFile": "Choose a file to import.",
  "import.report": "Import report",
  "import.summary": "Imported {imported} of {records} records.",
  "import.summaryDraft": "Imported {imported} of {records} records, as drafts.",
  "import.failedCount": "Records not imported: {n}.",
  "import.newOrganisations": "Organisations created, to review: {names}",
  "import.record": "Record {number}",
  "import.more": "… and {n} more records with errors.",
  "import.recordLine": "Record {number} (line {line})",
  "import.detected": "Format: {format}, encoding: {encoding}.",
  "import.errors.noHeader": "The CSV file has no header row.",
  "import.errors.empty": "The file is empty.",
  "import.errors.quoteNotClosed": "Quote not closed: the rest of the file cannot be read.",
  "import.errors.csv": "Unreadable CSV row ({code}).",
  "import.errors.fieldCount": "{found} fields instead of the header's {expected}.",
  "import.errors.notObject": "The record is not a JSON object.",
  "import.errors.badJson": "Invalid JSON.",
  "import.errors.badJsonFile": "The file is not a valid JSON list.",
  "import.errors.unknownField": "Unknown field: {field}.",
  "import.errors.year": "Give a four-digit year.",
  "import.errors.orgType": "Unknown organisation type: {value}.",
  "import.errors.database": "The database refused the record: {detail}",
};

registerMessages({ it, en });
