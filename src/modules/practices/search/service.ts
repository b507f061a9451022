// Searching the catalogue: parses the query (websearch syntax: "quoted phrases", or, -excluded),
// adds typo corrections for words no title or summary contains, runs the bounded search
// (search/repo.ts), and shapes facets and highlighted hits for pages and the API.

import type { Actor } from "../../../platform/auth/index.ts";
import type { Deps } from "../../../platform/deps.ts";
import { invalid } from "../../../platform/errors.ts";
import { networkByIdOrSlug } from "../../identity/index.ts";
import { viewerOf } from "../policy.ts";
import { type ParsedPracticeQuery, PracticeQuery } from "../schema.ts";
import type { Theme } from "../themes.ts";
import { countFacets, EMPTY_FACETS, type Facets, type FacetValue } from "./facets.ts";
import { searchAll } from "./listing.repo.ts";
import { type SearchFilter, type SearchRows, searchText } from "./repo.ts";
import { type Segment, toSegments } from "./snippets.ts";

const MAX_CORRECTED_TERMS = 6;

export type { Facets, FacetValue } from "./facets.ts";

export type PracticeHit = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  themes: Theme[];
  country: string;
  language: "it" | "en";
  website: string | null;
  networkId: string | null;
  place: string | null;
  startYear: number | null;
  endYear: number | null;
  publishedAt: Date;
  /** Relevance score (null when sorted by date). */
  rank: number | null;
  /** Title and snippet with matches marked; render with search/snippets.ts or as segments. */
  highlight: { title: Segment[]; text: Segment[] };
  /** A partial match: it lacks some words of a many-word query (`missing`, as typed). */
  partial: boolean;
  missing: string[];
};

export type SearchResult = {
  items: PracticeHit[];
  /** Number of visible matches: exact when `totalExact`, else an estimate (very large results). */
  total: number;
  totalExact: boolean;
  page: number;
  limit: number;
  sort: "relevance" | "date";
  facets: Facets;
  /** False when the match set exceeded the sample (CAP rows, fewer for a phrase): counts are scaled estimates. */
  facetsExact: boolean;
  /** Words of the query replaced by their closest title/summary word (results include both). */
  corrections: { from: string; to: string }[];
  /** Themes the query names (a label or synonym, any language), with their count among the results. */
  namedThemes: FacetValue[];
};

/** Lowercase, without diacritics: how the lexicon stores words. */
const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/** The words worth checking for typos: not excluded (-word), not the `or` operator, 4–30 letters. */
export function correctableTerms(q: string): string[] {
  const words = fold(q).match(/(^|[\s"(])-?[a-z0-9]+/g) ?? [];
  const terms = words
    .map((w) => w.trim().replace(/^["(]/, ""))
    .filter((w) => !w.startsWith("-") && w !== "or" && /^[a-z]{4,30}$/.test(w));
  return [...new Set(terms)].slice(0, MAX_CORRECTED_TERMS);
}

/**
 * The words of a query of plain words, for partial matches (search/partial.repo.ts): none for a
 * quoted phrase (phrases stay strict), a query with `or` or an excluded -word (their author said
 * what must match), one word, or more than 8 words.
 */
export function partialWords(q: string): { typed: string[]; folded: string[] } | undefined {
  if (q.includes('"')) return undefined;
  const typed = q.split(/\s+/).filter(Boolean);
  if (typed.length < 2 || typed.length > 8) return undefined;
  if (typed.some((w) => w.startsWith("-") || w.toLowerCase() === "or")) return undefined;
  return { typed, folded: typed.map(fold) };
}

function facetsOf(rows: SearchRows, currentYear: number): Facets {
  // Above the sample size the counts are scaled up to the estimated total, and said to be estimates.
  const scale = rows.facetsExact || !rows.sampled ? 1 : rows.total / rows.sampled;
  return countFacets(rows.facets, scale, currentYear);
}

export function parsePracticeQuery(input: unknown): ParsedPracticeQuery {
  const r = PracticeQuery.safeParse(input);
  if (r.success) return r.data;
  throw invalid(
    r.error.issues.map((i) => ({ field: i.path.map(String).join(".") || "query", message: i.message })),
  );
}

/**
 * Searches published practices `actor` may see. `input` is a PracticeQuery (validated here). With
 * `highlight: false` the hits' highlights are their title and summary unmarked: ts_headline parses
 * every field it marks, a fifth of a text search's database time for a page of 20, wasted on a
 * caller that shows no highlights (the JSON API).
 */
export async function searchPractices(
  deps: Deps,
  actor: Actor | null,
  input: unknown,
  opts: { highlight?: boolean } = {},
): Promise<SearchResult> {
  const query = parsePracticeQuery(input);
  const q = query.q?.trim() ?? "";
  const sort = query.sort ?? (q ? "relevance" : "date");
  const base = { page: query.page, limit: query.limit, sort };
  const filter: SearchFilter = {
    themes: query.theme,
    orgTypes: query.orgType,
    countries: query.country,
    year: query.year,
    language: query.language,
  };
  if (query.network) {
    const network = await networkByIdOrSlug(deps, query.network);
    // An unknown network filters everything out, as any other filter value that matches nothing.
    if (!network)
      return {
        ...base,
        items: [],
        total: 0,
        totalExact: true,
        facets: EMPTY_FACETS,
        facetsExact: true,
        corrections: [],
        namedThemes: [],
      };
    filter.networkId = network.id;
  }
  const viewer = viewerOf(actor);
  // Prepared statements on PostgreSQL only (search/prepared.repo.ts says why).
  const statements = deps.config.databaseUrl ? deps.pool : null;
  const offset = (query.page - 1) * query.limit;
  let rows: SearchRows;
  if (q) {
    // Typo corrections are looked up and applied by the search statement itself (one round trip).
    const text = { q, folded: fold(q), terms: correctableTerms(q) };
    const words = partialWords(q);
    rows = await searchText(deps.db, statements, {
      ...text,
      ...(words ? { words } : {}),
      highlight: opts.highlight !== false,
      viewer,
      filter,
      sort,
      offset,
      limit: query.limit,
    });
  } else {
    rows = await searchAll(deps.db, statements, { viewer, filter, offset, limit: query.limit });
  }
  const items: PracticeHit[] = rows.page.map((h) => ({
    id: h.id,
    slug: h.slug,
    title: h.title,
    summary: h.summary,
    themes: h.themes,
    country: h.country,
    language: h.language,
    website: h.website,
    networkId: h.network_id,
    place: h.place,
    startYear: h.start_year,
    endYear: h.end_year,
    publishedAt: new Date(h.published_at),
    rank: h.rank,
    highlight: { title: toSegments(h.title_hl), text: toSegments(h.text_hl, !h.from_summary) },
    partial: h.partial === true,
    missing: h.missing ?? [],
  }));
  const facets = facetsOf(rows, deps.clock.now().getUTCFullYear());
  // A theme the query names, with its count among the results (the facet's): what filtering by it gives.
  const namedThemes = (rows.namedThemes ?? []).flatMap((theme) => {
    const f = facets.theme.find((x) => x.value === theme);
    return f && f.count > 0 ? [f] : [];
  });
  return {
    ...base,
    items,
    total: rows.total,
    totalExact: rows.totalExact,
    facets,
    facetsExact: rows.facetsExact,
    corrections: rows.corrections ?? [],
    namedThemes,
  };
}
