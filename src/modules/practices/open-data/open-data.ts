// The instance's DCAT-AP_IT catalogue (JSON-LD with an inline context, so it is processed offline).
// A practice is not a dataset: the collections are. Each network has two datasets — its good
// practices and its funding calls — each with CSV, JSON and JSON-LD distributions. Every node is
// typed as DCAT-AP 3 expects, and controlled values come from the EU vocabularies DCAT-AP_IT asks for:
// data themes, frequency, file types, languages and licences (publications.europa.eu authority
// tables). The test validates the result against the official DCAT-AP 3.0.1 SHACL shapes.

const EU = "http://publications.europa.eu/resource/authority";
export const VOCAB = {
  dataTheme: `${EU}/data-theme`,
  theme: (code: "EDUC" | "SOCI" | "GOVE" | "ECON") => `${EU}/data-theme/${code}`,
  frequency: (code: "IRREG" | "UPDATE_CONT") => `${EU}/frequency/${code}`,
  fileType: (code: "CSV" | "JSON" | "JSON_LD") => `${EU}/file-type/${code}`,
  language: (code: "ITA" | "ENG") => `${EU}/language/${code}`,
  licence: `${EU}/licence/CC_BY_4_0`,
} as const;

const THEME_LABELS = {
  EDUC: "Istruzione, cultura e sport",
  SOCI: "Popolazione e società",
  GOVE: "Governo e settore pubblico",
  ECON: "Economia e finanze",
} as const;

export const CONTEXT = {
  dcat: "http://www.w3.org/ns/dcat#",
  dct: "http://purl.org/dc/terms/",
  dcatapit: "http://dati.gov.it/onto/dcatapit#",
  foaf: "http://xmlns.com/foaf/0.1/",
  vcard: "http://www.w3.org/2006/vcard/ns#",
  skos: "http://www.w3.org/2004/02/skos/core#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
} as const;

export type Format = "csv" | "json" | "jsonld";
export const FORMATS: Record<
  Format,
  { fileType: "CSV" | "JSON" | "JSON_LD"; mediaType: string; label: string }
> = {
  csv: { fileType: "CSV", mediaType: "text/csv", label: "CSV" },
  json: { fileType: "JSON", mediaType: "application/json", label: "JSON" },
  jsonld: { fileType: "JSON_LD", mediaType: "application/ld+json", label: "JSON-LD" },
};
export type Collection = "practices" | "funding";

export const distributionUrl = (base: string, networkSlug: string, what: Collection, f: Format) =>
  `${base}/open-data/${networkSlug}/${what}.${f}`;

export type CatalogueNetwork = {
  slug: string;
  name: string;
  description: string | null;
  /** Last change of the network's public practices and calls (or of the network itself). */
  practicesModified: Date;
  fundingModified: Date;
};

const bi = (it: string, en: string) => [
  { "@value": it, "@language": "it" },
  { "@value": en, "@language": "en" },
];
const date = (d: Date) => ({ "@value": d.toISOString().slice(0, 10), "@type": "xsd:date" });
const ref = (id: string) => ({ "@id": id });

