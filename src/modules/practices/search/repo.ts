// The search SQL. Matching is cheap (GIN on `practice_search.doc`); what costs is touching every
// matching row — reading its TOASTed `doc` to rank it, or even just visiting it to count — when a
// common word matches most of the catalogue (STACK-NOTES.md). So each search does bounded work:
//
//   m      the visible, filtered matches in physical order, at most CAP + 1 (1,001) rows (never
//          `doc`). The text indexes hold each row's words and filter values (theme, organisation
//          type, country, language, network as lexemes: INDEXED), so GIN itself intersects a word
//          with the filters. A word's GIN bitmap costs time per matching row, so the sample indexes
//          are asked first, the smaller first (1 practice in SAMPLE_SMALL, then 1 in SAMPLE): when
//          one holds ≥ 2 × CAP / SAMPLE matches (so the whole set is ≥ 2 × CAP, all but surely)
//          those are m, and total and facets are estimates scaled by its share (mc.scale).
//          Otherwise the full index gives m: up to CAP matches, total and facets
//          are exact; above, the scan stopped at some heap block: total ≈ rows seen × blocks in the
//          table / blocks scanned (matches are spread evenly over the heap), facets are the
//          sample's counts scaled the same way, and the response says both are estimates. A quoted
//          phrase checks a capped number of candidates (phraseMatches).
//   cand   the candidates that get ranked: title/summary matches first (they outrank any body-only
//          match), newest first, from m and — when m overflowed — from the NEWEST rows (an ordered
//          walk of the published_at index over at most RECENT rows, stopping at RANK_CAP matches,
//          only when no filter is set: with one, m is already a sample of the filtered matches);
//          body-only matches only while there are fewer than RANK_CAP title/summary matches.
//   page   title/summary matches ranked by `ts_rank` on the small inline `head` (A 1.0, B 0.4) plus
//          one, so they always come first; body-only ones by `ts_rank` on `doc` (C 0.1, D 0.05) —
//          the only time `doc` is read, for at most RANK_CAP rows.
//
// Deep pages past RANK_CAP rank more candidates (offset + limit), so paging stays consistent.
import { type RawBuilder, sql } from "kysely";
import type { OrganisationType } from "../../../platform/auth/index.ts";
import type { Db } from "../../../platform/db/database.ts";
import type { Theme } from "../themes.ts";
import { type HitRow, hitsJson } from "./hits.repo.ts";
import { partialMatches } from "./partial.repo.ts";
import { run, type Statements } from "./prepared.repo.ts";
import { CORRECTIONS, NAMED_THEMES, type QueryText, type QueryWords, queryCtes } from "./query.repo.ts";

export { type HitRow, MARK_START, MARK_STOP } from "./hits.repo.ts";
export type { Statements } from "./prepared.repo.ts";

/** Rows of the match set examined for total and facets (above: estimates). */
export const CAP = 1000;
/**
 * The same for quoted phrases. GIN cannot check word positions, so every candidate row's TOASTed
 * `doc` is read to recheck the phrase: for a phrase of common words, several candidates per match.
 * A smaller sample keeps that bounded; above it total and facets are estimates, as above CAP.
 */
export const PHRASE_CAP = 250;
/** Rows holding a phrase's words whose `doc` is read to check it, on the full index (see phraseMatches). */
export const PHRASE_CANDIDATES = 2000;
/** The same on the sample index. */
export const PHRASE_SAMPLE_CANDIDATES = 500;
/** Sample matches among overflowing sample candidates enough to estimate a phrase from (± 30 %). */
const PHRASE_SAMPLE_MIN_MATCHES = 10;
/** Candidates ranked per search (per tier). */
export const RANK_CAP = 100;
/** Newest rows walked for title/summary matches when the match set is larger than CAP. */
export const RECENT = 2000;
/**
 * One practice in SAMPLE has its `doc` in a second, partial GIN index (by a hash of its id: an even
 * spread over time and heap). Building the bitmap of a word costs time per matching row (≈ 0.1 µs
 * each: 6–12 ms for a word in 70 % of 100,000 practices), so a common word is matched on the
 * sample alone. See `searchText`.
 */
