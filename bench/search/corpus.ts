// Generated practices for the search benchmark: mixed Italian (70 %) and English (30 %), realistic
// lengths (~240 words a practice: title 6–12, summary 30–60, problem/solution/results 30–60 each,
// place/resources/transferability/lessons shorter), words drawn with a Zipf-like law (weight 1/r^1.05)
// from a vocabulary built from the seed documents' words (seed-words.txt) plus domain terms, so a few words are very
// common (the expensive queries) and most are rare. Deterministic (seeded PRNG).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { NewPracticeRow } from "../../src/modules/practices/catalogue/repo.ts";
import { THEMES } from "../../src/modules/practices/themes.ts";

export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const IT_DOMAIN = `biblioteca biblioteche museo musei comune comuni archivio archivi patrimonio culturale cittadini
cittadinanza partecipazione inclusione accessibilità digitale digitali dati aperti open data territorio territoriale
comunicazione social media rete reti progetto progetti laboratorio laboratori formazione competenze scuole giovani
anziani famiglie volontari associazioni turismo sostenibile valorizzazione mostra mostre visite guidate pubblico
pubblici coinvolgimento multicanale servizi sportello piattaforma applicazione mappa mappe sensori mobilità città
quartiere quartieri periferie rigenerazione urbana bando bandi finanziamento finanziamenti fondi europei regione
provincia unione università ricerca innovazione amministrazione trasparenza lettura lettori prestito prestiti catalogo
collezioni restauro memoria storia fotografie podcast video sottotitoli audiodescrizione disabilità sordi ciechi
linguaggio semplice co-progettazione tavolo tecnico facilitazione valutazione impatto risultati indicatori costi
risorse personale ore settimana mesi anni edizione partner protocollo accordo convenzione sindaci comunicatori
bibliotecari giornalisti redazione calendario editoriale notizie newsletter eventi incontro incontri seminario
webinar corso corsi percorso percorsi certificazione esperti consulenza ospitalità accoglienza migranti intercultura
lingue traduzione orari aperture serali sabato domenica biglietto gratuito abbonamento tessera card sconto`;

const EN_WORDS = `library libraries museum museums municipality council city cities citizens community communities
heritage cultural culture participation inclusion accessibility digital open data platform network networks
project projects workshop workshops training skills schools young people older families volunteers associations
tourism sustainable visitors audience audiences engagement multichannel services desk app map maps sensors mobility
neighbourhood neighbourhoods regeneration urban call funding grants european region province university research
innovation administration transparency reading readers loans catalogue collections restoration memory history
photographs podcast videos captions audio description disability deaf blind plain language co-design working table
facilitation evaluation impact results indicators costs resources staff hours week months years edition partners
agreement mayors communicators librarians journalists editorial calendar news newsletter events meeting meetings
seminar webinar course courses pathway certification experts advice hospitality welcome migrants intercultural
languages translation opening hours evening weekend ticket free membership card discount the of and to in for with
on by from about as at this that these their our was were has have been will would can could more most new first
local public shared joint small large rural coastal mountain historic centre center office team service started
launched built created improved reached increased reduced offered organised organized involved supported managed`;

const EN_FILLER = "the of and to in for with on by a an is are".split(" ");
const IT_FILLER = "il la le lo gli di del della delle dei e a in per con su da un una è sono che".split(" ");

/** The seed documents' words, each as often as it occurs there (seed-words.txt: "word count" lines). */
function seedWords(wordsFile: string): string[] {
  const words: string[] = [];
  for (const line of readFileSync(wordsFile, "utf8").split("\n")) {
    const [w, n] = line.split(" ");
    if (!w || w.startsWith("#")) continue;
    for (let i = 0; i < Number(n); i++) words.push(w);
  }
  return words;
}

/** The word list vendored beside this file (derived once from the five seed documents). */
export const SEED_WORDS = path.join(import.meta.dirname, "seed-words.txt");

/** Distinct words ordered by a rough frequency (seed-text counts first, then domain terms). */
function rankByFrequency(words: string[]): string[] {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w);
}

/** Italian vocabulary: domain terms interleaved with the seeds' words, and enlarged with derived forms. */
function italianVocabulary(wordsFile: string): string[] {
  const domain = IT_DOMAIN.split(/\s+/).filter(Boolean);
  const seeds = rankByFrequency(seedWords(wordsFile)).filter((w) => !IT_FILLER.includes(w));
  const base = [
    ...new Set([...domain.slice(0, 40), ...seeds.slice(0, 60), ...domain.slice(40), ...seeds.slice(60)]),
  ];
  // Seeds give ~1,500 distinct words; real catalogues have tens of thousands. Derived forms
  // (suffixes) and compounds keep a Zipf tail of rare words that stemming does not all merge.
  const suffixes = ["zione", "mente", "ista", "ismo", "ale", "ario", "etto", "ina", "one", "ità"];
  const rare: string[] = [];
  for (const w of base) for (const s of suffixes) rare.push(w.replace(/[aeiou]$/, "") + s);
  return [...base, ...rare];
}

