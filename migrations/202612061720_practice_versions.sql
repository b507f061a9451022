-- Coordinators edit a published practice's texts (issue 14, item 7; decision 0034). Each edit is a
-- version: who, when, why, and the texts as they stood after it, so the history page can show what
-- changed between any two. Version 1 is the text as published; it is written when the first edit
-- comes, from the row as it stood (practices published before this migration, by import or API too).
--
-- `practices.version` is the number of the version the row holds: an edit names the version it
-- started from and is saved only if the row is still there (compare and set), so two coordinators
-- editing at once cannot overwrite each other unseen — the second is shown both texts (409).
alter table practices add column version integer not null default 1 check (version >= 1);

create table practice_versions (
  practice_id uuid not null references practices (id) on delete cascade,
  version integer not null check (version >= 1),
  -- The editable texts after this version: {"title": …, "summary": …, "startYear": 2021, …}.
  texts jsonb not null check (jsonb_typeof(texts) = 'object'),
  -- Null for version 1 (the text as published) and for an author whose account was removed.
  author_id uuid references accounts (id) on delete set null,
  reason text check (char_length(reason) <= 500),
  created_at timestamptz not null,
  primary key (practice_id, version)
);
