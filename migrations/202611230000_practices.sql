-- Good-practice catalogue: practices, their organisations and named participants, and the search
-- index (src/modules/practices/search.repo.ts explains how queries use it).

-- Text search that understands Italian and English and ignores accents: copies of the built-in
-- configurations with `unaccent` in front of the stemmer for words with non-ASCII letters, so
-- "accessibilità" and "accessibilita" give the same lexeme, and "biblioteche" → "bibliotec".
create text search configuration bottega_it (copy = pg_catalog.italian);
alter text search configuration bottega_it
  alter mapping for hword, hword_part, word with unaccent, italian_stem;
create text search configuration bottega_en (copy = pg_catalog.english);
alter text search configuration bottega_en
  alter mapping for hword, hword_part, word with unaccent, english_stem;

create table practices (
  id uuid primary key,
  slug text not null unique,
  title text not null check (char_length(title) between 1 and 150),
  summary text not null check (char_length(summary) <= 500),
  place text,
  country char(2) not null check (country ~ '^[A-Z]{2}$'),
  start_year smallint check (start_year between 1900 and 2200),
  end_year smallint check (end_year between 1900 and 2200),
  problem text,            -- Markdown
  solution text,           -- Markdown
  resources text,          -- Markdown: resources and costs
  results text,            -- Markdown: results and evidence
  transferability text,    -- Markdown
  lessons text,            -- Markdown: lessons learned
  contact text,            -- never public (members only; never in exports, feeds or anonymous API)
  website text,
  links jsonb not null default '[]' check (jsonb_typeof(links) = 'array'),
  themes text[] not null default '{}' check (themes <@ array['inclusion', 'accessibility',
    'audience-engagement', 'social-media', 'open-data', 'smart-city', 'heritage', 'libraries',
    'museums', 'funding', 'digital-skills', 'participation', 'tourism', 'communication']::text[]),
  -- Types of the practice's organisations, copied when organisations are set (search filters and
  -- facets on it without reading identity's tables).
  org_types text[] not null default '{}',
  language text not null check (language in ('it', 'en')),
  licence text not null default 'CC-BY-4.0',
  network_id uuid references networks (id) on delete set null,
  visibility text not null default 'public' check (visibility in ('public', 'network', 'pa', 'participants')),
  status text not null default 'draft' check (status in ('draft', 'submitted', 'in-review',
    'changes-requested', 'published', 'rejected')),
  published_at timestamptz,
  created_by uuid references accounts (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (end_year is null or start_year is null or end_year >= start_year)
);
create index practices_network_idx on practices (network_id);
create index practices_created_by_idx on practices (created_by);
create index practices_status_idx on practices (status, updated_at desc);

create table practice_organisations (
  practice_id uuid not null references practices (id) on delete cascade,
  organisation_id uuid not null references organisations (id) on delete cascade,
  position smallint not null default 0,
  primary key (practice_id, organisation_id)
);
create index practice_organisations_org_idx on practice_organisations (organisation_id);

-- The named people of a practice with `participants` visibility.
create table practice_participants (
  practice_id uuid not null references practices (id) on delete cascade,
  account_id uuid not null references accounts (id) on delete cascade,
  primary key (practice_id, account_id)
);
create index practice_participants_account_idx on practice_participants (account_id);

-- The search index: one narrow row per *published* practice, kept by the trigger below. Narrow on
-- purpose: the facet and filter columns sit in a few thousand heap pages, so scanning a bounded part
-- of a large match set for facets is cheap, while `doc` (a few KB) is TOASTed out of line and is read
-- only to rank body-only candidates. `head` (title A + summary B, small, inline) tells title/summary
-- matches from body-only ones and ranks them without touching `doc`.
create table practice_search (
  practice_id uuid primary key references practices (id) on delete cascade,
  visibility text not null,
  network_id uuid,
  language text not null,
  country char(2) not null,
  start_year smallint,
  end_year smallint,
  themes text[] not null,
  org_types text[] not null,
  published_at timestamptz not null,
  head tsvector not null,
  doc tsvector not null
);
-- `doc` out of line (read only to rank body-only candidates), `head` inline: evaluating `head @@ q`
-- on every row of a large match set must not fetch TOAST.
alter table practice_search alter column doc set storage external;
alter table practice_search alter column head set storage main;
create index practice_search_doc_idx on practice_search using gin (doc);
create index practice_search_head_idx on practice_search using gin (head);
create index practice_search_published_idx on practice_search (published_at desc, practice_id desc);

-- Words of titles and summaries (lowercase, unaccented, ≥ 4 letters) for typo tolerance: a query
-- word that is not in this lexicon is looked up by trigram similarity and the closest word is added
-- to the query ("bibloteca" → "biblioteca"), which then goes through stemming like any other word.
-- A lexicon of a few tens of thousands of words makes that lookup a millisecond, where similarity
-- over every title would cost a scan. Only public, published practices contribute. Words are only added (a word that no longer occurs just
-- suggests a correction that matches nothing).
create table practice_words (word text primary key);
create index practice_words_trgm_idx on practice_words using gin (word gin_trgm_ops);

create function practice_search_config(lang text) returns regconfig
  language sql immutable parallel safe
  as $$ select case when lang = 'en' then 'bottega_en'::regconfig else 'bottega_it'::regconfig end $$;

create function practice_search_sync() returns trigger language plpgsql as $$
declare
  cfg regconfig;
begin
  if new.status <> 'published' then
    delete from practice_search where practice_id = new.id;
    return new;
  end if;
  cfg := practice_search_config(new.language);
  insert into practice_search as s (practice_id, visibility, network_id, language, country, start_year,
    end_year, themes, org_types, published_at, head, doc)
  values (new.id, new.visibility, new.network_id, new.language, new.country, new.start_year, new.end_year,
    new.themes, new.org_types, coalesce(new.published_at, new.updated_at),
    setweight(to_tsvector(cfg, new.title), 'A') || setweight(to_tsvector(cfg, new.summary), 'B'),
    setweight(to_tsvector(cfg, new.title), 'A') || setweight(to_tsvector(cfg, new.summary), 'B')
      || setweight(to_tsvector(cfg, concat_ws(' ', new.problem, new.solution, new.results)), 'C')
      || setweight(to_tsvector(cfg, concat_ws(' ', new.place, new.resources, new.transferability, new.lessons)), 'D'))
  on conflict (practice_id) do update set visibility = excluded.visibility, network_id = excluded.network_id,
    language = excluded.language, country = excluded.country, start_year = excluded.start_year,
    end_year = excluded.end_year, themes = excluded.themes, org_types = excluded.org_types,
    published_at = excluded.published_at, head = excluded.head, doc = excluded.doc;
  -- Only public practices feed the lexicon: a correction must never come from a word people may not see.
  if new.visibility = 'public' and (tg_op = 'INSERT' or old.status <> 'published'
      or new.title is distinct from old.title or new.summary is distinct from old.summary) then
    insert into practice_words (word)
      select distinct w from regexp_split_to_table(lower(unaccent(new.title || ' ' || new.summary)), '[^a-z0-9]+') w
      where char_length(w) >= 4 order by 1
      on conflict do nothing;
  end if;
  return new;
end $$;

create trigger practices_search_sync after insert or update on practices
  for each row execute function practice_search_sync();