function englishVocabulary(): string[] {
  const base = [...new Set(EN_WORDS.split(/\s+/).filter((w) => w && !EN_FILLER.includes(w)))];
  const suffixes = ["ness", "ship", "ment", "ward", "ful", "less", "ing", "ist", "ity", "hood"];
  const rare: string[] = [];
  for (const w of base) for (const s of suffixes) rare.push(w.replace(/e$/, "") + s);
  return [...base, ...rare];
}

/** Draws words with probability ∝ 1/rank^s (cumulative table + binary search). */
export class Zipf {
  private readonly cumulative: Float64Array;
  constructor(
    readonly words: string[],
    s = 1.05,
  ) {
    this.cumulative = new Float64Array(words.length);
    let sum = 0;
    for (let i = 0; i < words.length; i++) this.cumulative[i] = sum += 1 / (i + 1) ** s;
    for (let i = 0; i < words.length; i++) this.cumulative[i]! /= sum;
  }
  draw(r: number): string {
    let lo = 0;
    let hi = this.words.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return this.words[lo]!;
  }
}

export type Corpus = { it: Zipf; en: Zipf };

export function buildCorpus(wordsFile: string = SEED_WORDS): Corpus {
  return { it: new Zipf(italianVocabulary(wordsFile)), en: new Zipf(englishVocabulary()) };
}

const COUNTRIES = ["IT", "IT", "IT", "IT", "IT", "IT", "FR", "ES", "DE", "PT", "GR", "SI", "AT", "NL", "BE"];
const ORG_TYPES = [
  "municipality",
  "museum",
  "library",
  "region",
  "university",
  "association",
  "archive",
  "province",
] as const;

export function generatePractice(
  c: Corpus,
  rand: () => number,
  i: number,
  networks: string[],
  now: number,
): NewPracticeRow {
  const language = rand() < 0.7 ? "it" : "en";
  const z = language === "it" ? c.it : c.en;
  const filler = language === "it" ? IT_FILLER : EN_FILLER;
  const between = (a: number, b: number) => a + Math.floor(rand() * (b - a + 1));
  const text = (min: number, max: number) => {
    const n = between(min, max);
    const out: string[] = [];
    for (let k = 0; k < n; k++)
      out.push(rand() < 0.3 ? filler[Math.floor(rand() * filler.length)]! : z.draw(rand()));
    const s = out.join(" ");
    return s.charAt(0).toUpperCase() + s.slice(1);
  };
  const title = text(6, 12).slice(0, 150);
  const summary = `${text(30, 60)}.`.slice(0, 500);
  const start = between(2005, 2025);
  const themes = [...new Set([THEMES[between(0, 13)]!, ...(rand() < 0.5 ? [THEMES[between(0, 13)]!] : [])])];
  const visRoll = rand();
  const created = new Date(now - (100_000 - i) * 60_000);
  return {
    id: crypto.randomUUID(),
    slug: `bench-${i}`,
    title,
    summary,
    place: text(1, 3),
    country: COUNTRIES[between(0, COUNTRIES.length - 1)]!,
    start_year: start,
    end_year: rand() < 0.4 ? null : Math.min(2026, start + between(0, 5)),
    problem: `${text(30, 60)}.`,
    solution: `${text(30, 60)}.\n\n- ${text(5, 10)}\n- ${text(5, 10)}`,
    resources: `${text(8, 20)}.`,
    results: `${text(20, 45)}.`,
    transferability: `${text(8, 20)}.`,
    lessons: `${text(8, 20)}.`,
    contact: `contatto-${i}@example.org`,
    website: rand() < 0.5 ? `https://example.org/${i}` : null,
    links: "[]",
    themes,
    org_types: [ORG_TYPES[between(0, ORG_TYPES.length - 1)]!],
    language,
    network_id: rand() < 0.8 ? networks[between(0, networks.length - 1)]! : null,
    visibility: visRoll < 0.85 ? "public" : visRoll < 0.95 ? "network" : "pa",
    status: "published",
    published_at: created,
    created_by: null,
    created_at: created,
    updated_at: created,
  };
}
