-- Filters join the text match instead of being checked row by row, and listings count without
-- reading the wide heap (see src/modules/practices/search.repo.ts and bench/search/README.md).

-- A selective filter (a country, a network, a theme, an organisation type) on a common word: the
-- planner ANDs these bitmaps with the GIN match, so the capped scan visits only rows that pass.
create index practice_search_country_idx on practice_search (country);
create index practice_search_network_idx on practice_search (network_id);
create index practice_search_themes_idx on practice_search using gin (themes);
create index practice_search_org_types_idx on practice_search using gin (org_types);

-- Listings without a query: newest first, and an exact count of the filtered set. Every column the
-- filters and the visibility rule read is in the index, so both are index-only scans (17 MB at
-- 100,000 practices) instead of scans of the heap, whose rows carry the inline `head` vector
-- (100 MB). Same key as the index it replaces, so the newest-first walks keep using it.
create index practice_search_listing_idx on practice_search (published_at desc, practice_id desc)
  include (visibility, network_id, language, country, start_year, end_year, themes, org_types);
drop index practice_search_published_idx;
