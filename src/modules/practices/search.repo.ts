// The search SQL. Matching is cheap (GIN on `practice_search.doc`); ranking and counting are not:
// a common word matches tens of thousands of practices, and ranking each means reading its TOASTed
// `doc` (STACK-NOTES.md). So one statement does the whole search in bounded work:
//
//   m     the visible, filtered matches — narrow rows, no `doc` — capped at CAP + 1. When there are
//         at most CAP matches, total and facets are exact. Above, `total` is still exact (a count
//         over the bitmap of the narrow table), facet counts come from the CAP rows and are scaled
//         by the service, which marks them approximate.
//   cand  the candidates that get ranked, at most 2 × RANK_CAP: matches in title or summary first
//         (they outrank any body-only match), newest first; when m overflowed, title/summary
//         matches are taken from the whole set through the `head` GIN index (or the published_at
//         index, whichever the planner finds cheaper), so a recent title match is never missed.
//   page  `ts_rank` with weights A 1.0 > B 0.4 > C 0.1 > D 0.05 on the candidates only; an
//         occurrence in a title (1.0) outranks any number in the body (at most ≈ 1.64 × 0.1).
//
// Deep pages past RANK_CAP rank more candidates (offset + limit), so paging stays consistent.
import { type RawBuilder, sql } from "kysely";
import type { Db } from "../../platform/db/database.ts";
import type { OrganisationType } from "../identity/tables.ts";
import type { Theme } from "./themes.ts";

/** Rows of the match set examined for facets (above: approximate facets). */
export const CAP = 2000;
/** Candidates ranked per search (per tier). */
export const RANK_CAP = 200;

/** Who is searching, as plain data: the SQL twin of identity's `canSee` (see policy.ts). */
export type Viewer =
  | { kind: "anonymous" }
  | { kind: "admin" }
  | {
      kind: "member";
      accountId: string;
      /** Networks where the person has any role. */
      memberOf: string[];
      /** Networks where the person is a coordinator (sees everything there). */
      coordinates: string[];
      /** Networks where the person is a member *and* belongs to a public-administration organisation. */
      paIn: string[];
    };

export type SearchFilter = {
  themes?: Theme[];
  orgTypes?: OrganisationType[];
  countries?: string[];
  /** Active in that year: started by then and not ended before (no end year means ongoing). */
  year?: number;
  language?: "it" | "en";
  networkId?: string;
};

export type FacetRows = {
  theme: [string, number][];
  orgType: [string, number][];
  country: [string, number][];
  language: [string, number][];
  network: [string, number][];
  /** [start_year, end_year | null, count]: expanded into active years by the service. */
  years: [number, number | null, number][];
};

export type SearchRows = {
  total: number;
  /** Rows examined for facets (≤ CAP + 1); above CAP the facets are a sample. */
  sampled: number;
  facets: FacetRows;
  page: { id: string; rank: number | null }[];
};

export function visibleTo(v: Viewer): RawBuilder<boolean> {
  if (v.kind === "admin") return sql<boolean>`true`;
  if (v.kind === "anonymous") return sql<boolean>`s.visibility = 'public'`;
  return sql<boolean>`(s.visibility = 'public'
    or s.network_id = any(${v.coordinates}::uuid[])
    or (s.visibility = 'network' and s.network_id = any(${v.memberOf}::uuid[]))
    or (s.visibility = 'pa' and s.network_id = any(${v.paIn}::uuid[]))
    or (s.visibility = 'participants' and exists (select 1 from practice_participants pp
          where pp.practice_id = s.practice_id and pp.account_id = ${v.accountId}::uuid)))`;
}

