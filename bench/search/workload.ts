// The benchmark's queries for a catalogue generated earlier (`run.ts --keep NAME --insert-only`),
// without inserting anything: the generator is deterministic, so generating every practice again
// draws the same titles and the same partial-match word sets (partial.ts) as run.ts does.
import { buildCorpus, type Corpus, generatePractice, prng } from "./corpus.ts";
import { CoOccurrence } from "./partial.ts";
import { type BenchQuery, buildQueries } from "./queries.ts";

/**
 * Rare derived words of the long tail, watched for the partial-match queries (partial.ts): only
 * suffixes the stemmers keep (Italian -one but not -zione, -etto, -ina, -ario; English -ship,
 * -ward, -hood), so a word's stem is not the stem of its common base word.
 */
export function partialWatch(corpus: Corpus): CoOccurrence {
  const watch = (words: string[], from: number, suffix: RegExp) =>
    words
      .slice(from)
      .filter((w) => /^\p{L}{6,}$/u.test(w) && suffix.test(w))
      .slice(0, 400);
  return new CoOccurrence({
    it: watch(corpus.it.words, 1500, /((?<!zi)one|etto|ina|ario)$/),
    en: watch(corpus.en.words, 400, /(ship|ward|hood)$/),
  });
}

/** The queries run.ts sends for a catalogue of `rows` generated practices. */
export function benchWorkload(rows: number): BenchQuery[] {
  const corpus = buildCorpus();
  const together = partialWatch(corpus);
  const rand = prng(42);
  const titles: string[] = [];
  const networks = Array.from({ length: 5 }, (_, i) => `network-${i}`);
  for (let k = 0; k < rows; k++) {
    const row = generatePractice(corpus, rand, k, networks, 0);
    if (titles.length < 5000) titles.push(row.title);
    together.add(k, row);
  }
  return buildQueries(
    corpus,
    titles,
    prng(7),
    Array.from({ length: 5 }, (_, i) => `rete-${i}`),
    together.pick(40, prng(11), Math.max(2, Math.round(rows / 5000))),
  );
}
