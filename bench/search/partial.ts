// Words that never occur together in one generated practice, for the "partial match" queries (issue
// 14: a many-word query whose words no practice holds all of, answered by practices holding most of
// them). While the corpus is generated, records which practices hold each of a sample of rare words
// (as written: stems may still join a word with another form of it), then draws sets of 2–3 words of
// one language whose practices are disjoint.
import type { NewPracticeRow } from "../../src/modules/practices/catalogue/repo.ts";

const fold = (w: string) =>
  w
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/** Whether two ascending lists of practice numbers share one. */
function meet(a: number[], b: number[]): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) return true;
    if (a[i]! < b[j]!) i++;
    else j++;
  }
  return false;
}

export class CoOccurrence {
  private readonly seen = new Map<string, number[]>();
  private readonly language = new Map<string, string>();

  /** `candidates`: the words to watch, by language. */
  constructor(candidates: Record<string, string[]>) {
    for (const [lang, words] of Object.entries(candidates))
      for (const w of words) {
        this.seen.set(w, []);
        this.language.set(w, lang);
      }
  }

  /** Records the watched words practice number `i` holds (practices are added in ascending order). */
  add(i: number, row: NewPracticeRow): void {
    const text = [
      row.title,
      row.summary,
      row.place,
      row.problem,
      row.solution,
      row.resources,
      row.results,
      row.transferability,
      row.lessons,
    ].join(" ");
    for (const w of text.toLowerCase().split(/[^\p{L}]+/u)) {
      const list = this.seen.get(w);
      if (list && list[list.length - 1] !== i) list.push(i);
    }
  }

  /**
   * `n` sets of 2 or 3 words of one language, each word in at least `min` practices, no two of a set
   * ever in the same practice nor sharing their first five letters (a likely common stem).
   */
  pick(n: number, rand: () => number, min: number): string[][] {
    const eligible = [...this.seen].filter(([, l]) => l.length >= min).map(([w]) => w);
    for (let i = eligible.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [eligible[i], eligible[j]] = [eligible[j]!, eligible[i]!];
    }
    const out: string[][] = [];
    const used = new Set<string>();
    for (let attempt = 0; out.length < n && attempt < n * 200; attempt++) {
      const first = eligible[Math.floor(rand() * eligible.length)];
      if (!first || used.has(first)) continue;
      const size = rand() < 0.6 ? 2 : 3;
      const set = [first];
      for (const w of eligible) {
        if (set.length === size) break;
        if (used.has(w) || this.language.get(w) !== this.language.get(first)) continue;
        if (set.some((s) => s === w || fold(s).slice(0, 5) === fold(w).slice(0, 5))) continue;
        if (set.some((s) => meet(this.seen.get(s)!, this.seen.get(w)!))) continue;
        set.push(w);
      }
      if (set.length < size) continue;
      for (const w of set) used.add(w);
      out.push(set);
    }
    return out;
  }
}
