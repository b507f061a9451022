// The benchmark's queries, drawn from the generated corpus: common and rare single words, phrases
// (quoted and not), typos of title words, words with filters, theme words (labels and their usual
// variants, which issue 14 indexes with every practice of the theme) and partial matches (words no
// practice holds all of: partial.ts). At least 500, distinct (the two newer kinds within their kind).
import { THEMES } from "../../src/modules/practices/themes.ts";
import type { Corpus } from "./corpus.ts";

export type BenchQuery = { kind: string; params: Record<string, string> };

/**
 * 40 theme words: the themes' labels in Italian and English (as the interface shows them today) and
 * the variants people type (no accent, singular, a synonym). Written out here, not read from the
 * catalogue: the benchmark measures the same queries before and after the vocabulary changes.
 */
export const THEME_WORDS = [
  "inclusione",
  "accessibilità",
  "coinvolgimento multicanale dei pubblici",
  "social media",
  "dati aperti",
  "smart city",
  "valorizzazione del patrimonio",
  "biblioteche",
  "musei",
  "finanziamenti",
  "competenze digitali",
  "partecipazione",
  "turismo",
  "comunicazione",
  "inclusion",
  "accessibility",
  "multichannel audience engagement",
  "open data",
  "heritage valorisation",
  "libraries",
  "museums",
  "funding",
  "digital skills",
  "participation",
  "tourism",
  "communication",
  "accessibilita",
  "citta intelligente",
  "patrimonio culturale",
  "patrimonio",
  "heritage",
  "audience engagement",
  "coinvolgimento del pubblico",
  "biblioteca",
  "museo",
  "library",
  "museum",
  "finanziamento",
  "accessible",
  "inclusive",
];

export function buildQueries(
  c: Corpus,
  titles: string[],
  rand: () => number,
  networks: string[],
  partialMatches: string[][] = [],
): BenchQuery[] {
  const out = new Map<string, BenchQuery>();
  // `own`: distinct within its kind only. The theme words include common words ("biblioteca",
  // "museo") that other kinds already hold; measured under both, the older kinds stay as they were.
  const add = (kind: string, params: Record<string, string>, own = false) => {
    const key = `${own ? kind : ""}|${new URLSearchParams(params).toString()}`;
    if (!out.has(key)) out.set(key, { kind, params });
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const long = (w: string) => w.length >= 4;
  const it = c.it.words;
  const en = c.en.words;
  for (const w of it.slice(0, 60).filter(long)) add("common word", { q: w });
  for (const w of en.slice(0, 30).filter(long)) add("common word", { q: w });
  for (let i = 0; i < 100; i++)
    add("mid word", { q: pick(rand() < 0.7 ? it.slice(100, 600) : en.slice(60, 200)) });
  for (let i = 0; i < 100; i++) add("rare word", { q: pick(rand() < 0.7 ? it.slice(1500) : en.slice(400)) });
  const pairs: string[] = [];
  for (const t of titles) {
    const ws = t.toLowerCase().split(/\s+/).filter(long);
    for (let i = 0; i + 1 < ws.length; i++) pairs.push(`${ws[i]} ${ws[i + 1]}`);
  }
  for (let i = 0; i < 40; i++) add("quoted phrase", { q: `"${pick(pairs)}"` });
  for (let i = 0; i < 60; i++) add("two words", { q: pick(pairs) });
  const typo = (w: string) => {
    const k = 1 + Math.floor(rand() * (w.length - 2));
    return rand() < 0.5 ? w.slice(0, k) + w.slice(k + 1) : w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2);
  };
  const titleWords = [
    ...new Set(titles.flatMap((t) => t.toLowerCase().split(/\s+/)).filter((w) => /^[a-z]{7,}$/.test(w))),
  ];
  for (let i = 0; i < 70; i++) add("typo", { q: typo(pick(titleWords)) });
  const filters: (() => Record<string, string>)[] = [
    () => ({ theme: pick(THEMES) }),
    () => ({ country: pick(["IT", "FR", "ES", "DE"]) }),
    () => ({ year: String(2005 + Math.floor(rand() * 21)) }),
    () => ({ language: pick(["it", "en"]) }),
    () => ({ orgType: pick(["museum", "library", "municipality"]) }),
    () => ({ network: pick(networks) }),
    () => ({ theme: pick(THEMES), year: String(2010 + Math.floor(rand() * 15)), country: "IT" }),
  ];
  for (let i = 0; i < 90; i++)
    add("word + filters", {
      q: pick(rand() < 0.5 ? it.slice(0, 80) : it.slice(80, 800)),
      ...pick(filters)(),
    });
  for (let i = 0; i < 15; i++) add("filters only", { ...pick(filters)(), sort: "date" });
  for (const w of THEME_WORDS) add("theme word", { q: w }, true);
  for (const words of partialMatches) add("partial match", { q: words.join(" ") }, true);
  return [...out.values()];
}
