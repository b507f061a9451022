-- A second GIN index on `doc` for one practice in eight (by a hash of its id, so spread evenly over
-- time and over the heap). Building the bitmap of a word costs time per matching row, 6–12 ms for a
-- word in most of 100,000 practices: a search matches a common word on this sample alone and scales
-- its counts (src/modules/practices/search.repo.ts, `SAMPLE`). 1/8 of the full index's size.
create index practice_search_doc_sample_idx on practice_search using gin (doc)
  where (uuid_hash(practice_id) & 7) = 0;
