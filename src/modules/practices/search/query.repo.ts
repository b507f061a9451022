// The first CTEs of a search statement: the typo corrections (`c`) and the tsquery (`q`), so that
// correcting, reading and matching the query are one round trip to the database, not two.
//
//   c   for each correctable word of the query that no title or summary holds (the lexicon
//       `practice_words`), its closest lexicon word by trigram similarity, when similar enough.
//   q   q: the query's readings OR-ed with those of its corrected text (when there is one), each
//       widened by the word families and the theme vocabulary (EXPAND; not a quoted phrase, which
//       stays as typed); lexemes: q's lexemes, for the highlights (search/hits.repo.ts) and the
//       themes the query names ('t:<theme>'); qa: for a phrase, q with its phrases loosened to AND
//       (search/repo.ts, phraseMatches); qm, qam: q and qa ANDed with the filters' lexemes, to
//       match on the text indexes (ranking and highlights use q).
//   pw  (many-word queries only, search/partial.repo.ts) each word's own query, read and widened
//       as q is, without the words that are stop words.
import { type RawBuilder, sql } from "kysely";

/** A correction is used only when the closest lexicon word is at least this similar (trigrams). */
export const MIN_SIMILARITY = 0.4;

export type QueryText = {
  /** The query as typed (websearch syntax). */
  q: string;
  /** The query lowercased and without diacritics: the text corrections are made in. */
  folded: string;
  /** Its words worth checking for typos (search/service.ts, correctableTerms). */
  terms: string[];
};

// Query expansion (migrations 202612061705, 202612062200, 202612070900; decision 0031): ts_rewrite over the rules
// table, in SQL (practice_search_expand), handed only the rules that share a lexeme with the query.
// The scope: 'all' for a query read by both stemmers, 'it' or 'en' with a language filter.
export const expand = (query: RawBuilder<unknown>, scope: "all" | "it" | "en"): RawBuilder<unknown> =>
  sql`practice_search_expand(${query}, ${sql.lit(scope)})`;

/**
 * Italian and English readings of a text, OR-ed: one GIN lookup covers both languages. With a
 * language filter, only that language's reading: its practices were indexed with that language's
 * stemmer, and the other reading would only add posting lists of words the filter then drops row
 * by row ("cittadinanza" read as Italian matches 68 % of the catalogue, none of it English). With
 * `widen`, each reading is expanded (word families, theme words).
 */
function readings(
  text: RawBuilder<string>,
  language: "it" | "en" | undefined,
  widen: boolean,
): RawBuilder<unknown> {
  const read = (cfg: string) => {
    const q = sql`websearch_to_tsquery(${sql.lit(cfg)}, ${text})`;
    return widen ? expand(q, language ?? "all") : q;
  };
  if (language) return read(`bottega_${language}`);
  // When both languages read a text the same way ("digitale" → 'digital' in both, or two lexemes of
  // one family), one copy: the same lexeme twice would make the GIN index read the same posting
  // list twice.
  // `offset 0` keeps the planner from pulling the readings up into the CASE, which would compute each
  // of them again for every mention (measured: half as much again).
  return sql`(select case when it = en then it else it || en end
    from (select ${read("bottega_it")} as it, ${read("bottega_en")} as en offset 0) r)`;
}

/** The words of a many-word query, for partial matches: as typed (shown) and folded (read). */
export type QueryWords = { typed: string[]; folded: string[] };

