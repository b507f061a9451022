// Partial matches of a many-word query (decision 0032), as Elasticsearch's `minimum_should_match`:
// when fewer practices than a page hold every word, those holding most of the words follow on the
// first page, marked. CTEs of the search statement (search/repo.ts), after `m` and `mc` (the strict
// matches: exact when partials are looked for, and fewer than a page) and `pw` (each word's query,
// search/query.repo.ts). Bounded like the rest of the search:
//
//   pk      the words that count (stop words dropped) and how many of them must match: 75 %,
//           rounded down, at least one (2 words → 1, 3 → 2, 4 → 3, 5 → 3); only for 2 to 5 words.
//   pcombo  each set of exactly that many words, ANDed (at most 10 sets): GIN matches a set exactly,
//           so the rare words' practices are found even beside a common word.
//   pc      up to PARTIAL_PER_SET visible, filtered practices per set, not among the strict matches.
//   ps      each candidate's words (its `doc` read once per word: ≤ 10 × PARTIAL_PER_SET rows).
//   pp      ranked: more words first; then the rarer words (a word's weight is ln(1 + candidates /
//           candidates holding it), so "alzheimer" outweighs "musei" in `alzheimer musei`); then
//           ts_rank; at most the room left on the page.
import { type RawBuilder, sql } from "kysely";

/** Candidates read per set of words. */
export const PARTIAL_PER_SET = 40;
/** Queries of more words than this get no partial matches (the sets would multiply). */
export const PARTIAL_MAX_WORDS = 5;

/**
 * The CTEs pk … pp. `indexed` is the match indexes' expression, `w` the visibility and the filters
 * the index does not hold, `filters` the filters as a tsquery (or null), `limit` the page size.
 */
export function partialMatches(
  indexed: RawBuilder<unknown>,
  w: RawBuilder<boolean>,
  filters: string | null,
  limit: number,
): RawBuilder<unknown> {
  const withFilters = (x: RawBuilder<unknown>) => (filters ? sql`(${x} && ${filters}::tsquery)` : x);
  const inSet = sql`((p.mask >> (pw.n - 1)::int) & 1) = 1`;
  // pw (each word read and widened: ≈ 0.5 ms a word) is read only when the strict matches are
  // exact and leave room on the page: a CASE evaluates its branches lazily, and nothing else reads
  // pw when pk says there is nothing to do (a LIMIT 0 never starts its input).
  return sql`pk as (select n, greatest(1, floor(n * 0.75))::int as k, room from (
        select case when (select exact from mc) and (select n from mc) < ${sql.lit(limit)}
          then (select count(*) from pw) else 0 end::int as n,
        ${sql.lit(limit)} - (select n from mc)::int as room) x),
    pcombo as (select mask, (select string_agg('(' || pw.wq::text || ')', ' & ') from pw, (select mask) p where ${inSet})::tsquery as cq
      from pk, generate_series(1, (1 << pk.n) - 1) mask
      where pk.n between 2 and ${sql.lit(PARTIAL_MAX_WORDS)} and pk.room > 0 and (select exact from mc)
        and (select count(*) from pw, (select mask) p where ${inSet}) = pk.k),
    pc as materialized (select distinct x.ctid from pcombo cross join lateral (
        select s.ctid from practice_search s
        where ${indexed} @@ ${withFilters(sql`pcombo.cq`)} and ${w}
          and s.practice_id not in (select practice_id from m)
        limit ${sql.lit(PARTIAL_PER_SET)}) x),
    ps as materialized (select s.practice_id, s.published_at,
        array(select pw.n from pw where s.doc @@ pw.wq order by pw.n) as matched,
        ts_rank('{0.05, 0.1, 0.4, 1.0}', s.doc, (select string_agg('(' || wq::text || ')', ' | ') from pw)::tsquery) as r
      from pc join practice_search s on s.ctid = pc.ctid),
    pweight as (select pw.n, ln(1 + (select count(*) from ps)::float8
        / greatest(1, (select count(*) from ps where pw.n = any(ps.matched)))) as weight from pw),
    pp as (select ps.practice_id as id, ps.published_at,
        (cardinality(ps.matched) * 100 + (select coalesce(sum(weight), 0) from pweight where n = any(ps.matched))
          + ps.r * 0.01)::real as rank,
        array(select typed from pw where not (pw.n = any(ps.matched)) order by pw.n) as missing,
        -- Every word, each in either language's reading (the strict query reads all of them in one)
        cardinality(ps.matched) < (select n from pk) as partial
      from ps where cardinality(ps.matched) >= (select k from pk)
      order by 3 desc, ps.published_at desc, ps.practice_id desc
      limit greatest(0, (select room from pk)))`;
}
