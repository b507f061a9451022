// Matching a typed organisation name to the organisations that exist (issue 14, item 6; decision
// 0034): a report says "Museo civico di Bassano" and the directory has "Museo Civico Bassano del
// Grappa". Names are compared normalised — no accents, no case, no punctuation, without the little
// words (di, del, the, of…) — on their words (Dice coefficient) and on their letter trigrams (which
// forgive a typo or an abbreviation), and the best few are offered for a person to confirm: the
// match is a suggestion, never applied on its own.

const LITTLE_WORDS = new Set([
  "a",
  "al",
  "alla",
  "and",
  "d",
  "da",
  "dal",
  "de",
  "degli",
  "dei",
  "del",
  "della",
  "delle",
  "dello",
  "di",
  "e",
  "ed",
  "for",
  "gli",
  "i",
  "il",
  "in",
  "l",
  "la",
  "le",
  "lo",
  "of",
  "per",
  "the",
]);

/** A name as it is compared: lower case, no accents or punctuation, single spaces. */
export function normaliseName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const wordsOf = (normal: string) => normal.split(" ").filter((w) => w && !LITTLE_WORDS.has(w));

function trigrams(words: string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    const padded = `  ${w} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

const dice = <T>(a: Set<T>, b: Set<T>) => {
  if (!a.size || !b.size) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return (2 * common) / (a.size + b.size);
};

/** How alike two names are, from 0 to 1 (1: the same once normalised). */
export function nameSimilarity(a: string, b: string): number {
  const na = normaliseName(a);
  const nb = normaliseName(b);
  if (!na || !nb) return 0;
  if (na === nb) return 1;
  const wa = wordsOf(na);
  const wb = wordsOf(nb);
  const words = dice(new Set(wa), new Set(wb));
  const letters = dice(trigrams(wa), trigrams(wb));
  // Just short of 1: only the same name is a certain match.
  return Math.min(0.99, 0.4 * words + 0.6 * letters);
}

/** Below this a name is not offered as a match at all. */
export const MATCH_FLOOR = 0.35;

/** The `limit` most alike of `candidates` for `name`, best first, none under MATCH_FLOOR. */
export function bestMatches<C extends { name: string }>(
  name: string,
  candidates: readonly C[],
  limit: number,
): (C & { score: number })[] {
  return candidates
    .map((c) => ({ ...c, score: nameSimilarity(name, c.name) }))
    .filter((c) => c.score >= MATCH_FLOOR)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, limit);
}
