-- Quoted phrases and the year filter narrowed by the match indexes themselves (decision 0045).
--
-- Phrases: GIN keeps no word positions, so a phrase was matched on its words alone and every
-- candidate's TOASTed `doc` read to check the order: two common words share thousands of rows
-- when the phrase itself is rare (≈ 5 µs a candidate, up to 2,500 of them). Now the indexed
-- expression also holds a code for every pair of adjacent words ('p:0' … 'p:65535', 16 bits of the
-- md5 of "first second"), and a phrase is matched on its words AND its pairs' codes: GIN
-- intersects them, and only rows holding every pair (or a code's collision, ≈ 1 in 65,536 pairs)
-- are read to check the phrase exactly, as before. The codes are in the index only, not in `doc`
-- (ranking reads `doc`): no row is rewritten.
--
-- Year: "active in year Y" (started by Y, not ended before) was checked on each row the other
-- filters and words let through. Each row now indexes its active years as 'y:<year>' (from its start
-- to its end, or to 2050 when ongoing; none without a start), so GIN intersects the year with the
-- words and the other filters. A year after 2050 is still checked on the row alone.

-- What the match indexes index (search.repo.ts, INDEXED, must spell it the same way): the words,
-- the filter values of practice_search_tags (migration 202611240030), the active years, and the
-- code of every pair of adjacent positions (positions run on across the fields: `||` shifts the
-- right operand's, so the last title word and the first summary word are adjacent, as they are for
-- a phrase query on `doc`). Built-in functions only: PostgreSQL 17 and later (PGlite) evaluate an
-- index expression with search_path set to pg_catalog, where a call to another function of ours
-- would not be found. An ongoing practice's years run to 2050 (search.repo.ts checks later years
-- on the row).
create function practice_search_indexed(doc tsvector, themes text[], org_types text[], country char(2),
  language text, network_id uuid, start_year smallint, end_year smallint) returns tsvector
  language sql immutable parallel safe
  as $$ select doc || array_to_tsvector(array['l:' || language, 'c:' || country::text]
    || array(select 't:' || x from unnest(themes) x) || array(select 'o:' || x from unnest(org_types) x)
    || case when network_id is null then '{}'::text[] else array['n:' || network_id::text] end
    || array(select 'y:' || y::text
      from generate_series(start_year::int, least(coalesce(end_year::int, 2050), 2050)) y)
    || array(select distinct 'p:' || (('x' || substr(md5(a.lexeme || ' ' || b.lexeme), 1, 4))::bit(16)::int)::text
      from (select d.lexeme, unnest(d.positions) as pos from unnest(doc) d) a
      join (select d.lexeme, unnest(d.positions) as pos from unnest(doc) d) b on b.pos = a.pos + 1)) $$;

-- The code of a pair of adjacent lexemes, for queries: spelled as in practice_search_indexed.
create function practice_search_pair(a text, b text) returns text
  language sql immutable strict parallel safe
  as $$ select 'p:' || (('x' || substr(md5(a || ' ' || b), 1, 4))::bit(16)::int)::text $$;

create index practice_search_match2_idx on practice_search using gin
  (practice_search_indexed(doc, themes, org_types, country, language, network_id, start_year, end_year));
create index practice_search_match2_sample_idx on practice_search using gin
  (practice_search_indexed(doc, themes, org_types, country, language, network_id, start_year, end_year))
  where (uuid_hash(practice_id) & 7) = 0;
drop index practice_search_match_idx;
drop index practice_search_match_sample_idx;

-- A tsquery with its phrase operators turned into AND plus, for each `<->` between two lexemes, the
-- code of that pair: every row matching the query matches this one (a superset the index can
-- check alone). `<N>` (a stop word between) becomes a plain AND. A lexeme holding a backslash (its
-- text form is escaped) gets no code: still a superset.
create function practice_search_phrase_and(q tsquery) returns tsquery
  language plpgsql immutable strict parallel safe as $$
declare
  t text[] := array(select m[1] from regexp_matches(q::text,
    '(''(?:[^'']|'''')*''(?::[*A-D]+)?|<->|<[0-9]+>|[()&|!])', 'g') m);
  n int := coalesce(array_length(t, 1), 0);
  out text := '';
  lexeme constant text := '^''([^\\]*)''$';
begin
  for i in 1 .. n loop
    if t[i] = '<->' and i > 1 and i < n and t[i - 1] ~ lexeme and t[i + 1] ~ lexeme then
      out := out || ' & ' || quote_literal(practice_search_pair(
        replace(substring(t[i - 1] from lexeme), '''''', ''''),
        replace(substring(t[i + 1] from lexeme), '''''', ''''))) || ' & ';
    elsif t[i] ~ '^<' then
      out := out || ' & ';
    else
      out := out || ' ' || t[i];
    end if;
  end loop;
  return out::tsquery;
end $$;
