-- Listings (no query) of a large filtered set count it on a sample and take their facets from it.
-- The 1-in-8 sample's covering index (202611240020) costs a scan of 12,500 entries per listing at
-- 100,000 practices (≈ 7 ms, counted, then ≈ 4 ms more for the facets): the slowest kind of search.
-- This covering index of the 1-in-64 sample (the rows of practice_search_match2_sample64_idx) is asked
-- first; when it holds enough rows (a set of ≳ 16,000 practices) it alone gives total and facets
-- (search/listing.repo.ts, decision 0063).
create index practice_search_sample64_listing_idx on practice_search (published_at desc, practice_id desc)
  include (visibility, network_id, language, country, start_year, end_year, themes, org_types, facet_line)
  where (uuid_hash(practice_id) & 63) = 0;