export const SAMPLE = 8;
// The sample predicate, written as the partial index's (migration 202611240000) so that the planner
// can use that index.
export const IN_SAMPLE = sql`(uuid_hash(s.practice_id) & 7) = 0`;
/**
 * One practice in SAMPLE_SMALL (a subset of the SAMPLE one: three more bits of the same hash) has
 * its match expression in a third partial GIN index (migration 202612110000). The SAMPLE index's
 * bitmap of a word in most practices costs for all of its 12,500 rows (≈ 30 ms of CPU for a word
 * widened by its family) before m reads its first rows; this one's costs an eighth or less. Asked
 * first, it is used only when it holds as many matches as the SAMPLE one must (2 × CAP / SAMPLE),
 * so the estimates rest on as many rows as before: a match set of ≳ 16,000 practices.
 */
export const SAMPLE_SMALL = 64;
export const IN_SAMPLE_SMALL = sql`(uuid_hash(s.practice_id) & 63) = 0`;

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

export type SearchRows = {
  /** Exact up to CAP matches, else an estimate (see the header) — always exact without a query. */
  total: number;
  totalExact: boolean;
  /** Rows examined for facets (≤ CAP + 1). */
  sampled: number;
  /** True when the facets counted every match; else they are a sample's counts, to be scaled. */
  facetsExact: boolean;
  /** The examined rows' facet lines, one per row (search/facets.ts). */
  facets: string;
  /** The page's practices, highlighted when there is a query (search/hits.repo.ts). */
  page: HitRow[];
  /** Words of the query replaced by their closest title/summary word (searchText only). */
  corrections?: { from: string; to: string }[];
  /** Themes the query names: a label or synonym of theirs, in any language (searchText only). */
  namedThemes?: string[];
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

/**
 * The visibility rule and the filters. With `tagged`, only those the text index cannot check (the
 * rule, the year): the others are matched as the index's filter lexemes (filterQuery).
 */
export function where(v: Viewer, f: SearchFilter, tagged = false): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = [visibleTo(v)];
  if (f.year !== undefined)
    parts.push(sql`s.start_year <= ${f.year} and (s.end_year is null or s.end_year >= ${f.year})`);
  if (!tagged) {
    if (f.themes?.length) parts.push(sql`s.themes && ${f.themes}::text[]`);
    if (f.orgTypes?.length) parts.push(sql`s.org_types && ${f.orgTypes}::text[]`);
    if (f.countries?.length) parts.push(sql`s.country = any(${f.countries}::bpchar[])`);
    if (f.language) parts.push(sql`s.language = ${f.language}`);
    if (f.networkId) parts.push(sql`s.network_id = ${f.networkId}::uuid`);
  }
  return sql<boolean>`(${sql.join(parts, sql` and `)})`;
}

/**
 * The filters as a tsquery over the filter lexemes of the text index (migrations
 * 202611240030_practice_search_tags.sql, 202612091000 for years): any of a list, all of the
 * filters. Null without any.
 */
export function filterQuery(f: SearchFilter): string | null {
  const lexeme = (prefix: string, value: string) => `'${prefix}:${value.replaceAll("'", "''")}'`;
  const anyOf = (prefix: string, values: string[]) => `(${values.map((v) => lexeme(prefix, v)).join(" | ")})`;
  const parts: string[] = [];
  if (f.themes?.length) parts.push(anyOf("t", f.themes));
  if (f.orgTypes?.length) parts.push(anyOf("o", f.orgTypes));
  if (f.countries?.length) parts.push(anyOf("c", f.countries));
  if (f.language) parts.push(lexeme("l", f.language));
  if (f.networkId) parts.push(lexeme("n", f.networkId));
  // Narrows only: the year is also checked on the row (`where`), as the index says nothing of
  // later years.
  if (f.year !== undefined && f.year <= LAST_INDEXED_YEAR) parts.push(lexeme("y", String(f.year)));
  return parts.length ? parts.join(" & ") : null;
}

/**
 * What the text indexes index: each row's words (doc), its filter values, its active years and the
 * codes of its pairs of adjacent words (migration 202612091000): spelled as the indexes are.
 */