/** The catalogue as a JSON-LD document (`@graph` of typed nodes). */
export function buildCatalogue(o: {
  baseUrl: string;
  instanceName: string;
  networks: CatalogueNetwork[];
  now: Date;
}) {
  const base = o.baseUrl;
  const catalogId = `${base}/open-data/catalog`;
  const instanceAgent = `${base}/#publisher`;
  const graph: Record<string, unknown>[] = [];
  const datasets: string[] = [];
  // Home and landing pages are foaf:Document nodes (DCAT-AP's class constraint on those properties).
  const documents = new Set<string>();
  const page = (url: string) => {
    documents.add(url);
    return ref(url);
  };

  for (const n of o.networks) {
    const agent = `${base}/networks/${n.slug}#agent`;
    const contact = `${base}/networks/${n.slug}#contact`;
    graph.push(
      {
        "@id": agent,
        "@type": ["foaf:Agent", "foaf:Organization", "dcatapit:Agent"],
        "foaf:name": n.name,
        "dct:identifier": `${base}/networks/${n.slug}`,
        "foaf:homepage": page(`${base}/networks/${n.slug}`),
      },
      {
        "@id": contact,
        "@type": ["vcard:Organization", "vcard:Kind", "dcatapit:Organization"],
        "vcard:fn": n.name,
        "vcard:hasURL": ref(`${base}/networks/${n.slug}`),
      },
    );
    const collections: {
      what: Collection;
      title: [string, string];
      description: [string, string];
      themes: ("EDUC" | "SOCI" | "GOVE" | "ECON")[];
      keywords: [string, string][];
      landing: string;
      modified: Date;
    }[] = [
      {
        what: "practices",
        title: [`Buone pratiche della rete ${n.name}`, `Good practices of the ${n.name} network`],
        description: [
          `Le buone pratiche pubbliche e pubblicate della rete ${n.name}: titolo, sintesi, organizzazione, luogo, anni, temi, problema, soluzione, risultati e sito web. Non contiene dati di contatto.`,
          `The public, published good practices of the ${n.name} network: title, summary, organisation, place, years, themes, problem, solution, results and website. No contact details.`,
        ],
        themes: ["EDUC", "SOCI", "GOVE"],
        keywords: [
          ["buone pratiche", "good practices"],
          ["pubblica amministrazione", "public administration"],
          ["cultura", "culture"],
        ],
        landing: `${base}/practices?network=${encodeURIComponent(n.slug)}`,
        modified: n.practicesModified,
      },
      {
        what: "funding",
        title: [`Bandi e finanziamenti della rete ${n.name}`, `Funding calls of the ${n.name} network`],
        description: [
          `I bandi pubblici segnalati dalla rete ${n.name}: programma, scadenza, soggetti ammessi, dotazione e pagina ufficiale.`,
          `The public funding calls reported by the ${n.name} network: programme, deadline, eligible bodies, budget and official page.`,
        ],
        themes: ["ECON", "GOVE"],
        keywords: [
          ["finanziamenti", "funding"],
          ["bandi", "calls for proposals"],
        ],
        landing: `${base}/funding`,
        modified: n.fundingModified,
      },
    ];
    for (const col of collections) {
      const id = `${base}/open-data/${n.slug}/${col.what}`;
      datasets.push(id);
      const distributions = (Object.keys(FORMATS) as Format[]).map((f) => {
        const url = distributionUrl(base, n.slug, col.what, f);
        graph.push({
          "@id": `${url}#distribution`,
          "@type": ["dcat:Distribution", "dcatapit:Distribution"],
          "dct:title": bi(`${col.title[0]} (${FORMATS[f].label})`, `${col.title[1]} (${FORMATS[f].label})`),
          "dct:description": bi(col.description[0], col.description[1]),
          "dcat:accessURL": ref(url),
          "dcat:downloadURL": ref(url),
          "dct:format": ref(VOCAB.fileType(FORMATS[f].fileType)),
          "dcat:mediaType": ref(`https://www.iana.org/assignments/media-types/${FORMATS[f].mediaType}`),
          "dct:license": ref(VOCAB.licence),
          "dct:modified": date(col.modified),
        });
        return ref(`${url}#distribution`);
      });
      graph.push({
        "@id": id,
        "@type": ["dcat:Dataset", "dcatapit:Dataset"],
        "dct:identifier": id,
        "dct:title": bi(col.title[0], col.title[1]),
        "dct:description": bi(col.description[0], col.description[1]),
        "dct:publisher": ref(agent),
        "dct:rightsHolder": ref(agent),
        "dct:modified": date(col.modified),
        "dcat:theme": col.themes.map((c) => ref(VOCAB.theme(c))),
        "dct:accrualPeriodicity": ref(VOCAB.frequency("IRREG")),
        "dct:language": [ref(VOCAB.language("ITA")), ref(VOCAB.language("ENG"))],
        "dcat:keyword": col.keywords.flatMap(([it, en]) => bi(it, en)),
        "dcat:landingPage": page(col.landing),
        "dcat:contactPoint": ref(contact),
        "dcat:distribution": distributions,
      });
    }
  }

  const modified = new Date(
    Math.max(
      0,
      ...o.networks
        .flatMap((n) => [n.practicesModified, n.fundingModified])
        .map((d) => d.getTime())
        .filter((ms) => ms <= o.now.getTime()),
    ),
  );

  graph.unshift(
    {
      "@id": catalogId,
      "@type": ["dcat:Catalog", "dcatapit:Catalog"],
      "dct:identifier": catalogId,
      "dct:title": bi(
        `Catalogo dei dati aperti di ${o.instanceName}`,
        `${o.instanceName} open data catalogue`,
      ),
      "dct:description": bi(
        "Le buone pratiche e i bandi di finanziamento delle reti di pubbliche amministrazioni e istituzioni culturali, una raccolta per rete, in CSV, JSON e JSON-LD.",
        "Good practices and funding calls of the networks of public administrations and cultural institutions, one collection per network, in CSV, JSON and JSON-LD.",
      ),
      "dct:publisher": ref(instanceAgent),
      "dct:rightsHolder": ref(instanceAgent),
      "dct:modified": date(modified),
      "dct:language": [ref(VOCAB.language("ITA")), ref(VOCAB.language("ENG"))],
      "dct:license": ref(VOCAB.licence),
      "foaf:homepage": page(`${base}/open-data`),
      "dcat:themeTaxonomy": ref(VOCAB.dataTheme),
      "dcat:dataset": datasets.map(ref),
    },
    {
      "@id": instanceAgent,
      "@type": ["foaf:Agent", "foaf:Organization", "dcatapit:Agent"],
      "foaf:name": o.instanceName,
      "dct:identifier": base,
      "foaf:homepage": page(`${base}/`),
    },
    {
      "@id": VOCAB.dataTheme,
      "@type": "skos:ConceptScheme",
      "dct:title": { "@value": "Data theme", "@language": "en" },
    },
    ...(Object.keys(THEME_LABELS) as (keyof typeof THEME_LABELS)[]).map((code) => ({
      "@id": VOCAB.theme(code),
      "@type": "skos:Concept",
      "skos:prefLabel": { "@value": THEME_LABELS[code], "@language": "it" },
      "skos:inScheme": ref(VOCAB.dataTheme),
    })),
    {
      "@id": VOCAB.frequency("IRREG"),
      "@type": ["dct:Frequency", "skos:Concept"],
      "skos:prefLabel": { "@value": "irregolare", "@language": "it" },
      "skos:inScheme": ref(`${EU}/frequency`),
    },
    ...(Object.values(FORMATS) as (typeof FORMATS)[Format][]).flatMap((f) => [
      {
        "@id": VOCAB.fileType(f.fileType),
        "@type": ["dct:MediaTypeOrExtent", "skos:Concept"],
        "skos:prefLabel": f.label,
        "skos:inScheme": ref(`${EU}/file-type`),
      },
      {
        "@id": `https://www.iana.org/assignments/media-types/${f.mediaType}`,
        "@type": "dct:MediaType",
      },
    ]),
    {
      "@id": VOCAB.licence,
      "@type": ["dct:LicenseDocument", "skos:Concept"],
      "dct:title": { "@value": "Creative Commons Attribution 4.0 International", "@language": "en" },
      "dct:type": ref("http://purl.org/adms/licencetype/Attribution"),
      "skos:prefLabel": "CC BY 4.0",
    },
    {
      "@id": "http://purl.org/adms/licencetype/Attribution",
      "@type": "skos:Concept",
      "skos:prefLabel": { "@value": "Attribution", "@language": "en" },
    },
    ...(["ITA", "ENG"] as const).map((code) => ({
      "@id": VOCAB.language(code),
      "@type": ["dct:LinguisticSystem", "skos:Concept"],
      "skos:prefLabel": code === "ITA" ? "italiano" : "English",
    })),
  );
  for (const url of documents) graph.push({ "@id": url, "@type": "foaf:Document" });
  return { "@context": CONTEXT, "@graph": graph };
}
