-- Query expansion reads only the rules a query can use (search.query.repo.ts, decision 0031).
-- ts_rewrite reads its rules through a query run for every call; reading all of a scope's 200–360
-- rules and matching each against the query's tree cost about 0.9 ms per reading, four to eight
-- readings a search. Each rule now carries its target's lexemes, and practice_search_expand() hands
-- ts_rewrite only the rules that share a lexeme with the query, or none at all.

-- A tsquery's lexemes, in order (operators, weights and prefixes dropped).
create function practice_tsquery_lexemes(q tsquery) returns text[]
language sql immutable strict parallel safe as $$
  select coalesce(array_agg(replace(m[1], '''''', '''')), '{}')
  from regexp_matches(q::text, '''((?:[^'']|'''')+)''', 'g') m
$$;

alter table practice_search_rules
  add column lexemes text[] generated always as (practice_tsquery_lexemes(target)) stored;

-- The query widened by the rules of `scope` that share a lexeme with it: targets to marks, then
-- marks to substitutes (two passes: one would rewrite again inside the substitutes). A rule whose
-- target needs several lexemes is handed over when the query has one of them; ts_rewrite applies it
-- only when the query holds the whole target, as before.
create function practice_search_expand(q tsquery, scope text) returns tsquery
language plpgsql stable strict parallel safe as $$
declare
  words text[] := practice_tsquery_lexemes(q);
  rules text;
begin
  if not exists (select 1 from practice_search_rules r where r.scope = $2 and r.lexemes && words) then
    return q;
  end if;
  rules := format('from practice_search_rules where scope = %L and lexemes && %L::text[] order by position',
    $2, words);
  return ts_rewrite(ts_rewrite(q, 'select target, mark ' || rules), 'select mark, substitute ' || rules);
end
$$;
