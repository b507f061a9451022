-- Filters matched by the text index itself. A search with a filter (theme, organisation type,
-- country, language, network) ANDed two bitmaps: the word's, built in full (≈ 0.1 µs per matching
-- row: 5 ms for a common word), and the filter's. Indexing each row's filter values as extra
-- lexemes beside its words ('t:heritage', 'o:museum', 'c:IT', 'l:it', 'n:<network id>') lets GIN
-- intersect the posting lists itself, stepping through the rarer one: a common word with a theme
-- costs about the theme's posting list. The lexemes live in the indexed expression only (doc itself,
-- which ranking reads, is unchanged), so the table is not rewritten. See src/modules/practices/search.repo.ts.
create function practice_search_tags(themes text[], org_types text[], country char(2), language text,
  network_id uuid) returns tsvector
  language sql immutable parallel safe
  as $$ select array_to_tsvector(array['l:' || language, 'c:' || country::text]
    || array(select 't:' || x from unnest(themes) x) || array(select 'o:' || x from unnest(org_types) x)
    || case when network_id is null then '{}'::text[] else array['n:' || network_id::text] end) $$;

-- The same two indexes as before (all practices, and the 1-in-8 sample), on words and filter values.
create index practice_search_match_idx on practice_search using gin
  ((doc || practice_search_tags(themes, org_types, country, language, network_id)));
create index practice_search_match_sample_idx on practice_search using gin
  ((doc || practice_search_tags(themes, org_types, country, language, network_id)))
  where (uuid_hash(practice_id) & 7) = 0;
drop index practice_search_doc_idx;
drop index practice_search_doc_sample_idx;
