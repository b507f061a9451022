-- A third GIN index on the match expression, for one practice in 64 (a subset of the 1-in-8 sample
-- of migration 202612091000: same hash, three more bits). The 1-in-8 sample's bitmap of a word in
-- most practices costs for every row of the sample (12,500 at 100,000 practices) before the first
-- CAP rows are read: ≈ 30 ms of the database's CPU for `biblioteca` widened by its family (26
-- lexemes, 12,582 rows), against ≈ 1 ms on this index (1,601 rows). A search asks it first and
-- uses it when it holds enough matches (search.repo.ts, SAMPLE_SMALL; decision 0046).
create index practice_search_match2_sample64_idx on practice_search using gin
  (practice_search_indexed(doc, themes, org_types, country, language, network_id, start_year, end_year))
  where (uuid_hash(practice_id) & 63) = 0;