/** The CTEs `c` and `q` (see the header), to open a search statement's `with`. */
export function queryCtes(
  t: QueryText,
  language: "it" | "en" | undefined,
  phrase: boolean,
  filters: string | null,
  words?: QueryWords,
): RawBuilder<unknown> {
  // Known words are dropped first (a primary-key probe each), in a CTE of their own: in one join the
  // planner may run the trigram search for every term and only then drop the known ones (EXPLAIN
  // showed it for a known rare word: ≈ 1–9 ms wasted per word, a fifth of that search's time).
  const corrections = t.terms.length
    ? sql`cu as materialized (
        select t.term, t.n from unnest(${t.terms}::text[]) with ordinality t(term, n)
        where not exists (select 1 from practice_words x where x.word = t.term)
      ),
      c as materialized (
        select t.term, t.n, w.word from cu t
        cross join lateral (select w.word, similarity(w.word, t.term) as similarity from practice_words w
          where w.word % t.term order by 2 desc, w.word limit 1) w
        where w.similarity >= ${sql.lit(MIN_SIMILARITY)}
      ),`
    : sql`c as (select null::text as term, 0::bigint as n, null::text as word where false),`;
  // Each corrected word replaced, whole words only, in the folded text; null without corrections.
  let corrected: RawBuilder<string> = sql`${t.folded}::text`;
  for (const term of t.terms)
    corrected = sql`regexp_replace(${corrected}, ${`\\m${term}\\M`}, coalesce((select word from c where term = ${term}), ${term}), 'g')`;
  // The texts are columns of a one-row subquery, so that each expression is planned once.
  const widen = !phrase;
  // The typed text's reading is computed once (a column), then joined with the corrected text's when
  // there is one (the reading of a null text is null, and costs nothing).
  const query = t.terms.length
    ? sql`(select coalesce(r.typed || r.corrected, r.typed) from (select ${readings(sql`t.typed`, language, widen)} as typed, ${readings(sql`t.corrected`, language, widen)} as corrected offset 0) r)`
    : readings(sql`t.typed`, language, widen);
  const texts = t.terms.length
    ? sql`select ${t.q}::text as typed, (select ${corrected} where exists (select 1 from c)) as corrected`
    : sql`select ${t.q}::text as typed`;
  // qm, qam: q and qa with the filters (as filter lexemes), for matching on the text indexes. A
  // query of stop words only is empty and matches nothing; ANDed, it would match the filters.
  const withFilters = (x: RawBuilder<unknown>) =>
    filters ? sql`(case when numnode(${x}) = 0 then ${x} else ${x} && ${filters}::tsquery end)` : x;
  // Each word alone, with its correction when it has one (the lexicon's word, read as the text is).
  const word = sql`(select case when x.corrected is null then ${readings(sql`x.word`, language, true)}
      else ${readings(sql`x.word`, language, true)} || ${readings(sql`x.corrected`, language, true)} end
    from (select w.folded as word, (select c.word from c where c.term = w.folded) as corrected) x)`;
  const partialWords = words
    ? sql`,
    pw as materialized (select row_number() over (order by n)::int as n, typed, wq from (
        select w.n, w.typed, ${word} as wq
        from unnest(${words.typed}::text[], ${words.folded}::text[]) with ordinality w(typed, folded, n)
      ) x where numnode(wq) > 0)`
    : sql``;
  return sql`${corrections}
    q as materialized (select q, lexemes, qa, ${withFilters(sql`q`)} as qm, ${withFilters(sql`qa`)} as qam
      from (select q, ${LEXEMES} as lexemes, ${phrase ? AND_QUERY : sql`null::tsquery`} as qa
        from (select ${query} as q from (${texts}) t) q) q)${partialWords}`;
}

/** The themes the query names ('t:<theme>' lexemes its expansion added), as text[]. */
export const NAMED_THEMES = sql<
  string[]
>`(select coalesce(array_agg(distinct substr(l, 3) order by substr(l, 3)), '{}')
  from q, unnest(q.lexemes) l where l like 't:%')`;

/** The corrections made, as JSON [{ from, to }], in the order of the query's words. */
export const CORRECTIONS = sql<{ from: string; to: string }[]>`(select coalesce(
  json_agg(json_build_object('from', term, 'to', word) order by n), '[]') from c)`;

// The lexemes of the tsquery `q` (whatever its operators), as text[].
const LEXEMES = sql`array(select replace((regexp_matches(q::text, '''((?:[^'']|'''')+)''', 'g'))[1], '''''', ''''))`;

// The query with its phrase operators (<->, <N>) turned into AND, plus the code of each pair of
// adjacent words (migration 202612091000), which the match indexes hold: every row matching the
// query matches this one, and few others. Not under a negation (!), where AND would match fewer
// rows: there the query itself (its candidates are then its matches, each checked against doc by
// GIN's recheck).
const AND_QUERY = sql`case when q::text ~ '!' then q else practice_search_phrase_and(q) end`;