function where(v: Viewer, f: SearchFilter): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = [visibleTo(v)];
  if (f.themes?.length) parts.push(sql`s.themes && ${f.themes}::text[]`);
  if (f.orgTypes?.length) parts.push(sql`s.org_types && ${f.orgTypes}::text[]`);
  if (f.countries?.length) parts.push(sql`s.country = any(${f.countries}::bpchar[])`);
  if (f.year !== undefined)
    parts.push(sql`s.start_year <= ${f.year} and (s.end_year is null or s.end_year >= ${f.year})`);
  if (f.language) parts.push(sql`s.language = ${f.language}`);
  if (f.networkId) parts.push(sql`s.network_id = ${f.networkId}::uuid`);
  return sql<boolean>`(${sql.join(parts, sql` and `)})`;
}

/** Italian and English readings of the query text(s), OR-ed: one GIN lookup covers both languages. */
export function tsquery(texts: string[]): RawBuilder<unknown> {
  return sql`(${sql.join(
    texts.flatMap((t) => [
      sql`websearch_to_tsquery('bottega_it', ${t})`,
      sql`websearch_to_tsquery('bottega_en', ${t})`,
    ]),
    sql` || `,
  )})`;
}

const FACETS = sql`json_build_object(
  'theme', (select coalesce(json_agg(json_build_array(k, n)), '[]') from (select unnest(themes) k, count(*) n from m group by 1) x),
  'orgType', (select coalesce(json_agg(json_build_array(k, n)), '[]') from (select unnest(org_types) k, count(*) n from m group by 1) x),
  'country', (select coalesce(json_agg(json_build_array(k, n)), '[]') from (select country k, count(*) n from m group by 1) x),
  'language', (select coalesce(json_agg(json_build_array(k, n)), '[]') from (select language k, count(*) n from m group by 1) x),
  'network', (select coalesce(json_agg(json_build_array(k, n)), '[]') from (select network_id k, count(*) n from m where network_id is not null group by 1) x),
  'years', (select coalesce(json_agg(json_build_array(start_year, end_year, n)), '[]') from (select start_year, end_year, count(*) n from m where start_year is not null group by 1, 2) x)
)`;

type Raw = { total: number; sampled: number; facets: FacetRows; page: { id: string; rank: number | null }[] };

const M_COLUMNS = sql`s.practice_id, s.published_at, s.themes, s.org_types, s.country, s.start_year, s.end_year, s.network_id, s.language`;

/** Full-text search: `texts` are the query and its typo-corrected variants. */
export async function searchText(
  db: Db,
  o: {
    texts: string[];
    viewer: Viewer;
    filter: SearchFilter;
    sort: "relevance" | "date";
    offset: number;
    limit: number;
  },
): Promise<SearchRows> {
  const w = where(o.viewer, o.filter);
  const rankCap = Math.max(RANK_CAP, o.offset + o.limit);
  const page =
    o.sort === "date"
      ? sql`select s.practice_id as id, null::real as rank, s.published_at from practice_search s cross join q
          where s.doc @@ q.q and ${w} order by s.published_at desc, s.practice_id desc offset ${o.offset} limit ${o.limit}`
      : sql`select s.practice_id as id, ts_rank('{0.05, 0.1, 0.4, 1.0}', s.doc, q.q) as rank, s.published_at
          from practice_search s join (
            (select practice_id from m order by in_head desc, published_at desc limit ${rankCap})
            union
            (select s.practice_id from practice_search s cross join q
              where (select count(*) from m) > ${CAP} and s.head @@ q.q and ${w}
              order by s.published_at desc limit ${rankCap})
          ) cand using (practice_id) cross join q
          order by rank desc, s.published_at desc, s.practice_id desc offset ${o.offset} limit ${o.limit}`;
  const r = await sql<Raw>`
    with q as materialized (select ${tsquery(o.texts)} as q),
    m as materialized (
      select ${M_COLUMNS}, s.head @@ q.q as in_head from practice_search s cross join q
      where s.doc @@ q.q and ${w} limit ${CAP + 1}
    ),
    page as (${page})
    select
      (select count(*) from m)::int as sampled,
      case when (select count(*) from m) <= ${CAP} then (select count(*) from m)::int
        else (select count(*) from practice_search s cross join q where s.doc @@ q.q and ${w})::int end as total,
      ${FACETS} as facets,
      (select coalesce(json_agg(json_build_object('id', id, 'rank', rank) order by rank desc nulls last, published_at desc, id desc), '[]') from page) as page
  `.execute(db);
  return r.rows[0]!;
}

