-- The rules a query can use are found by `lexemes && <the query's lexemes>` (practice_search_expand,
-- migration 202612070900), once per reading of the query: two to eight times a search. Without an
-- index each lookup filtered every rule of the scope (360 for 'all'): ≈ half of an expansion's
-- time (decision 0045). The GIN index hands over the few rules sharing a lexeme.
create index practice_search_rules_lexemes_idx on practice_search_rules using gin (lexemes);
