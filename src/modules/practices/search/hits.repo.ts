// The page's practices with highlighted title and snippet, computed inside the search statement
// (search/repo.ts) from its `page` CTE (id, rank, published_at) and its `q` CTE: one round trip
// per search instead of two, and the query parsed and planned once. ts_headline runs only on the
// page's rows (≤ limit), on the title and on the summary — or, when only the body matched, on the
// body fields joined.
import { type RawBuilder, sql } from "kysely";
import type { Theme } from "../themes.ts";

export type HitRow = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  themes: Theme[];
  country: string;
  language: "it" | "en";
  website: string | null;
  network_id: string | null;
  place: string | null;
  start_year: number | null;
  end_year: number | null;
  /** ISO 8601 (the hits travel as JSON). */
  published_at: string;
  /** Relevance score (null when sorted by date). */
  rank: number | null;
  title_hl: string;
  text_hl: string;
  /** True when the snippet is the summary (false: from the Markdown body). */
  from_summary: boolean;
  /** A partial match of a many-word query (search/partial.repo.ts), and the words it lacks. */
  partial?: boolean;
  missing?: string[] | null;
};

/** Start and stop markers for highlights: control characters, never in stored text, split by the service. */
export const MARK_START = "\u0001";
export const MARK_STOP = "\u0002";
const HL = `StartSel=${MARK_START}, StopSel=${MARK_STOP}`;

const FIELDS = sql`'id', p.id, 'slug', p.slug, 'title', p.title, 'summary', p.summary, 'themes', p.themes,
  'country', p.country, 'language', p.language, 'website', p.website, 'network_id', p.network_id,
  'place', p.place, 'start_year', p.start_year, 'end_year', p.end_year,
  'published_at', coalesce(p.published_at, p.updated_at), 'rank', pg.rank`;
const ORDER = sql`order by pg.rank desc nulls last, pg.published_at desc, pg.id desc`;
// Partial matches (their own ranks) after every full match.
const PARTIAL_FIELDS = sql`, 'partial', pg.partial, 'missing', pg.missing`;
const PARTIAL_ORDER = sql`order by pg.partial, pg.rank desc nulls last, pg.published_at desc, pg.id desc`;

/**
 * A JSON array of HitRow for the rows of the `page` CTE, in page order. With `highlight`, the
 * statement must also define `q` with columns `q` (the tsquery) and `lexemes` (LEXEMES of it); the
 * snippet is the summary when the title or summary matched (`head`), else the body.
 */
export function hitsJson(highlight: boolean, partial = false): RawBuilder<HitRow[]> {
  const fields = partial ? sql`${FIELDS}${PARTIAL_FIELDS}` : FIELDS;
  const order = partial ? PARTIAL_ORDER : ORDER;
  if (!highlight)
    return sql`(select coalesce(json_agg(json_build_object(${fields},
        'title_hl', p.title, 'text_hl', p.summary, 'from_summary', true) ${order}), '[]')
      from page pg join practices p on p.id = pg.id)`;
  // ts_headline parses its whole text (≈ 1 ms for the titles and summaries of a page), so it runs
  // only on a field that holds one of the query's lexemes, as `head` tells (A: title, B: summary;
  // inline, so no TOAST read); a field without one is returned as it is. `head @@ q` says whether
  // the title or summary matched, else the snippet comes from the body.
  return sql`(select coalesce(json_agg(json_build_object(${fields},
      'title_hl', case when f.in_title
        then ts_headline(practice_search_config(p.language), p.title, q.q, ${`${HL}, HighlightAll=true`})
        else p.title end,
      'text_hl', case when not f.matched
        then ts_headline(practice_search_config(p.language), concat_ws(' … ', p.problem, p.solution, p.results,
          p.place, p.resources, p.transferability, p.lessons), q.q,
          ${`${HL}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`})
        when f.in_summary
        then ts_headline(practice_search_config(p.language), p.summary, q.q, ${`${HL}, HighlightAll=true`})
        else p.summary end,
      'from_summary', f.matched) ${order}), '[]')
    from page pg join practices p on p.id = pg.id join practice_search s on s.practice_id = pg.id cross join q
      cross join lateral (select s.head @@ q.q as matched,
        tsvector_to_array(ts_filter(s.head, '{a}')) && q.lexemes as in_title,
        tsvector_to_array(ts_filter(s.head, '{b}')) && q.lexemes as in_summary) f)`;
}

/** The lexemes of the tsquery `q` (whatever its operators), as text[]: for `hitsJson`. */
export const LEXEMES = sql`array(select replace((regexp_matches(q::text, '''((?:[^'']|'''')+)''', 'g'))[1], '''''', ''''))`;