export const INDEXED = sql`practice_search_indexed(s.doc, s.themes, s.org_types, s.country, s.language, s.network_id,
  s.start_year, s.end_year)`;
/** Years the index holds for ongoing practices (practice_search_indexed); later ones are checked on the row. */
const LAST_INDEXED_YEAR = 2050;

// Facets over m: the rows' facet lines, counted by the service (search/facets.ts).
export const FACETS = sql`(select coalesce(string_agg(facet_line, E'\n'), '') from m)`;

type Raw = SearchRows;

const M_COLUMNS = sql`s.ctid, s.practice_id, s.published_at, s.facet_line`;

const blockShare = (lastBlock: RawBuilder<unknown>) => sql`greatest(1,
  pg_relation_size('practice_search') / current_setting('block_size')::bigint) / (1 + ${lastBlock})::float8`;
// Exact when m is every match; else the rows seen scaled up by the sample's share (1 / SAMPLE) and,
// when a capped scan stopped early (m at cap + 1 matches, or a phrase's candidates at their cap), by
// the share of the heap it covered (matches are spread evenly over the heap).
const total = (cap: number) => sql`case when mc.exact then mc.n::int
  else greatest(least(mc.n, ${sql.lit(cap + 1)}), round(mc.n * mc.scale
    * case when mc.n > ${sql.lit(cap)} then ${blockShare(sql`mc.last_block`)}
      when mc.cand_capped then ${blockShare(sql`mc.cand_last`)} else 1 end))::int end`;
// scale: 1 when m comes from the full index, else the share of the catalogue its sample index holds.
const MC = (cap: number, scale: RawBuilder<number>, cand: RawBuilder<unknown>) => sql`mc as (
  select a.*, s.scale, c.capped as cand_capped, c.last as cand_last,
    s.scale = 1 and a.n <= ${sql.lit(cap)} and not c.capped as exact
  from (select count(*) as n, count(*) filter (where in_head) as in_head,
      (max(ctid)::text::point)[0] as last_block from m) a, (${cand}) c, (select ${scale} as scale) s)`;
const blockOf = (ctid: RawBuilder<unknown>) => sql`(${ctid}::text::point)[0]`;

