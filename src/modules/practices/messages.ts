// Strings of the good-practice catalogue: theme labels (from the vocabulary file), status names and
// search wording.
import { registerMessages } from "../../platform/i18n/index.ts";
import { themeLabels } from "./vocabulary.ts";

const it = {
  ...themeLabels("it"),
  "practices.status.draft": "Bozza",
  "practices.status.submitted": "Inviata",
  "practices.status.in-review": "In revisione",
  "practices.status.changes-requested": "Modifiche richieste",
  "practices.status.published": "Pubblicata",
  "practices.status.rejected": "Respinta",
  "practices.language.it": "Italiano",
  "practices.language.en": "Inglese",
  "practices.search.facetsApproximate": "Conteggi stimati sui primi {n} risultati",
  "practices.search.totalAtLeast": "Circa {n} risultati",
  "practices.search.correctedTo": "Risultati anche per «{words}»",
  "practices.errors.unknownTheme": "Tema sconosciuto",
  "practices.errors.endBeforeStart": "L'anno di fine non può precedere quello di inizio",
  "practices.errors.unknownOrganisation": "Organizzazione sconosciuta",
  "practices.errors.unknownNetwork": "Rete sconosciuta",
  "practices.errors.invalidCountry": "Indica il paese con il codice ISO di due lettere (per esempio IT).",
  "practices.errors.noHtml": "Scrivi il testo senza codice HTML.",
};

const en: typeof it = {
  ...(themeLabels("en") as typeof it),
  "practices.status.draft": "Draft",
  "practices.status.submitted": "Submitted",
  "practices.status.in-review": "In review",
  "practices.status.changes-requested": "Changes requested",
  "practices.status.published": "Published",
  "practices.status.rejected": "Rejected",
  "practices.language.it": "Italian",
  "practices.language.en": "English",
  "practices.search.facetsApproximate": "Counts estimated on the first {n} results",
  "practices.search.totalAtLeast": "About {n} results",
  "practices.search.correctedTo": "Also showing results for “{words}”",
  "practices.errors.unknownTheme": "Unknown theme",
  "practices.errors.endBeforeStart": "The end year cannot be before the start year",
  "practices.errors.unknownOrganisation": "Unknown organisation",
  "practices.errors.unknownNetwork": "Unknown network",
  "practices.errors.invalidCountry": "Give the country as its two-letter ISO code (for example IT).",
  "practices.errors.noHtml": "Write the text without HTML code.",
};

registerMessages({ it, en });
