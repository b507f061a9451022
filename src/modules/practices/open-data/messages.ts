// Strings of the open-data page, the Atom and RSS feeds and the import of practices, in Italian and
// English.
import { registerMessages } from "../../../platform/i18n/index.ts";

const it = {
  "layout.openData": "Dati aperti",
  "openData.title": "Dati aperti",
  "openData.lead":
    "Le buone pratiche pubbliche e i bandi di ogni rete, liberamente riutilizzabili con licenza CC BY 4.0. Non contengono dati di contatto.",
  "openData.catalogue": "Catalogo DCAT-AP_IT (JSON-LD)",
  "openData.catalogueHint": "Per i portali di dati aperti: descrive ogni raccolta e i suoi formati.",
  "openData.feed": "Nuove buone pratiche (feed Atom)",
  "openData.feedRss": "Nuove buone pratiche (feed RSS)",
  "openData.datasets": "Raccolte per rete",
  "openData.tableCaption": "Raccolte di dati della rete {network} e formati disponibili",
  "openData.dataset": "Raccolta",
  "openData.formats": "Formati",
  "openData.practices": "Buone pratiche",
  "openData.funding": "Bandi e finanziamenti",
  "openData.download": "{dataset} in {format}",
  "openData.noNetworks": "Non ci sono ancora reti.",
  "openData.licence": "Licenza: Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0).",
  "openData.feedTitle": "Bottega: nuove buone pratiche",
  "openData.feedSubtitle": "Le buone pratiche pubblicate più di recente nelle reti.",
};

const en: typeof it = {
  "layout.openData": "Open data",
  "openData.title": "Open data",
  "openData.lead":
    "Every network's public good practices and funding calls, free to reuse under CC BY 4.0. They contain no contact details.",
  "openData.catalogue": "DCAT-AP_IT catalogue (JSON-LD)",
  "openData.catalogueHint": "For open-data portals: describes each collection and its formats.",
  "openData.feed": "New good practices (Atom feed)",
  "openData.feedRss": "New good practices (RSS feed)",
  "openData.datasets": "Collections by network",
  "openData.tableCaption": "Data collections of the {network} network and their formats",
  "openData.dataset": "Collection",
  "openData.formats": "Formats",
  "openData.practices": "Good practices",
  "openData.funding": "Funding calls",
  "openData.download": "{dataset} in {format}",
  "openData.noNetworks": "There are no networks yet.",
  "openData.licence": "Licence: Creative Commons Attribution 4.0 International (CC BY 4.0).",
  "openData.feedTitle": "Bottega: new good practices",
  "openData.feedSubtitle": "The good practices most recently published in the networks.",
};

registerMessages({ it, en });