/** Full-text search: the query, read with its typo corrections (search/query.repo.ts). */
export async function searchText(
  db: Db,
  statements: Statements,
  o: QueryText & {
    viewer: Viewer;
    filter: SearchFilter;
    sort: "relevance" | "date";
    offset: number;
    limit: number;
    /** The words of a query of plain words (no phrase, `or` or exclusion): partial matches may follow. */
    words?: QueryWords;
    /** False: the page's title and snippet as stored (no ts_headline), for callers that show none. */
    highlight?: boolean;
  },
): Promise<SearchRows> {
  const w = where(o.viewer, o.filter);
  // Partial matches fill the first page of a relevance search (search/partial.repo.ts).
  const partial = o.words !== undefined && o.sort === "relevance" && o.offset === 0 && !o.q.includes('"');
  const rankCap = Math.max(RANK_CAP, o.offset + o.limit);
  const phrase = o.q.includes('"');
  const cap = phrase ? PHRASE_CAP : CAP;
  // With a filter, m comes from the filter's index ANDed with the match, so it is already a fair
  // sample of the filtered matches; the newest-rows walk would visit the filter's whole set (and
  // the heap behind it) to find them. Without one, the walk is what finds recent title matches.
  const filtered = Object.values(o.filter).some(
    (v) => v !== undefined && (!Array.isArray(v) || v.length > 0),
  );
  const recentTitleMatches = filtered
    ? sql``
    : sql`union
            (select r.ctid, r.practice_id, r.published_at, true from (
                select s.ctid, s.practice_id, s.published_at, s.head from practice_search s
                where not (select exact from mc) and ${w}
                order by s.published_at desc, s.practice_id desc limit ${sql.lit(RECENT)}
              ) r cross join q where r.head @@ q.q limit ${rankCap})`;
  const page =
    o.sort === "date"
      ? // All matches in m: sort them. Otherwise the term is common (> CAP matches), so walking the
        // published_at index newest first (fenced by `offset 0` so the planner cannot turn it into a
        // bitmap scan and a sort of every match) finds a page after a few hundred rows.
        sql`(select practice_id as id, null::real as rank, published_at from m where (select exact from mc)
            order by published_at desc, practice_id desc offset ${o.offset} limit ${o.limit})
          union all
          (select r.practice_id, null::real, r.published_at from (
              select s.practice_id, s.published_at, s.doc from practice_search s
              where not (select exact from mc) and ${w} order by s.published_at desc, s.practice_id desc offset 0
            ) r cross join q where r.doc @@ q.q offset ${o.offset} limit ${o.limit})`
      : // The candidates carry no vector (the union compares whole rows to drop duplicates): `head`
        // and `doc` are read once, here, for the ≤ 2 × rankCap candidates, by their row address
        // (a TID lookup, no primary-key descent).
        // A query that names a theme (its expansion added 't:<theme>') wants that theme's practices
        // first: theme and text, then theme only, then text only (issue 14: a theme word must bring
        // back the theme's practices, recall@20 on the relevance fixture).
        sql`select c.practice_id as id, c.published_at,
            case when s.themes && ${NAMED_THEMES} then 2 else 0 end +
            case when c.in_head then 1 + ts_rank('{0.05, 0.1, 0.4, 1.0}', s.head, q.q)
              else ts_rank('{0.05, 0.1, 0.4, 1.0}', s.doc, q.q) end as rank${partial ? sql`, false as partial, null::text[] as missing` : sql``}
          from (
            (select ctid, practice_id, published_at, true as in_head from m where in_head
              order by published_at desc limit ${rankCap})
            ${recentTitleMatches}
            union all
            (select ctid, practice_id, published_at, false from m where not in_head
              and (select in_head from mc) < ${rankCap}
              order by published_at desc limit ${rankCap})
          ) c join practice_search s on s.ctid = c.ctid cross join q
          order by rank desc, c.published_at desc, c.practice_id desc offset ${o.offset} limit ${o.limit}`;
  // m: first the sample's matches (ms). When they are many (the whole set is then ≥ 2 × cap, all
  // but surely), they are m, a sample spread evenly over the catalogue, and the full index is never
  // read; else m comes from the full index, exact up to cap.
  const sampleMin = Math.ceil((2 * cap) / SAMPLE);
  // Matching: the text index checks the filters it holds; the rest (visibility, year) on the row.
  const wt = where(o.viewer, o.filter, true);
  const m = phrase ? phraseMatches(wt, cap, sampleMin) : wordMatches(wt, cap, sampleMin);
  const tags = filterQuery(o.filter);
  const pages = partial
    ? sql`${partialMatches(INDEXED, wt, tags, o.limit)},
    page as ((${page}) union all (select id, published_at, rank, partial, missing from pp))`
    : sql`page as (${page})`;
  const [r] = await run(
    db,
    statements,
    sql<Raw>`
    with ${queryCtes(o, o.filter.language, phrase, tags, partial ? o.words : undefined)},
    ${m},
    ${pages}
    select mc.n::int as sampled, ${total(cap)} as total, mc.exact as "totalExact", mc.exact as "facetsExact",
      ${FACETS} as facets, ${hitsJson(o.highlight !== false, partial)} as page, ${CORRECTIONS} as corrections,
      ${NAMED_THEMES} as "namedThemes"
    from mc
  `,
  );
  return r!;
}