/** Listing without a query: filtered, visible, newest first. */
export async function searchAll(
  db: Db,
  o: { viewer: Viewer; filter: SearchFilter; offset: number; limit: number },
): Promise<SearchRows> {
  const w = where(o.viewer, o.filter);
  const r = await sql<Raw>`
    with m as materialized (select ${M_COLUMNS} from practice_search s where ${w} limit ${CAP + 1}),
    page as (select s.practice_id as id, s.published_at from practice_search s where ${w}
      order by s.published_at desc, s.practice_id desc offset ${o.offset} limit ${o.limit})
    select
      (select count(*) from m)::int as sampled,
      case when (select count(*) from m) <= ${CAP} then (select count(*) from m)::int
        else (select count(*) from practice_search s where ${w})::int end as total,
      ${FACETS} as facets,
      (select coalesce(json_agg(json_build_object('id', id, 'rank', null) order by published_at desc, id desc), '[]') from page) as page
  `.execute(db);
  return r.rows[0]!;
}

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
  published_at: Date;
  title_hl: string;
  text_hl: string;
  /** True when the snippet is the summary (false: from the Markdown body). */
  from_summary: boolean;
};

/** Start and stop markers for highlights: control characters, never in stored text, split by the service. */
export const MARK_START = "\u0001";
export const MARK_STOP = "\u0002";
const HL = `StartSel=${MARK_START}, StopSel=${MARK_STOP}`;

/** The page's practices with highlighted title and snippet (summary, or the body when only it matched). */
export async function hitRows(db: Db, ids: string[], texts: string[] | null): Promise<HitRow[]> {
  if (!ids.length) return [];
  const cols = sql`p.id, p.slug, p.title, p.summary, p.themes, p.country, p.language, p.website, p.network_id,
    p.place, p.start_year, p.end_year, coalesce(p.published_at, p.updated_at) as published_at`;
  if (!texts) {
    const r =
      await sql<HitRow>`select ${cols}, p.title as title_hl, p.summary as text_hl, true as from_summary
      from practices p where p.id = any(${ids}::uuid[])`.execute(db);
    return r.rows;
  }
  const r = await sql<HitRow>`
    with q as materialized (select ${tsquery(texts)} as q)
    select ${cols},
      ts_headline(practice_search_config(p.language), p.title, q.q, ${`${HL}, HighlightAll=true`}) as title_hl,
      case when s.head @@ q.q or not (s.doc @@ q.q)
        then ts_headline(practice_search_config(p.language), p.summary, q.q, ${`${HL}, HighlightAll=true`})
        else ts_headline(practice_search_config(p.language), concat_ws(' … ', p.problem, p.solution, p.results, p.place,
          p.resources, p.transferability, p.lessons), q.q, ${`${HL}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`})
      end as text_hl,
      (s.head @@ q.q or not (s.doc @@ q.q)) as from_summary
    from practices p join practice_search s on s.practice_id = p.id cross join q
    where p.id = any(${ids}::uuid[])`.execute(db);
  return r.rows;
}

export type Correction = { term: string; word: string; similarity: number };

/** For each term missing from the lexicon, its closest word by trigram similarity (if any). */
export async function closestWords(db: Db, terms: string[]): Promise<Correction[]> {
  if (!terms.length) return [];
  const r = await sql<Correction>`
    select t.term, c.word, c.similarity from unnest(${terms}::text[]) t(term)
    cross join lateral (select w.word, similarity(w.word, t.term) as similarity from practice_words w
      where w.word % t.term order by 2 desc, w.word limit 1) c
    where not exists (select 1 from practice_words x where x.word = t.term)`.execute(db);
  return r.rows;
}
