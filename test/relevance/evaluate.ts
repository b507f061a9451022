// Scores the catalogue's search on a set of practices and judged queries: loads the practices through
// the catalogue's own service (so the search index is built as in production), asks every query as
// an anonymous visitor would (`searchPractices`, first page of 20), and computes top-5 hit rate,
// recall@20 for theme-word queries and nDCG@10 (metrics.ts). Used by test/relevance.test.ts and by
// the `npm run relevance` script (cli.ts).
import { createPractice, searchPractices } from "../../src/modules/practices/index.ts";
import type { Deps } from "../../src/platform/deps.ts";
import type { FixturePractice, FixtureQuery } from "./fixture.ts";
import { hitAt, ndcgAt, RELEVANT, recallAt } from "./metrics.ts";

const PAGE = 20;

/** Stores the practices, published and public; returns each fixture id → its slug. */
export async function loadPractices(deps: Deps, practices: FixturePractice[]): Promise<Map<string, string>> {
  const slugs = new Map<string, string>();
  for (const p of practices) {
    if (slugs.has(p.id)) throw new Error(`practice id ${p.id} given twice`);
    const stored = await createPractice(
      deps,
      {
        title: p.title,
        summary: p.summary,
        language: p.language,
        place: p.place,
        country: p.country,
        startYear: p.years[0],
        endYear: p.years[1],
        themes: p.themes,
        problem: p.problem,
        solution: p.solution,
        results: p.results,
        resources: p.resources,
        transferability: p.transferability,
        lessons: p.lessons,
        visibility: "public",
      },
      { status: "published" },
    );
    slugs.set(p.id, stored.slug);
  }
  return slugs;
}

/** Every practice an anonymous visitor sees, by slug. */
async function visibleSlugs(deps: Deps): Promise<Set<string>> {
  const out = new Set<string>();
  for (let page = 1; ; page++) {
    const r = await searchPractices(deps, null, { limit: 100, page, sort: "date" });
    for (const i of r.items) out.add(i.slug);
    if (r.items.length < 100) return out;
  }
}

export type QueryScore = {
  id: string;
  q: string;
  kinds: string[];
  /** The first page's practices as fixture references (the id, or the slug of a practice outside the file). */
  ranked: string[];
  total: number;
  hit5: 0 | 1;
  recall20: { found: number; relevant: number; recall: number } | null;
  ndcg10: number;
  /** Practices graded ≥ 2 missing from the first page, best graded first. */
  missing: string[];
};

export type RelevanceReport = {
  practices: number;
  queries: number;
  top5HitRate: number;
  /** Pooled over theme-word queries: found ÷ min(relevant, 20), summed over those queries. */
  recall20Theme: number;
  themeQueries: number;
  ndcg10: number;
  perQuery: QueryScore[];
};

/**
 * Runs the queries on what `deps` holds. `slugs` maps fixture ids to slugs; any other visible practice
 * is referred to by its slug (the demo catalogue's judgments use slugs). A judgment naming a practice
 * that is not visible is an error: a misspelt id would otherwise count as a silent 0.
 */
export async function evaluate(
  deps: Deps,
  queries: FixtureQuery[],
  slugs: Map<string, string>,
): Promise<RelevanceReport> {
  const visible = await visibleSlugs(deps);
  const refOf = new Map<string, string>([...visible].map((s) => [s, s]));
  for (const [id, slug] of slugs) refOf.set(slug, id);
  const known = new Set(refOf.values());
  for (const q of queries)
    for (const ref of Object.keys(q.grades))
      if (!known.has(ref)) throw new Error(`query ${q.id}: judged practice "${ref}" is not in the catalogue`);

  const perQuery: QueryScore[] = [];
  for (const q of queries) {
    const r = await searchPractices(deps, null, { q: q.q, limit: PAGE });
    const ranked = r.items.map((i) => refOf.get(i.slug) ?? i.slug);
    const relevant = Object.entries(q.grades)
      .filter(([, g]) => g >= RELEVANT)
      .sort((a, b) => b[1] - a[1])
      .map(([ref]) => ref);
    perQuery.push({
      id: q.id,
      q: q.q,
      kinds: q.kinds,
      ranked,
      total: r.total,
      hit5: hitAt(ranked, q.grades, 5),
      recall20: q.kinds.includes("theme") ? recallAt(ranked, q.grades, PAGE) : null,
      ndcg10: ndcgAt(ranked, q.grades, 10),
      missing: relevant.filter((ref) => !ranked.includes(ref)),
    });
  }
  const themed = perQuery.filter((s) => s.recall20);
  const found = themed.reduce((n, s) => n + s.recall20!.found, 0);
  const wanted = themed.reduce((n, s) => n + Math.min(s.recall20!.relevant, PAGE), 0);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  return {
    practices: visible.size,
    queries: perQuery.length,
    top5HitRate: mean(perQuery.map((s) => s.hit5)),
    recall20Theme: wanted ? found / wanted : 1,
    themeQueries: themed.length,
    ndcg10: mean(perQuery.map((s) => s.ndcg10)),
    perQuery,
  };
}

/** The first few names of a list, and how many more. */
const listed = (refs: string[], n = 6) =>
  refs.length > n ? `${refs.slice(0, n).join(", ")} … and ${refs.length - n} more` : refs.join(", ");

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** The figures, then every query that misses: no relevant practice in the top 5, or relevant ones not found. */
export function formatReport(r: RelevanceReport): string {
  const lines = [
    `Relevance: ${r.queries} queries on ${r.practices} practices`,
    `  top-5 hit rate        ${pct(r.top5HitRate)}`,
    `  recall@20, theme words ${pct(r.recall20Theme)} (${r.themeQueries} queries)`,
    `  nDCG@10               ${r.ndcg10.toFixed(3)}`,
  ];
  const misses = r.perQuery.filter((s) => !s.hit5 || s.missing.length > 0 || (s.recall20?.recall ?? 1) < 1);
  if (misses.length) lines.push("", "Queries that miss (top-5 hit, recall@20 for theme words, nDCG@10):");
  for (const s of misses) {
    const recall = s.recall20 ? ` recall ${s.recall20.found}/${Math.min(s.recall20.relevant, PAGE)}` : "";
    lines.push(
      `  ${s.hit5 ? "  " : "✗ "}${JSON.stringify(s.q)} [${s.kinds.join(", ")}] ${s.total} found,${recall} nDCG ${s.ndcg10.toFixed(2)}`,
    );
    if (s.missing.length) lines.push(`      not on the first page: ${listed(s.missing)}`);
    if (!s.hit5) lines.push(`      top 5: ${s.ranked.slice(0, 5).join(", ") || "(nothing)"}`);
  }
  return lines.join("\n");
}