// m and mc for words: GIN matching is exact (no positions), so the scans stop at cap + 1 matches.
// Three tiers, each asked only when the one before holds too few matches (a `not (select …)`
// is a one-time filter: the scan never starts): the 1-in-SAMPLE_SMALL sample (big64), the
// 1-in-SAMPLE sample (big), the full index.
function wordMatches(w: RawBuilder<boolean>, cap: number, sampleMin: number) {
  return sql`ms64 as materialized (
      select ${M_COLUMNS}, s.head @@ q.q as in_head from practice_search s cross join q
      where ${INDEXED} @@ q.qm and ${IN_SAMPLE_SMALL} and ${w} limit ${sql.lit(cap + 1)}
    ),
    big64 as (select count(*) >= ${sql.lit(sampleMin)} as big from ms64),
    ms as materialized (
      select ${M_COLUMNS}, s.head @@ q.q as in_head from practice_search s cross join q
      where not (select big from big64) and ${INDEXED} @@ q.qm and ${IN_SAMPLE} and ${w} limit ${sql.lit(cap + 1)}
    ),
    big as (select (select big from big64) or count(*) >= ${sql.lit(sampleMin)} as big from ms),
    m as materialized (
      select * from ms64 where (select big from big64)
      union all
      select * from ms where (select big from big)
      union all
      (select ${M_COLUMNS}, s.head @@ q.q from practice_search s cross join q
        where not (select big from big) and ${INDEXED} @@ q.qm and ${w} limit ${sql.lit(cap + 1)})
    ),
    ${MC(
      cap,
      sql`case when (select big from big64) then ${sql.lit(SAMPLE_SMALL)} when (select big from big) then ${sql.lit(SAMPLE)} else 1 end`,
      sql`select false as capped, null::int as last`,
    )}`;
}

/**
 * m and mc for a quoted phrase. GIN cannot check word positions: each row holding the phrase's
 * words is a candidate whose TOASTed `doc` must be read (≈ 3.5–7 µs each), and two common words
 * share tens of thousands of rows even when the phrase itself is rare. So the candidates (the query
 * with its phrases loosened to AND, `qa`: exact in GIN, no `doc` read) are capped, and only they are
 * checked: on the sample first (PHRASE_SAMPLE_CANDIDATES), which is m when it has many matches —
 * or, its candidates having overflowed, enough matches (PHRASE_SAMPLE_MIN_MATCHES) in the share of
 * the heap they cover to stand for ≥ 2 × cap; else on the full index, up to PHRASE_CANDIDATES —
 * exact when they were all checked, else estimated from the share of the heap they cover, and said
 * to be. (Taking the sample whenever its candidates overflowed would be cheaper, but a rare phrase
 * of common words would then fill its first page from a handful of sample matches.)
 */
function phraseMatches(w: RawBuilder<boolean>, cap: number, sampleMin: number) {
  return sql`msc as materialized (
      select s.ctid from practice_search s cross join q
      where ${INDEXED} @@ q.qam and ${IN_SAMPLE} and ${w}
      limit ${sql.lit(PHRASE_SAMPLE_CANDIDATES)}
    ),
    ms as materialized (
      select ${M_COLUMNS}, s.head @@ q.q as in_head from msc c join practice_search s on s.ctid = c.ctid cross join q
      where s.doc @@ q.q limit ${sql.lit(cap + 1)}
    ),
    big as (select m.n >= ${sql.lit(sampleMin)}
        or (m.n >= ${sql.lit(PHRASE_SAMPLE_MIN_MATCHES)} and c.n >= ${sql.lit(PHRASE_SAMPLE_CANDIDATES)}
          and m.n * ${sql.lit(SAMPLE)} * ${blockShare(sql`c.last`)} >= ${sql.lit(2 * cap)}) as big
      from (select count(*) as n from ms) m,
        (select count(*) as n, max(${blockOf(sql`ctid`)}) as last from msc) c),
    mfc as materialized (
      select s.ctid from practice_search s cross join q
      where not (select big from big) and ${INDEXED} @@ q.qam and ${w} limit ${sql.lit(PHRASE_CANDIDATES)}
    ),
    m as materialized (
      select * from ms where (select big from big)
      union all
      (select ${M_COLUMNS}, s.head @@ q.q from mfc c join practice_search s on s.ctid = c.ctid cross join q
        where s.doc @@ q.q limit ${sql.lit(cap + 1)})
    ),
    ${MC(
      cap,
      sql`case when (select big from big) then ${sql.lit(SAMPLE)} else 1 end`,
      sql`select case when (select big from big) then count(*) >= ${sql.lit(PHRASE_SAMPLE_CANDIDATES)}
          else (select count(*) from mfc) >= ${sql.lit(PHRASE_CANDIDATES)} end as capped,
        case when (select big from big) then max(${blockOf(sql`ctid`)})
          else (select max(${blockOf(sql`ctid`)}) from mfc) end as last from msc`,
    )}`;
}
